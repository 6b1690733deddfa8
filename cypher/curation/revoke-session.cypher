// Sign-out: the session can never be used again (kept for the record). $tokenHash
MATCH (s:Session {tokenHash: $tokenHash})
WHERE NOT s.revoked
SET s.revoked = true
RETURN count(s) AS revoked
