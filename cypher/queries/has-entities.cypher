// Whether the graph holds any entity, for the start-up check. Answered from the label's count,
// without scanning: atlas-info reads every relation, which takes seconds on a graph of a million.
MATCH (e:Entity)
RETURN count(e) > 0 AS hasEntities
