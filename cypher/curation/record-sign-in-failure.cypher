// Counts a failed sign-in for each key; a window that has passed starts again at one.
// $keys, $now, $windowStart (ISO: windows that began at or before it have passed)
UNWIND $keys AS key
MERGE (l:SignInLimit {key: key})
WITH l, l.windowStart IS NULL OR l.windowStart <= $windowStart AS expired
SET l.failures = CASE WHEN expired THEN 1 ELSE l.failures + 1 END,
    l.windowStart = CASE WHEN expired THEN $now ELSE l.windowStart END
