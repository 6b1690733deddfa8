// Upsert the sides of each conflict and put its claims on them. A side's claims are rebuilt from
// scratch (a claim that moved to another side must leave this one). $rows: [{id, conflictId, props, claimIds}]
UNWIND $rows AS row
MATCH (x:Conflict {id: row.conflictId})
MERGE (s:ConflictSide {id: row.id})
SET s += row.props, s.loadId = $loadId
MERGE (x)-[:HAS_SIDE]->(s)
WITH s, row
CALL (s) {
  OPTIONAL MATCH (:Claim)-[old:ON_SIDE]->(s)
  DELETE old
}
WITH s, row
UNWIND row.claimIds AS claimId
MATCH (c:Claim {id: claimId})
MERGE (c)-[:ON_SIDE]->(s)
