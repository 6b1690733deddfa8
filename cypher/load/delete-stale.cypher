// After a complete load: remove what the new data set no longer contains, i.e. everything only an
// earlier load wrote (entities, claims, conflicts and their sides, documents, source lines, and
// relations between entities). Curated items (origin 'curated': added through the curation API)
// are never the seed's to remove; items from before origins were recorded count as the seed's.
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.loadId <> $loadId AND coalesce(r.origin, 'seed') = 'seed'
  DELETE r
}
MATCH (n)
WHERE (n:Entity OR n:Claim OR n:Conflict OR n:ConflictSide OR n:Document OR n:SourceLine) AND n.loadId <> $loadId
  AND coalesce(n.origin, 'seed') = 'seed'
DETACH DELETE n
