// Every recorded disagreement with the ids of the claims on its sides.
MATCH (x:Conflict)
CALL (x) {
  MATCH (c:Claim)-[:IN_CONFLICT]->(x)
  WITH c ORDER BY c.id
  RETURN collect(c.id) AS claimIds
}
RETURN x {.*, claimIds: claimIds} AS conflict
ORDER BY x.kind DESC, x.id
