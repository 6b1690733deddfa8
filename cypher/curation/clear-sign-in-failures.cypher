// A successful sign-in clears its account's failures (the address keeps counting). $key
MATCH (l:SignInLimit {key: $key})
DELETE l
