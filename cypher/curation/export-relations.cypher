// npm run export: every relation between entities, with its type and ends, in id order.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
ORDER BY r.id
