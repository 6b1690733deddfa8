// Upsert relations between entities. $rows: [{id, type, from, to, props}]; row.type comes from
// the relation vocabulary, checked before the query runs. The properties are set in the MERGE's
// own ON CREATE / ON MATCH (the same on both) rather than in a SET after it: that keeps the write
// inside the merge and spares an Eager pass, which made the load about 1.5× slower (npm run bench).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  ON CREATE SET r += row.props, r.loadId = $loadId
  ON MATCH SET r += row.props, r.loadId = $loadId
