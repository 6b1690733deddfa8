// How much of each document the claims cite: distinct lines inside any claim's range, and the
// number of claims. Walks a document's claims, so it runs only when a client asks for coverage. $ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)<-[:CITES]-(c:Claim)
  RETURN count(c) AS claims
}
CALL (d) {
  MATCH (d)<-[:CITES]-(c:Claim)
  UNWIND range(c.lineStart, c.lineEnd) AS line
  RETURN count(DISTINCT line) AS citedLines
}
RETURN d.id AS id, citedLines, claims
