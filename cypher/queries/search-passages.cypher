// Lines of the source texts matching a phrase. $query is a Lucene phrase built by the server with
// every special character escaped; $documents (list or null) keeps those documents only; $limit
// caps the candidates (the server checks each for the literal text and keeps the first few).
CALL db.index.fulltext.queryNodes('source_line_text', $query, {limit: $limit})
YIELD node, score
WHERE $documents IS NULL OR node.doc IN $documents
RETURN node {.doc, .number, .text} AS line, score
ORDER BY node.doc, node.number
