// Every relation between entities of the given set (the links a neighbourhood's nodes have among
// themselves), filtered like the expansion. $ids, $types, $asOf.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
  AND ($asOf IS NULL OR coalesce(r.sinceYear, $asOf) <= $asOf <= coalesce(r.untilYear, $asOf))
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
ORDER BY r.id
