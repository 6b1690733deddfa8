// Every write that changes what readers see bumps the one data version, in the same transaction, so
// response caches in every API process know their answers are stale.
MERGE (meta:AtlasMeta {key: 'atlas'})
SET meta.version = coalesce(meta.version, 0) + 1, meta.changedAt = $changedAt
RETURN meta.version AS version
