// A new account (npm run users -- add). The email constraint refuses a second account for one
// address. $user: {id, email, role, passwordHash, disabled, createdAt}
CREATE (u:User)
SET u = $user
RETURN u {.*} AS user
