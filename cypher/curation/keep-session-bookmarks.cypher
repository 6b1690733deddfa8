// After a write through a signed-in session: the write's bookmarks, which that session's next
// reads wait for on whichever cluster member serves them (read-your-writes through any API
// process). The newest few are kept, so that two writes whose bookmarks arrive out of order still
// leave the newest; the member waits for all of them. $tokenHash, $bookmarks
MATCH (s:Session {tokenHash: $tokenHash})
WHERE NOT s.revoked
SET s.bookmarks = (coalesce(s.bookmarks, []) + $bookmarks)[-4..]
