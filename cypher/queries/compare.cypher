// Membership-like relations (member, party, signatory) of actors to each given framework.
// $ids: framework ids; $asOf: year or null.
UNWIND $ids AS frameworkId
MATCH (f:Entity {id: frameworkId})
OPTIONAL MATCH (a:Entity)-[r:MEMBER_OF|PARTY_TO|SIGNATORY_OF]->(f)
  WHERE $asOf IS NULL OR coalesce(r.sinceYear, $asOf) <= $asOf <= coalesce(r.untilYear, $asOf)
RETURN frameworkId,
       collect(r {.*, type: type(r), from: a.id, to: f.id}) AS relations
