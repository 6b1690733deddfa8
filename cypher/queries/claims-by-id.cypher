// Claims by id, shaped like claims-by-subject. $ids: claim ids.
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:CITES]->(d:Document)
RETURN c {.*, doc: d.id, conflictsWith: [(c)-[:CONFLICTS_WITH]->(o:Claim) | o.id]} AS claim
