// A subject's claims that give a date and are not deprecated, in data-set order (the seed
// validator's file order; curated claims after), for recomputing its dates. $subjectId
MATCH (c:Claim {subjectId: $subjectId})-[:CITES]->(d:Document)
WHERE NOT coalesce(c.deprecated, false) AND (c.since IS NOT NULL OR c.until IS NOT NULL)
RETURN c.id AS id, d.id AS doc, c.since AS since, c.until AS until
ORDER BY coalesce(c.seq, 0), c.id
