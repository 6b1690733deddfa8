// Entities by id, with their degree (relations to other entities, all types and directions).
// Entities are linked only to entities (claims name their subject by id), so the degree is the
// node's relationship count, which Neo4j keeps: no relationship has to be read for it.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.*, degree: COUNT { (e)--() }} AS entity
