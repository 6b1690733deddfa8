// The most failed sign-ins any of the keys (account, address) had in the current window. Kept in
// the database so that every API process counts the same attempts. $keys, $windowStart (ISO)
UNWIND $keys AS key
OPTIONAL MATCH (l:SignInLimit {key: key})
WHERE l.windowStart > $windowStart
RETURN max(coalesce(l.failures, 0)) AS failures
