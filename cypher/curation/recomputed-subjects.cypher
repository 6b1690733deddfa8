// Subjects whose dates curation decides with the seed: those with a curated or a deprecated claim,
// recomputed after every seed load (the seed's own pass knows only its claims). Two indexed
// lookups rather than one scan of every claim.
MATCH (c:Claim {origin: 'curated'})
RETURN c.subjectId AS subjectId
UNION
MATCH (c:Claim {deprecated: true})
RETURN c.subjectId AS subjectId
