// Entities by id, with their degree (relations to other entities, all types and directions).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.*, degree: COUNT { (e)--(:Entity) }} AS entity
