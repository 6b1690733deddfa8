// The data version every write bumps (bump-data-version.cypher): response caches key their answers
// by it, and each API process reads it at most every 250 ms. 0 before the first load.
OPTIONAL MATCH (meta:AtlasMeta {key: 'atlas'})
RETURN coalesce(meta.version, 0) AS version
