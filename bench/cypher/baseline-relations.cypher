// Import baseline: the plainest way to write the same relation rows as load/upsert-relations
// (CREATE instead of MERGE, no load stamp). $rows: [{id, type, from, to, props}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.id = row.id
