// npm run export: every claim with its document and the statement conflict side it stands on, in
// data-set order (the seed's file order, curated claims after): the order the validator numbers
// claim ids and date-conflict sides in, so the export loads back to the same graph.
MATCH (c:Claim)-[:CITES]->(d:Document)
OPTIONAL MATCH (c)-[:ON_SIDE]->(s:ConflictSide)<-[:HAS_SIDE]-(x:Conflict {kind: 'STATEMENT'})
RETURN c {.*, doc: d.id, conflict: x.id, side: s.sideId} AS claim
ORDER BY coalesce(c.seq, 0), c.id
