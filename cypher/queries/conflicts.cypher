// Every recorded disagreement with the ids of the claims taking part, and its sides: what each
// says, the claims on it and the documents they cite (sorted).
MATCH (x:Conflict)
CALL (x) {
  MATCH (c:Claim)-[:IN_CONFLICT]->(x)
  WITH c ORDER BY c.id
  RETURN collect(c.id) AS claimIds
}
CALL (x) {
  OPTIONAL MATCH (x)-[:HAS_SIDE]->(s:ConflictSide)
  WITH s ORDER BY s.order
  CALL (s) {
    OPTIONAL MATCH (c:Claim)-[:ON_SIDE]->(s)
    OPTIONAL MATCH (c)-[:CITES]->(d:Document)
    WITH c, d ORDER BY c.id
    RETURN collect(c.id) AS sideClaimIds, collect(DISTINCT d.id) AS documents
  }
  WITH s, sideClaimIds, documents
  WHERE s IS NOT NULL
  RETURN collect(s {id: s.sideId, .position, .positionJa, claimIds: sideClaimIds, documents: documents}) AS sides
}
RETURN x {.*, claimIds: claimIds, sides: sides} AS conflict
ORDER BY x.kind DESC, x.id
