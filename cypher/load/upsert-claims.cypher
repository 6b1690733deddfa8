// Upsert claims and link each to the document it cites. Conflict links are rebuilt from scratch
// by the next two steps, so the old ones go here. $rows: [{id, doc, props}]
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (c:Claim {id: row.id})
SET c += row.props, c.loadId = $loadId
MERGE (c)-[:CITES]->(d)
WITH c
OPTIONAL MATCH (c)-[old:CONFLICTS_WITH|IN_CONFLICT]->()
DELETE old
