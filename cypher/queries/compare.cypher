// Membership-like relations (member, party, signatory) of actors to each given framework.
// $ids: framework ids; $asOf: year or null. As of a year, a membership counts while the relation,
// the actor and the framework all are valid then: SEATO's members (undated ends) are not members
// after SEATO's end in 1977, nor the IP4's before it began.
UNWIND $ids AS frameworkId
MATCH (f:Entity {id: frameworkId})
OPTIONAL MATCH (a:Entity)-[r:MEMBER_OF|PARTY_TO|SIGNATORY_OF]->(f)
  WHERE $asOf IS NULL OR (coalesce(r.sinceYear, $asOf) <= $asOf <= coalesce(r.untilYear, $asOf)
        AND coalesce(a.startYear, $asOf) <= $asOf <= coalesce(a.endYear, $asOf)
        AND coalesce(f.startYear, $asOf) <= $asOf <= coalesce(f.endYear, $asOf))
RETURN frameworkId,
       collect(r {.*, type: type(r), from: a.id, to: f.id}) AS relations
