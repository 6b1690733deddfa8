// Whether a path of at most $maxHops hops between $from and $to could pass through a hub (an
// entity with more than $hubDegree relations), which paths.cypher does not search through: such a
// path has a hub within $reach = floor($maxHops / 2) hops of one of its ends, reached over
// entities that are not hubs. $from, $to, $hubDegree, $reach (1 to 3).
UNWIND [$from, $to] AS endId
MATCH (e:Entity {id: endId})
WITH collect(e) AS ends
RETURN any(e IN ends WHERE EXISTS {
  MATCH q = (e)((:Entity)--(y:Entity WHERE COUNT { (y)--() } <= $hubDegree)){0,2}(:Entity)--(h:Entity)
  WHERE length(q) <= $reach AND COUNT { (h)--() } > $hubDegree
}) AS hubNear
