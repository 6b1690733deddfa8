// Reads a change for its review under a write lock, so that two reviews of one change run one after
// the other and the second sees the first's decision. $id
MATCH (c:Change {id: $id})
SET c.reviewLock = true
REMOVE c.reviewLock
RETURN c {.*} AS change
