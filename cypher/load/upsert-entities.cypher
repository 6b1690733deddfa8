// Upsert entities with their kind label. $rows: [{id, kind, props}]; row.kind comes from the
// allowlist (Actor, Framework, Event, Area), checked before the query runs.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row.props, e.loadId = $loadId
// A reload may change an entity's kind: drop the other kind labels first.
REMOVE e:Actor:Framework:Event:Area
SET e:$(row.kind)
