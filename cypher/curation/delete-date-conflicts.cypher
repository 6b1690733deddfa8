// Removes a subject's date conflicts and their sides before they are recomputed from its claims
// (statement conflicts are the seed's and stay). $subjectId
MATCH (x:Conflict {subjectId: $subjectId, kind: 'DATE'})
CALL (x) {
  MATCH (x)-[:HAS_SIDE]->(s:ConflictSide)
  DETACH DELETE s
}
DETACH DELETE x
