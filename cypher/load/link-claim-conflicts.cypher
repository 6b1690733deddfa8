// Link each claim to the claims that disagree with it. $rows: [{id, conflictsWith: [id]}]
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
UNWIND row.conflictsWith AS otherId
MATCH (o:Claim {id: otherId})
MERGE (c)-[:CONFLICTS_WITH]->(o)
