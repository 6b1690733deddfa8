// First load into an empty database: the rows of upsert-entities, created rather than merged (no
// lookup per row; the id constraint still refuses a duplicate). $rows: [{id, kind, props}];
// row.kind comes from the allowlist, checked before the query runs.
UNWIND $rows AS row
CREATE (e:Entity {id: row.id})
SET e += row.props, e.loadId = $loadId, e:$(row.kind)
