// Upsert conflicts and link the claims on each side. $rows: [{id, props, claimIds}]
UNWIND $rows AS row
MERGE (x:Conflict {id: row.id})
SET x += row.props, x.loadId = $loadId
WITH x, row
UNWIND row.claimIds AS claimId
MATCH (c:Claim {id: claimId})
MERGE (c)-[:IN_CONFLICT]->(x)
