/** What the curation queries return (users, sessions, changes); resolvers shape them for GraphQL. */

export const ROLES = ['CURATOR', 'REVIEWER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Whether `role` may do what `needed` may (ADMIN > REVIEWER > CURATOR). */
export const hasRole = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

export interface UserRecord {
  id: string;
  email: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
}

export type ChangeKind = 'ADD_CLAIM' | 'CORRECT_CLAIM' | 'DEPRECATE_CLAIM';
export type ChangeStatus = 'PROPOSED' | 'ACCEPTED' | 'REJECTED';

export interface ChangeRecord {
  id: string;
  kind: ChangeKind;
  status: ChangeStatus;
  version: number;
  subjectId: string | null;
  targetClaimId: string | null;
  /** The claim in the graph once accepted (ADD_CLAIM, CORRECT_CLAIM). */
  claimId: string | null;
  /** JSON of the validated proposal (curation/proposal.ts `Proposal`), applied on acceptance. */
  proposal: string;
  reason: string | null;
  before: string | null;
  after: string | null;
  authorId: string;
  proposedAt: string;
  reviewerId: string | null;
  reviewComment: string | null;
  reviewedAt: string | null;
}
