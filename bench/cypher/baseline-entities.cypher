// Import baseline: the plainest way to write the same entity rows as load/upsert-entities
// (CREATE instead of MERGE, no load stamp). $rows: [{id, kind, props}]
UNWIND $rows AS row
CREATE (e:Entity:$(row.kind))
SET e = row.props, e.id = row.id
