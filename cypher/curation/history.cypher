// Every change of an entity, relation or claim, oldest first: accepted ones only unless $all.
// $subjectId, $all
MATCH (c:Change)
WHERE (c.subjectId = $subjectId OR c.targetClaimId = $subjectId OR c.claimId = $subjectId)
  AND ($all OR c.status = 'ACCEPTED')
RETURN c {.*} AS change
ORDER BY c.proposedAt, c.id
