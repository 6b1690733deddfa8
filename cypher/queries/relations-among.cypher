// The relations among a set of entities (the links a neighbourhood's nodes have among themselves),
// filtered like the expansion, each with its claims (the citations a relation summary shows), so
// that the answer needs no further round trip, and whether one of them disagrees with another
// (and, with $claimCount, how many there are). $claims says how much of the claims to read:
// 'FULL'; 'CITATIONS' leaves out their notes, most of their bytes; 'NONE' none of them (a graph
// view, which shows no citations). At most $scan relations of each entity are read,
// in storage order, so a hub with tens of thousands of relations costs no more than $scan (the
// caller flags the answer as cut when an entity has more), and at most $first relations are returned,
// with the properties a relation has in the API (not the load's bookkeeping).
// $ids, $types, $asOf, $scan, $first, $claims, $claimCount.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  WITH r, b
  LIMIT $scan
  WITH r, b
  WHERE b.id IN $ids
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR coalesce(r.sinceYear, $asOf) <= $asOf <= coalesce(r.untilYear, $asOf))
  RETURN r, b
}
WITH a, r, b
ORDER BY r.id
LIMIT $first
RETURN r {.id, .role, .roleJa, .since, .sincePrecision, .sinceYear, .until, .untilPrecision, .untilYear,
          type: type(r), from: a.id, to: b.id,
          claimCount: CASE WHEN $claimCount THEN COUNT { (c:Claim {subjectId: r.id})-[:CITES]->(:Document) } END,
          conflicted: EXISTS { (c:Claim {subjectId: r.id})-[:CONFLICTS_WITH]->(:Claim) },
          claims: CASE WHEN $claims <> 'NONE' THEN COLLECT {
            MATCH (c:Claim {subjectId: r.id})-[:CITES]->(d:Document)
            WITH c, d, [(c)-[:CONFLICTS_WITH]->(o:Claim) | o.id] AS conflictsWith
            RETURN CASE WHEN $claims = 'CITATIONS'
                     THEN c {.id, .subjectId, .subjectKind, .lineStart, .lineEnd, .since, .until, doc: d.id, conflictsWith}
                     ELSE c {.*, doc: d.id, conflictsWith}
                   END
            ORDER BY c.id
          } END} AS relation
