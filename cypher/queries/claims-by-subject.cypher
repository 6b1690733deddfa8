// The claims supporting each given entity or relation, with the document they cite and the
// claims that disagree with them. $ids: entity or relation ids.
UNWIND $ids AS subjectId
MATCH (c:Claim {subjectId: subjectId})-[:CITES]->(d:Document)
RETURN c {.*, doc: d.id, conflictsWith: [(c)-[:CONFLICTS_WITH]->(o:Claim) | o.id]} AS claim
ORDER BY c.id
