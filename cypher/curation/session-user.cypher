// The account a session token stands for, and the bookmarks of the session's latest writes
// (keep-session-bookmarks.cypher): the session unrevoked and unexpired, the account enabled.
// $tokenHash, $now (ISO)
MATCH (s:Session {tokenHash: $tokenHash})
WHERE NOT s.revoked AND s.expiresAt > $now
MATCH (u:User {id: s.userId})
WHERE NOT u.disabled
RETURN u {.*} AS user, coalesce(s.bookmarks, []) AS bookmarks
