// Readiness probe: the database answers and the schema's full-text index is online.
SHOW FULLTEXT INDEXES YIELD name, state
WHERE name = 'entity_names'
RETURN state = 'ONLINE' AS ready
