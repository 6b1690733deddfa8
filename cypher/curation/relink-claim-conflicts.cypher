// Rebuilds the disagreement links of a subject's claims from the sides they stand on, both ways,
// as the seed validator derives them: a claim disagrees with the claims on the other sides of
// each conflict it is in. $subjectId
MATCH (c:Claim {subjectId: $subjectId})
CALL (c) {
  MATCH (c)-[old:CONFLICTS_WITH]-(:Claim)
  DELETE old
}
WITH collect(c) AS claims
UNWIND claims AS c
MATCH (c)-[:ON_SIDE]->(side:ConflictSide)<-[:HAS_SIDE]-(:Conflict)-[:HAS_SIDE]->(other:ConflictSide)<-[:ON_SIDE]-(o:Claim)
WHERE other <> side
MERGE (c)-[:CONFLICTS_WITH]->(o)
MERGE (o)-[:CONFLICTS_WITH]->(c)
