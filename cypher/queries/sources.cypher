// The source documents, with how many claims cite each. Only claims have CITES relationships, so
// the count is the document's CITES degree, which Neo4j keeps: naming the (:Claim) end instead
// made every request that shows a citation walk all 1.4M claims of the benchmark's large graph.
MATCH (d:Document)
RETURN d {.*, claimCount: COUNT { (d)<-[:CITES]-() }} AS document
ORDER BY d.id
