// The account a session token stands for: the session unrevoked and unexpired, the account enabled.
// $tokenHash, $now (ISO)
MATCH (s:Session {tokenHash: $tokenHash})
WHERE NOT s.revoked AND s.expiresAt > $now
MATCH (u:User {id: s.userId})
WHERE NOT u.disabled
RETURN u {.*} AS user
