// Upsert relations between entities. $rows: [{id, type, from, to, props}]; row.type comes from
// the relation vocabulary, checked before the query runs.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.props, r.loadId = $loadId
