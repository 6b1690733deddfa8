// Whether the database holds nothing a load writes: a first load then creates instead of merging.
RETURN NOT EXISTS { MATCH (n) WHERE n:Entity OR n:Claim OR n:Document OR n:Conflict } AS empty
