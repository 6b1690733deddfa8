// Every recorded disagreement with the ids of the claims on its sides.
MATCH (x:Conflict)
RETURN x {.*, claimIds: [(c:Claim)-[:IN_CONFLICT]->(x) | c.id]} AS conflict
ORDER BY x.kind DESC, x.id
