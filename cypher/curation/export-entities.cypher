// npm run export: every entity (only accepted ones are in the graph), in id order.
MATCH (e:Entity)
RETURN e {.*} AS entity
ORDER BY e.id
