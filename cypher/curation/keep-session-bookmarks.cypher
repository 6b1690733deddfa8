// After a write through a signed-in session: the write's bookmarks, which that session's next
// reads wait for on whichever cluster member serves them (read-your-writes through any API
// process). On one database the newest bookmark stands for every earlier write, so it replaces
// the last. $tokenHash, $bookmarks
MATCH (s:Session {tokenHash: $tokenHash})
WHERE NOT s.revoked
SET s.bookmarks = $bookmarks
