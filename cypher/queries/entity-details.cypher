// Everything the details panel shows for one entity, in one query instead of a round trip per
// DataLoader batch: the entity, its claims, a page of its relations (ordered by relation id, a
// keyset cursor, with the total) each with its claims and its other end, the claims that disagree
// with any of those claims, and the source documents they cite. Every relation also carries how
// many claims it has and whether one of them disagrees with another, so that with $relationClaims
// false (a list that shows counts and fetches a relation's citations when opened) its claims are
// not read at all; with $summaryOnly the other ends leave out their descriptions and aliases
// (most of their bytes), as in expand.cypher.
// $id: entity id; $types, $direction, $asOf, $after, $first as in relations-of-entities;
// $relationClaims, $summaryOnly: booleans.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (c:Claim {subjectId: e.id})-[:CITES]->(d:Document)
  WITH c, d ORDER BY c.id
  RETURN collect(c {.*, doc: d.id, conflictsWith: [(c)-[:CONFLICTS_WITH]->(o:Claim) | o.id]}) AS claims
}
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))
    AND ($asOf IS NULL OR coalesce(r.sinceYear, $asOf) <= $asOf <= coalesce(r.untilYear, $asOf))
  WITH r, other ORDER BY r.id
  WITH collect([r, other]) AS matching
  RETURN size(matching) AS totalCount,
         [x IN matching WHERE $after IS NULL OR x[0].id > $after][0..$first + 1] AS page
}
CALL (page) {
  UNWIND page AS pair
  WITH pair[0] AS r, pair[1] AS other
  RETURN collect(r {.id, .role, .roleJa, .since, .sincePrecision, .sinceYear, .until, .untilPrecision, .untilYear,
           type: type(r), from: startNode(r).id, to: endNode(r).id,
           claimCount: COUNT { (c:Claim {subjectId: r.id})-[:CITES]->(:Document) },
           conflicted: EXISTS { (c:Claim {subjectId: r.id})-[:CONFLICTS_WITH]->(:Claim) },
           claims: CASE WHEN $relationClaims THEN COLLECT {
             MATCH (c:Claim {subjectId: r.id})-[:CITES]->(d:Document)
             RETURN c {.*, doc: d.id, conflictsWith: [(c)-[:CONFLICTS_WITH]->(o:Claim) | o.id]} ORDER BY c.id
           } END}) AS relations,
         collect(DISTINCT CASE WHEN $summaryOnly
           THEN other {.id, .kind, .type, .name, .nameJa, .acronym, .start, .startPrecision, .startYear, .end,
                       .endPrecision, .endYear, degree: COUNT { (other)--() }}
           ELSE other {.*, degree: COUNT { (other)--() }}
         END) AS others
}
CALL (claims, relations) {
  UNWIND claims + reduce(all = [], r IN relations | all + coalesce(r.claims, [])) AS claim
  UNWIND claim.conflictsWith AS otherId
  WITH DISTINCT otherId
  MATCH (o:Claim {id: otherId})-[:CITES]->(d:Document)
  RETURN collect(o {.*, doc: d.id, conflictsWith: [(o)-[:CONFLICTS_WITH]->(x:Claim) | x.id]}) AS conflicting
}
CALL () {
  MATCH (d:Document)
  RETURN collect(d {.*, claimCount: COUNT { (d)<-[:CITES]-() }}) AS documents
}
RETURN e {.*, degree: COUNT { (e)--() }} AS entity, claims, totalCount, relations, others, conflicting, documents
