// The two ends of a path search: their degrees, and whether a path of at most $maxHops hops
// between them could pass through a hub (an entity with more than $hubDegree relations), which
// paths.cypher does not search through: such a path has a hub within $reach = floor($maxHops / 2)
// hops of one of its ends, reached over entities that are not hubs. $from, $to, $hubDegree, $reach.
UNWIND [$from, $to] AS endId
MATCH (e:Entity {id: endId})
RETURN e.id AS id,
       COUNT { (e)--() } AS degree,
       EXISTS {
         MATCH q = (e)((:Entity)--(y:Entity WHERE COUNT { (y)--() } <= $hubDegree)){0,2}(:Entity)--(h:Entity)
         WHERE length(q) <= $reach AND COUNT { (h)--() } > $hubDegree
       } AS hubNear
