// The shortest distinct paths between two entities over relations valid in the year, at most 30
// (Cypher needs the count and the hop bound as literals; the server asks for at most 30
// candidates, which it ranks by the meaning of their hops, clamps `maxHops` to 6 and filters here). Paths do not pass through hubs, entities with more than
// $hubDegree relations (they may start or end there): through a hub with tens of thousands of
// relations the search would reach most of the graph. So the intermediate entities are a
// quantified group of their own and the last hop is written out: an end that is a hub is reached,
// never expanded. hubs-near.cypher tells the caller whether paths through a hub may exist.
// $from, $to: entity ids; $types: relation types or null; $asOf: year or null (both ends and
// every hop must be valid that year); $maxHops; $first: the candidates wanted; $hubDegree.
MATCH p = SHORTEST 30 (a:Entity {id: $from} WHERE $asOf IS NULL OR coalesce(a.startYear, $asOf) <= $asOf <= coalesce(a.endYear, $asOf))
  (()-[r WHERE ($types IS NULL OR type(r) IN $types)
        AND ($asOf IS NULL OR coalesce(r.sinceYear, $asOf) <= $asOf <= coalesce(r.untilYear, $asOf))]-
   (x:Entity WHERE COUNT { (x)--() } <= $hubDegree
        AND ($asOf IS NULL OR coalesce(x.startYear, $asOf) <= $asOf <= coalesce(x.endYear, $asOf)))){0,5}
  ()-[last WHERE ($types IS NULL OR type(last) IN $types)
        AND ($asOf IS NULL OR coalesce(last.sinceYear, $asOf) <= $asOf <= coalesce(last.untilYear, $asOf))]-
  (b:Entity {id: $to} WHERE $asOf IS NULL OR coalesce(b.startYear, $asOf) <= $asOf <= coalesce(b.endYear, $asOf))
WHERE length(p) <= $maxHops
WITH p ORDER BY length(p)
LIMIT $first + 1
RETURN [n IN nodes(p) | n {.*, degree: COUNT { (n)--() }}] AS nodes,
       [rel IN relationships(p) | rel {.*, type: type(rel), from: startNode(rel).id, to: endNode(rel).id}] AS edges
