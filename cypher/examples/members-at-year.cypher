// Members of a framework in a given year, with the passages that say so.
// In Neo4j Browser, first run:  :param framework => 'framework:asean'   and   :param year => 1990
MATCH (member:Entity)-[r:MEMBER_OF|PARTY_TO|SIGNATORY_OF]->(f:Entity {id: $framework})
WHERE coalesce(r.sinceYear, $year) <= $year <= coalesce(r.untilYear, $year)
OPTIONAL MATCH (c:Claim {subjectId: r.id})-[:CITES]->(d:Document)
RETURN member.name AS member, member.nameJa AS memberJa, type(r) AS relation, r.since AS since,
       collect(d.file + ' lines ' + c.lineStart + '-' + c.lineEnd) AS sources
ORDER BY since, member
