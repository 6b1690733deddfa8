// Counts and ordered content of the whole graph, hashed by the caller: two loads of the same data
// give the same fingerprint; any lost or half-written item changes it.
CALL () { MATCH (n) RETURN count(n) AS nodes }
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
RETURN nodes, relationships, entities, relations, claims, conflictLinks
