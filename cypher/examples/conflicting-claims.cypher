// Every disagreement between the sources, each side with its document and lines.
MATCH (x:Conflict)<-[:IN_CONFLICT]-(c:Claim)-[:CITES]->(d:Document)
RETURN x.topic AS topic, x.topicJa AS topicJa, c.subjectId AS about,
       coalesce(c.since, c.until, '') AS date, d.file AS document, c.lineStart AS fromLine, c.lineEnd AS toLine, c.note AS says
ORDER BY topic, document
