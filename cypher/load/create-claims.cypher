// First load into an empty database: the rows of upsert-claims, created with their citation rather
// than merged; there are no conflict links yet to clear. $rows: [{id, doc, props}]
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
CREATE (c:Claim {id: row.id})-[:CITES]->(d)
SET c += row.props, c.loadId = $loadId
