// First load into an empty database: the rows of upsert-relations, created rather than merged. A
// merge looks for an existing relationship between the two ends, which costs more the more
// relations a hub already has. $rows: [{id, type, from, to, props}]; row.type comes from the
// relation vocabulary, checked before the query runs.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.props, r.loadId = $loadId
