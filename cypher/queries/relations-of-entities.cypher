// A page of each entity's relations, ordered by relation id (a stable keyset cursor), with the
// total. $ids: entity ids; $types: relation types or null; $direction: OUT, IN or BOTH;
// $asOf: year or null; $after: relation id to continue after, or null; $first: page size.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))
    AND ($asOf IS NULL OR coalesce(r.sinceYear, $asOf) <= $asOf <= coalesce(r.untilYear, $asOf))
  WITH r ORDER BY r.id
  WITH collect(r) AS matching
  RETURN size(matching) AS totalCount,
         [x IN matching WHERE $after IS NULL OR x.id > $after][0..$first + 1] AS page
}
RETURN id, totalCount,
       [x IN page | x {.*, type: type(x), from: startNode(x).id, to: endNode(x).id}] AS relations
