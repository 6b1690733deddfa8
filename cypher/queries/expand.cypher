// One hop of a neighbourhood: the entities not yet seen that the frontier's relations valid in the
// year lead to, in frontier order, each frontier entity's relations in storage order (sorting a
// hub's tens of thousands of relations would cost more than the hop). At most $perNode new entities
// are taken per frontier entity (a hub must not flood the hop) and at most $budget new
// entities are returned (the caller asks for one more than it has room for, to know whether it cut):
// DISTINCT streams, so the hop stops as soon as the budget is met.
// With $summaryOnly the entities leave out their descriptions and aliases (most of their bytes),
// which a graph view does not show.
// $frontier, $seen: entity ids; $types: relation types or null; $asOf: year or null.
UNWIND $frontier AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[r]-(b:Entity)
  WHERE NOT b.id IN $seen
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR (coalesce(r.sinceYear, $asOf) <= $asOf <= coalesce(r.untilYear, $asOf)
         AND coalesce(b.startYear, $asOf) <= $asOf <= coalesce(b.endYear, $asOf)))
  RETURN b
  LIMIT $perNode
}
WITH DISTINCT b
LIMIT $budget
WITH b, COUNT { (b)--() } AS degree
RETURN CASE WHEN $summaryOnly
         THEN b {.id, .kind, .type, .name, .nameJa, .acronym, .start, .startPrecision, .startYear, .end,
                 .endPrecision, .endYear, degree}
         ELSE b {.*, degree}
       END AS node
