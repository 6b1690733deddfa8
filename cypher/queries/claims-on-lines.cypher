// The claims citing any line of each range (their cited ranges overlap it), shaped like
// claims-by-id: a reader page's margin, a search hit's claims. $ranges [{key, doc, from, to}].
UNWIND $ranges AS range
MATCH (d:Document {id: range.doc})<-[:CITES]-(c:Claim)
WHERE c.lineStart <= range.to AND c.lineEnd >= range.from
RETURN range.key AS key, c {.*, doc: d.id, conflictsWith: [(c)-[:CONFLICTS_WITH]->(o:Claim) | o.id]} AS claim
ORDER BY c.lineStart, c.id
