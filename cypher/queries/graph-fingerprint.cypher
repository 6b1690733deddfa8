// Counts and ordered content of the whole graph, hashed by the caller: two loads of the same data
// give the same fingerprint; any lost or half-written item changes it. Curation's bookkeeping
// (accounts, sessions, sign-in counters, the record of changes, the data version) is not the graph.
CALL () {
  MATCH (n)
  WHERE NOT (n:User OR n:Session OR n:SignInLimit OR n:Change OR n:AtlasMeta)
  RETURN count(n) AS nodes
}
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () {
  MATCH (e:Entity) WITH e ORDER BY e.id
  RETURN collect([e.id, e.kind, e.type, e.name, e.nameJa, e.description, e.start, e.end]) AS entities
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WITH r ORDER BY r.id
  RETURN collect([r.id, r.role, r.since, r.until]) AS relations
}
CALL () {
  MATCH (c:Claim)-[:CITES]->(d:Document) WITH c, d ORDER BY c.id
  RETURN collect([c.id, d.id, c.lineStart, c.lineEnd, c.note, c.noteJa, c.since, c.until]) AS claims
}
CALL () {
  MATCH (c:Claim)-[:CONFLICTS_WITH]->(o:Claim) WITH c, o ORDER BY c.id, o.id
  RETURN collect([c.id, o.id]) AS conflictLinks
}
CALL () {
  MATCH (d:Document) WITH d ORDER BY d.id
  RETURN collect([d.id, d.available]) AS documents
}
CALL () {
  MATCH (l:SourceLine) WITH l ORDER BY l.doc, l.number
  RETURN collect([l.id, l.text]) AS sourceLines
}
CALL () {
  MATCH (x:Conflict)-[:HAS_SIDE]->(s:ConflictSide) WITH x, s ORDER BY s.id
  RETURN collect([x.id, s.id, s.position, s.positionJa, COLLECT { MATCH (c:Claim)-[:ON_SIDE]->(s) RETURN c.id ORDER BY c.id }]) AS conflictSides
}
RETURN nodes, relationships, entities, relations, claims, conflictLinks, documents, sourceLines, conflictSides
