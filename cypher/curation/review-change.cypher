// Records a review decision: final, so the version bumps and later reviews see it taken.
// $id, $review: {status, reviewerId, reviewComment, reviewedAt, claimId, before, after}
MATCH (c:Change {id: $id})
SET c += $review, c.version = c.version + 1
RETURN c {.*} AS change
