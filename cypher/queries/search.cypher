// Candidates for a search: full-text matches over names, acronyms and aliases (both languages).
// $query is a Lucene query built by the server from the user's text with every special
// character escaped; $kinds (list or null) filters by entity kind; $limit caps the candidates.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {.*, degree: COUNT { (node)--() }} AS entity, score
ORDER BY score DESC
