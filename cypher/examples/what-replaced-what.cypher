// Which framework replaced (or revised) which, and when.
MATCH (newer:Entity)-[r:SUPERSEDES|REVISION_OF]->(older:Entity)
RETURN newer.name AS newer, type(r) AS relation, older.name AS older, r.since AS since
ORDER BY r.sinceYear, newer
