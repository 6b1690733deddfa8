// The claim ids taken for one citation of a subject ("<subject>@<doc>:<from>-<to>" and its "#n"
// variants), so that a curated claim gets the id the seed validator would give it. $base
MATCH (c:Claim)
WHERE c.id = $base OR c.id STARTS WITH $base + '#'
RETURN collect(c.id) AS ids
