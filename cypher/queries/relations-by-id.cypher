// Relations by id. A relation id names its endpoints, so the lookup starts from the two entities'
// unique index instead of scanning relationships. $refs: [{id, from, to}]
UNWIND $refs AS ref
MATCH (a:Entity {id: ref.from})-[r]->(b:Entity {id: ref.to})
WHERE r.id = ref.id
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
