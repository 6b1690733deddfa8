// Every account, for npm run users -- list.
MATCH (u:User)
RETURN u {.*} AS user
ORDER BY u.email
