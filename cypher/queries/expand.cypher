// One hop of a neighbourhood: each frontier entity's relations to entities valid in the year,
// at most $perNode of them (a hub must not flood the answer; the caller asks for one more than it
// keeps, to know whether it cut). $frontier: ids; $types: relation types or null; $asOf: year or null.
UNWIND $frontier AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[r]-(b:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR (coalesce(r.sinceYear, $asOf) <= $asOf <= coalesce(r.untilYear, $asOf)
         AND coalesce(b.startYear, $asOf) <= $asOf <= coalesce(b.endYear, $asOf)))
  RETURN r, b
  ORDER BY r.id
  LIMIT $perNode
}
RETURN a.id AS source,
       r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation,
       b {.*, degree: COUNT { (b)--(:Entity) }} AS node
