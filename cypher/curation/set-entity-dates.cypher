// An entity's resolved dates after its claims changed. $id, $props: {start, startPrecision, ...}
MATCH (e:Entity {id: $id})
SET e += $props
