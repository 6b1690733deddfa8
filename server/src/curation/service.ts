/**
 * Curation: adding sources, proposing changes, reviewing them, and reading the record of changes.
 * Roles are checked here (requireRole), inputs by the seed's rules (proposal.ts), stale writes
 * refused with the current state (CurationConflictError).
 */
import { randomUUID } from 'node:crypto';
import { parsePartialDate } from '../domain/dates.js';
import type { AtlasRepository } from '../db/atlasRepository.js';
import type { CurationRepository } from '../db/curationRepository.js';
import { hasRole, type ChangeRecord, type ChangeStatus, type UserRecord } from '../db/curationRecords.js';
import { CurationConflictError } from '../db/errors.js';
import { EvidenceRepository } from '../db/evidenceRepository.js';
import type { ClaimRecord, SourceRecord } from '../db/records.js';
import type { SessionBookmarks } from '../db/sessions.js';
import { sourceFileSchema } from '../seed/fileSchema.js';
import { splitLines } from '../seed/sourceTexts.js';
import { AuthService, requireRole, tokenHash } from './auth.js';
import { CurationInputError, ForbiddenError, inputError } from './errors.js';
import { acceptPlan, MAX_REASON_LENGTH, slugOf, validateProposal, type Known, type ProposeInput } from './proposal.js';

export interface AddSourceInput {
  title: string;
  titleJa: string;
  publisher?: string | null;
  date: string;
  text: string;
}

/** Lines an added source may have; the request body limit (1 MB) bounds its size as well. */
export const MAX_SOURCE_LINES = 20_000;
export const CHANGES_FIRST = { min: 1, max: 100 } as const;

/** A claim as a change's before/after JSON shows it. */
function claimJson(c: ClaimRecord) {
  return {
    id: c.id,
    subjectId: c.subjectId,
    documentId: c.doc,
    lineStart: c.lineStart,
    lineEnd: c.lineEnd,
    note: c.note,
    noteJa: c.noteJa,
    since: c.since ?? null,
    until: c.until ?? null,
    origin: c.origin ?? 'seed',
    deprecated: c.deprecated ?? false,
    deprecationReason: c.deprecationReason ?? null,
    version: c.version ?? 1,
  };
}

export class CurationService {
  readonly auth: AuthService;
  private readonly evidence: EvidenceRepository;

  constructor(
    readonly repo: CurationRepository,
    private readonly atlas: AtlasRepository,
    auth?: AuthService,
  ) {
    this.auth = auth ?? new AuthService(repo);
    this.evidence = new EvidenceRepository(atlas);
  }

  /**
   * The service for one request of a signed-in session (the cookie's `token`): everything it
   * reads waits for the session's writes, and what it writes is kept for the session's next
   * reads (CurationRepository.forSession). Accounts and sign-in stay with the plain repository.
   */
  forSession(token: string, bookmarks: SessionBookmarks): CurationService {
    return new CurationService(
      this.repo.forSession(tokenHash(token), bookmarks),
      this.atlas.readingAfter(bookmarks),
      this.auth,
    );
  }

  async addSource(viewer: UserRecord | null, input: AddSourceInput): Promise<SourceRecord> {
    const user = requireRole(viewer, 'CURATOR');
    const lines = splitLines(input.text);
    const parsed = sourceFileSchema.element.safeParse({
      id: '000',
      file: 'added',
      lineCount: Math.max(lines.length, 1),
      title: input.title,
      titleJa: input.titleJa,
      ...(input.publisher != null ? { publisher: input.publisher } : {}),
      date: input.date,
    });
    if (!parsed.success)
      throw new CurationInputError(parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
    for (const field of ['title', 'titleJa', 'publisher'] as const)
      if ((input[field]?.length ?? 0) > 500) throw inputError(field, 'must be at most 500 characters');
    const date = parsePartialDate(input.date.trim(), false);
    if (typeof date === 'string') throw inputError('date', date);
    if (lines.length === 0 || lines.every((l) => l.trim() === ''))
      throw inputError('text', 'is empty: paste the text of the document');
    if (lines.length > MAX_SOURCE_LINES)
      throw inputError('text', `has ${lines.length} lines; at most ${MAX_SOURCE_LINES}`);
    const now = new Date().toISOString();
    return this.repo.addSource(
      {
        slug: slugOf(parsed.data.title) || 'source',
        lineCount: lines.length,
        title: parsed.data.title,
        titleJa: parsed.data.titleJa,
        publisher: parsed.data.publisher ?? null,
        date: date.value,
        available: true,
        origin: 'curated',
        addedBy: user.email,
        addedAt: now,
      },
      lines,
      now,
    );
  }

  private known(documents: SourceRecord[]): Known {
    return {
      documents: new Map(documents.map((d) => [d.id, d])),
      entity: async (id) => (await this.atlas.entitiesById([id]))[0] ?? null,
      relationExists: async (id) => (await this.atlas.relationsById([id])).length > 0,
      claim: async (id) => (await this.atlas.claimsById([id]))[0] ?? null,
      citedText: async (doc, from, to) => {
        const found = await this.evidence.lines([{ key: 'cited', doc, from, to }]);
        return (found.get('cited') ?? []).map((line) => line.text).join('');
      },
    };
  }

  async propose(viewer: UserRecord | null, input: ProposeInput): Promise<ChangeRecord> {
    const user = requireRole(viewer, 'CURATOR');
    const { proposal, target } = await validateProposal(input, user.email, this.known(await this.atlas.sources()));
    if (target && (target.deprecated || (target.version ?? 1) !== proposal.target!.expectedVersion))
      throw new CurationConflictError(
        `claim ${target.id} is at version ${target.version ?? 1}${target.deprecated ? ' and deprecated' : ''}, not ${proposal.target!.expectedVersion}; reload it`,
        claimJson(target),
      );
    const before = target ? claimJson(target) : null;
    const after =
      input.kind === 'DEPRECATE_CLAIM'
        ? { ...before, deprecated: true, deprecationReason: proposal.reason }
        : {
            ...(proposal.entity ? { entity: proposal.entity } : {}),
            ...(proposal.relation ? { relation: proposal.relation } : {}),
            claim: { subjectId: proposal.subjectId, ...proposal.claim },
            ...(target ? { replaces: target.id } : {}),
          };
    return this.repo.createChange({
      id: `change:${randomUUID()}`,
      kind: input.kind,
      status: 'PROPOSED',
      version: 1,
      subjectId: proposal.subjectId,
      targetClaimId: target?.id ?? null,
      claimId: null,
      proposal: JSON.stringify(proposal),
      reason: proposal.reason,
      before: before ? JSON.stringify(before) : null,
      after: JSON.stringify(after),
      authorId: user.id,
      proposedAt: new Date().toISOString(),
      reviewerId: null,
      reviewComment: null,
      reviewedAt: null,
    });
  }

  async review(
    viewer: UserRecord | null,
    id: string,
    decision: 'ACCEPT' | 'REJECT',
    comment: string | null,
    expectedVersion: number,
  ): Promise<ChangeRecord> {
    const user = requireRole(viewer, 'REVIEWER');
    if (comment && comment.length > MAX_REASON_LENGTH)
      throw inputError('comment', `must be at most ${MAX_REASON_LENGTH} characters`);
    const [change] = await this.repo.changesById([id]);
    if (!change) throw inputError('id', `no change ${id}`);
    // Review means a second pair of eyes.
    if (change.authorId === user.id) throw new ForbiddenError('A change is reviewed by someone other than its author.');
    const reviewed = await this.repo.review(
      id,
      expectedVersion,
      {
        status: decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED',
        reviewerId: user.id,
        reviewComment: comment?.trim() || null,
        reviewedAt: new Date().toISOString(),
      },
      (locked) => acceptPlan(locked, user.email),
    );
    if (!reviewed) throw inputError('id', `no change ${id}`);
    return reviewed;
  }

  changes(viewer: UserRecord | null, status: ChangeStatus | null, first: number, after: string | null) {
    requireRole(viewer, 'CURATOR');
    if (first < CHANGES_FIRST.min || first > CHANGES_FIRST.max)
      throw inputError('first', `must be between ${CHANGES_FIRST.min} and ${CHANGES_FIRST.max}; got ${first}`);
    return this.repo.changesPage(status, after, first);
  }

  /** Accepted changes for everybody; curators and above see proposed and rejected ones too. */
  history(viewer: UserRecord | null, subjectId: string): Promise<ChangeRecord[]> {
    return this.repo.history(subjectId, viewer !== null && hasRole(viewer.role, 'CURATOR'));
  }
}
