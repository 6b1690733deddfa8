// Size of the graph and the span of its dated facts (the time slider's range).
CALL () { MATCH (e:Entity) RETURN count(e) AS entityCount, min(e.startYear) AS minStart, max(coalesce(e.endYear, e.startYear)) AS maxEntity }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationCount, min(r.sinceYear) AS minSince, max(coalesce(r.untilYear, r.sinceYear)) AS maxRelation }
CALL () { MATCH (c:Claim) RETURN count(c) AS claimCount }
CALL () { MATCH (x:Conflict) RETURN count(x) AS conflictCount }
RETURN entityCount, relationCount, claimCount, conflictCount,
       CASE WHEN minStart IS NULL OR minSince < minStart THEN minSince ELSE minStart END AS minYear,
       CASE WHEN maxEntity IS NULL OR maxRelation > maxEntity THEN maxRelation ELSE maxEntity END AS maxYear
