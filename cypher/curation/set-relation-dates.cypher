// A relation's resolved dates after its claims changed. $id, $from, $to, $props: {since, ...}
MATCH (:Entity {id: $from})-[r {id: $id}]->(:Entity {id: $to})
SET r += $props
