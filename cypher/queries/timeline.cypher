// Dated facts between two years: entities starting and ending, relations beginning and ending.
// $from, $to: years or null (open); $kinds: entity kinds or null (a relation counts when either
// end is of one of the kinds).
CALL () {
  MATCH (e:Entity)
  WHERE e.startYear IS NOT NULL AND ($kinds IS NULL OR e.kind IN $kinds)
  RETURN 'ENTITY_START' AS kind, e.start AS value, e.startPrecision AS precision, e.startYear AS year, e.id AS entityId, null AS relation
  UNION ALL
  MATCH (e:Entity)
  WHERE e.endYear IS NOT NULL AND ($kinds IS NULL OR e.kind IN $kinds)
  RETURN 'ENTITY_END' AS kind, e.end AS value, e.endPrecision AS precision, e.endYear AS year, e.id AS entityId, null AS relation
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.sinceYear IS NOT NULL AND ($kinds IS NULL OR a.kind IN $kinds OR b.kind IN $kinds)
  RETURN 'RELATION_SINCE' AS kind, r.since AS value, r.sincePrecision AS precision, r.sinceYear AS year, null AS entityId,
         r {.*, type: type(r), from: a.id, to: b.id} AS relation
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.untilYear IS NOT NULL AND ($kinds IS NULL OR a.kind IN $kinds OR b.kind IN $kinds)
  RETURN 'RELATION_UNTIL' AS kind, r.until AS value, r.untilPrecision AS precision, r.untilYear AS year, null AS entityId,
         r {.*, type: type(r), from: a.id, to: b.id} AS relation
}
WITH * WHERE ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)
RETURN kind, value, precision, year, entityId, relation
ORDER BY year, value, kind, coalesce(entityId, relation.id)
