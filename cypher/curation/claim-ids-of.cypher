// The claim ids taken for one citation of a subject ("<subject>@<doc>:<from>-<to>" and its "#n"
// variants), so that a curated claim gets the id the seed validator would give it. Looked up
// through the subject's index, not by scanning every claim's id. $subjectId, $base
MATCH (c:Claim {subjectId: $subjectId})
WHERE c.id = $base OR c.id STARTS WITH $base + '#'
RETURN collect(c.id) AS ids
