// A session of an enabled account, stored by the SHA-256 of its token (the token itself is only
// in the user's cookie). $session: {tokenHash, userId, createdAt, expiresAt}
MATCH (u:User {id: $session.userId})
WHERE NOT u.disabled
CREATE (s:Session)
SET s = $session, s.revoked = false
RETURN s.tokenHash AS tokenHash
