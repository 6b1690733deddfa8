// Deprecates a claim: it stays, cited and readable, with the reason and the change that did it;
// its version bumps so that stale edits of it are refused. $id, $reason, $changeId
MATCH (c:Claim {id: $id})
SET c.deprecated = true, c.deprecationReason = $reason, c.deprecatedBy = $changeId,
    c.version = coalesce(c.version, 1) + 1
RETURN c.version AS version
