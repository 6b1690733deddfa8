// A page of changes, newest first, after the change `$after` (the previous page's last), optionally
// of one status; and how many there are in all. $status, $after, $first
CALL () {
  MATCH (c:Change)
  WHERE $status IS NULL OR c.status = $status
  RETURN count(c) AS totalCount
}
OPTIONAL MATCH (cursor:Change {id: $after})
CALL (cursor) {
  MATCH (c:Change)
  WHERE ($status IS NULL OR c.status = $status)
    AND (cursor IS NULL OR c.proposedAt < cursor.proposedAt OR (c.proposedAt = cursor.proposedAt AND c.id < cursor.id))
  WITH c
  ORDER BY c.proposedAt DESC, c.id DESC
  LIMIT $first
  RETURN collect(c {.*}) AS changes
}
RETURN totalCount, changes
