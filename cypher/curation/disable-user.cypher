// Disables an account and revokes its sessions at once: a disabled user is signed out everywhere.
// $email
MATCH (u:User {email: $email})
SET u.disabled = true
WITH u
CALL (u) {
  MATCH (s:Session {userId: u.id})
  SET s.revoked = true
}
RETURN u {.*} AS user
