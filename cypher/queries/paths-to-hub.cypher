// The shortest paths of at most $upTo (1 to 3) hops between an entity and a hub, through entities
// that are not hubs, as paths.cypher would find them, but without scanning the hub's relations:
// paths.cypher's shortest-path search expands every relation of a hub end (49,000 on the
// benchmark's largest hub: half a second), while here the walk starts at $from, the other end,
// and only the last hop is checked against the hub ($to) from the side of the entity before it.
// Each longer branch runs only if $upTo allows it; the caller asks for 2, then 3, then falls back
// to paths.cypher. $from, $to: entity ids; $types; $asOf; $upTo; $first: the candidates wanted; $hubDegree.
MATCH (s:Entity {id: $from} WHERE $asOf IS NULL OR coalesce(s.startYear, $asOf) <= $asOf <= coalesce(s.endYear, $asOf))
MATCH (h:Entity {id: $to} WHERE $asOf IS NULL OR coalesce(h.startYear, $asOf) <= $asOf <= coalesce(h.endYear, $asOf))
CALL (s, h) {
  MATCH p = (s)-[r WHERE ($types IS NULL OR type(r) IN $types)
        AND ($asOf IS NULL OR coalesce(r.sinceYear, $asOf) <= $asOf <= coalesce(r.untilYear, $asOf))]-(h)
  RETURN p
  UNION ALL
  // A subquery that sees only s, so the planner cannot start this walk from the hub.
  CALL (s) {
    MATCH (s)-[r1 WHERE ($types IS NULL OR type(r1) IN $types)
          AND ($asOf IS NULL OR coalesce(r1.sinceYear, $asOf) <= $asOf <= coalesce(r1.untilYear, $asOf))]-
          (x1:Entity WHERE COUNT { (x1)--() } <= $hubDegree
          AND ($asOf IS NULL OR coalesce(x1.startYear, $asOf) <= $asOf <= coalesce(x1.endYear, $asOf)))
    WHERE $upTo >= 2
    RETURN r1, x1
  }
  MATCH p = (s)-[r1]-(x1)-[last WHERE ($types IS NULL OR type(last) IN $types)
        AND ($asOf IS NULL OR coalesce(last.sinceYear, $asOf) <= $asOf <= coalesce(last.untilYear, $asOf))]-(h)
  RETURN p
  UNION ALL
  CALL (s) {
    MATCH (s)-[r1 WHERE ($types IS NULL OR type(r1) IN $types)
          AND ($asOf IS NULL OR coalesce(r1.sinceYear, $asOf) <= $asOf <= coalesce(r1.untilYear, $asOf))]-
          (x1:Entity WHERE COUNT { (x1)--() } <= $hubDegree
          AND ($asOf IS NULL OR coalesce(x1.startYear, $asOf) <= $asOf <= coalesce(x1.endYear, $asOf)))-
          [r2 WHERE ($types IS NULL OR type(r2) IN $types)
          AND ($asOf IS NULL OR coalesce(r2.sinceYear, $asOf) <= $asOf <= coalesce(r2.untilYear, $asOf))]-
          (x2:Entity WHERE COUNT { (x2)--() } <= $hubDegree
          AND ($asOf IS NULL OR coalesce(x2.startYear, $asOf) <= $asOf <= coalesce(x2.endYear, $asOf)))
    WHERE $upTo >= 3
    RETURN r1, x1, r2, x2
  }
  MATCH p = (s)-[r1]-(x1)-[r2]-(x2)-[last WHERE ($types IS NULL OR type(last) IN $types)
        AND ($asOf IS NULL OR coalesce(last.sinceYear, $asOf) <= $asOf <= coalesce(last.untilYear, $asOf))]-(h)
  RETURN p
}
WITH p ORDER BY length(p)
LIMIT $first + 1
RETURN [n IN nodes(p) | n {.*, degree: COUNT { (n)--() }}] AS nodes,
       [rel IN relationships(p) | rel {.*, type: type(rel), from: startNode(rel).id, to: endNode(rel).id}] AS edges
