// After a complete load: remove what the new data set no longer contains, i.e. everything only an
// earlier load wrote (entities, claims, conflicts and their sides, documents, source lines, and
// relations between entities).
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.loadId <> $loadId
  DELETE r
}
MATCH (n)
WHERE (n:Entity OR n:Claim OR n:Conflict OR n:ConflictSide OR n:Document OR n:SourceLine) AND n.loadId <> $loadId
DETACH DELETE n
