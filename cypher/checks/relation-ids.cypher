// Every relation with its id and what it is stored as: the tests check that each id decodes
// (server/src/domain/relationId.ts) to the relation's own type and ends.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to
