// Schema of the Alliance Atlas graph. Applied at every start and by `npm run seed`; every
// statement is idempotent (IF NOT EXISTS). Statements are separated by semicolons.

// Entities: one id each, whatever their kind label (:Actor, :Framework, :Event, :Area).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (c:Conflict) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT conflict_side_id IF NOT EXISTS FOR (s:ConflictSide) REQUIRE s.id IS UNIQUE;
// One node per line of a source text, id "<doc>:<line number>" (cat -n numbering).
CREATE CONSTRAINT source_line_id IF NOT EXISTS FOR (l:SourceLine) REQUIRE l.id IS UNIQUE;

// Curation (issue #17): accounts, sessions (by the SHA-256 of their token), sign-in failure
// counters, and the changes curators propose.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE;
CREATE CONSTRAINT session_token IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;
CREATE CONSTRAINT sign_in_limit_key IF NOT EXISTS FOR (l:SignInLimit) REQUIRE l.key IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX session_user IF NOT EXISTS FOR (s:Session) ON (s.userId);
CREATE INDEX change_subject IF NOT EXISTS FOR (c:Change) ON (c.subjectId);
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.targetClaimId);
CREATE INDEX change_proposed_at IF NOT EXISTS FOR (c:Change) ON (c.proposedAt);

// Claims are found by the entity or relation they support.
CREATE INDEX claim_subject IF NOT EXISTS FOR (c:Claim) ON (c.subjectId);
// After a seed load, the subjects with curated or deprecated claims get their dates recomputed.
CREATE INDEX claim_origin IF NOT EXISTS FOR (c:Claim) ON (c.origin);
CREATE INDEX claim_deprecated IF NOT EXISTS FOR (c:Claim) ON (c.deprecated);
// Stale-data clean-up after a load looks items up by the load that wrote them.
CREATE INDEX entity_load IF NOT EXISTS FOR (e:Entity) ON (e.loadId);
CREATE INDEX claim_load IF NOT EXISTS FOR (c:Claim) ON (c.loadId);
CREATE INDEX source_line_load IF NOT EXISTS FOR (l:SourceLine) ON (l.loadId);
// The reader pages through a document's lines by number.
CREATE INDEX source_line_position IF NOT EXISTS FOR (l:SourceLine) ON (l.doc, l.number);
// Time slider and timeline.
CREATE INDEX entity_start_year IF NOT EXISTS FOR (e:Entity) ON (e.startYear);

// Search over names, acronyms and aliases in English and Japanese. The CJK analyzer indexes
// Japanese as overlapping character pairs, so "クアッド" or "日米豪印" match without a dictionary,
// and lower-cases Latin text.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.nameJa, e.acronym, e.aliasesText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };

// Search of the source texts, line by line, with the same CJK analyzer: a phrase query of
// character pairs finds "マニラ条約" inside a longer run of Japanese with no word breaks.
CREATE FULLTEXT INDEX source_line_text IF NOT EXISTS
FOR (l:SourceLine) ON EACH [l.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };

// Relations: a unique id per relationship type (Neo4j keys relationship constraints by type).
CREATE CONSTRAINT rel_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_signatory_of_id IF NOT EXISTS FOR ()-[r:SIGNATORY_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_partner_of_id IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_has_status_id IF NOT EXISTS FOR ()-[r:HAS_STATUS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_supersedes_id IF NOT EXISTS FOR ()-[r:SUPERSEDES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_revision_of_id IF NOT EXISTS FOR ()-[r:REVISION_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_established_by_id IF NOT EXISTS FOR ()-[r:ESTABLISHED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_hosted_id IF NOT EXISTS FOR ()-[r:HOSTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_participated_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_contributed_to_id IF NOT EXISTS FOR ()-[r:CONTRIBUTED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_led_id IF NOT EXISTS FOR ()-[r:LED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_proposed_id IF NOT EXISTS FOR ()-[r:PROPOSED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_adopted_id IF NOT EXISTS FOR ()-[r:ADOPTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_supported_id IF NOT EXISTS FOR ()-[r:SUPPORTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_opposed_id IF NOT EXISTS FOR ()-[r:OPPOSED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_criticised_id IF NOT EXISTS FOR ()-[r:CRITICISED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_cooperates_on_id IF NOT EXISTS FOR ()-[r:COOPERATES_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_compared_to_id IF NOT EXISTS FOR ()-[r:COMPARED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_targets_id IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_takes_over_from_id IF NOT EXISTS FOR ()-[r:TAKES_OVER_FROM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_addressed_id IF NOT EXISTS FOR ()-[r:ADDRESSED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_carried_out_id IF NOT EXISTS FOR ()-[r:CARRIED_OUT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_decides_on_id IF NOT EXISTS FOR ()-[r:DECIDES_ON]-() REQUIRE r.id IS UNIQUE;
