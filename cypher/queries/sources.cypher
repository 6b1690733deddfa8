// The source documents, with how many claims cite each.
MATCH (d:Document)
RETURN d {.*, claimCount: COUNT { (:Claim)-[:CITES]->(d) }} AS document
ORDER BY d.id
