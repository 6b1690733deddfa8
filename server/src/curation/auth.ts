/**
 * Accounts and sessions. Sessions live in Neo4j (any API process accepts them; sign-out revokes
 * them): the cookie holds a random 32-byte token, the database only its SHA-256. Failed sign-ins
 * are counted in Neo4j too, per account and per address, so that the limit holds across processes.
 * The CLI (`npm run users`) and the tests create accounts through this same code.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { CurationRepository, SignedInSession } from '../db/curationRepository.js';
import { hasRole, type Role, type UserRecord } from '../db/curationRecords.js';
import { isConstraintViolation } from '../db/errors.js';
import { AuthenticationError, ForbiddenError, inputError, RateLimitedError } from './errors.js';
import { hashPassword, PASSWORD_LENGTH, verifyPassword } from './passwords.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** At most this many failed sign-ins per account and per address within SIGN_IN_WINDOW_MS. */
export const MAX_SIGN_IN_FAILURES = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
const MAX_EMAIL_LENGTH = 254;

/** A session token as signIn makes it: 32 random bytes, base64url. Anything else is no session. */
const SESSION_TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const isSessionToken = (value: string) => SESSION_TOKEN.test(value);

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SignedIn {
  user: UserRecord;
  token: string;
  expiresAt: Date;
}

export class AuthService {
  /** Compared against when the account does not exist, so that a miss takes as long as a wrong password. */
  private decoy: Promise<string> | null = null;

  constructor(private readonly repo: CurationRepository) {}

  async createUser(email: string, role: Role, password: string): Promise<UserRecord> {
    const normalized = normalizeEmail(email);
    if (!/^[^\s@]+@[^\s@]+$/.test(normalized) || normalized.length > MAX_EMAIL_LENGTH)
      throw inputError('email', `"${email}" is not an email address`);
    if (password.length < PASSWORD_LENGTH.min)
      throw inputError('password', `must be at least ${PASSWORD_LENGTH.min} characters long`);
    if (password.length > PASSWORD_LENGTH.max)
      throw inputError('password', `must be at most ${PASSWORD_LENGTH.max} characters long`);
    const user: UserRecord = {
      id: `user:${randomUUID()}`,
      email: normalized,
      role,
      passwordHash: await hashPassword(password),
      disabled: false,
      createdAt: new Date().toISOString(),
    };
    try {
      return await this.repo.createUser(user);
    } catch (error) {
      if (isConstraintViolation(error)) throw inputError('email', `an account for ${normalized} exists already`);
      throw error;
    }
  }

  listUsers = () => this.repo.listUsers();

  async disableUser(email: string): Promise<UserRecord> {
    const user = await this.repo.disableUser(normalizeEmail(email));
    if (!user) throw inputError('email', `no account for ${normalizeEmail(email)}`);
    return user;
  }

  async signIn(email: string, password: string, address: string): Promise<SignedIn> {
    const normalized = normalizeEmail(email);
    const keys = [`account:${normalized.slice(0, MAX_EMAIL_LENGTH)}`, `address:${address}`];
    const now = new Date();
    const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString();
    // Checked before any hashing: a flood of attempts costs a read each, not 32 MiB of scrypt.
    if ((await this.repo.signInFailures(keys, windowStart)) >= MAX_SIGN_IN_FAILURES)
      throw new RateLimitedError('Too many failed sign-in attempts; wait 15 minutes and try again.');
    const [user] = normalized.length > MAX_EMAIL_LENGTH ? [] : await this.repo.usersByEmail([normalized]);
    const matches =
      password.length <= PASSWORD_LENGTH.max &&
      (await verifyPassword(password, user?.passwordHash ?? (await this.decoyHash())));
    if (!user || user.disabled || !matches) {
      await this.repo.recordSignInFailure(keys, now.toISOString(), windowStart);
      throw new AuthenticationError('Wrong email or password.');
    }
    await this.repo.clearSignInFailures(keys[0]!);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    const created = await this.repo.createSession({
      tokenHash: tokenHash(token),
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    if (!created) throw new AuthenticationError('Wrong email or password.');
    return { user, token, expiresAt };
  }

  /**
   * The signed-in user of a session token and the bookmarks of the session's writes, or null (no
   * token, not one signIn made, unknown, expired, revoked, disabled).
   */
  async session(token: string | null): Promise<SignedInSession | null> {
    if (!token || !isSessionToken(token)) return null;
    return this.repo.signedInSession(tokenHash(token), new Date().toISOString());
  }

  signOut(token: string): Promise<boolean> {
    return this.repo.revokeSession(tokenHash(token));
  }

  private decoyHash(): Promise<string> {
    this.decoy ??= hashPassword(randomBytes(32).toString('base64'));
    return this.decoy;
  }
}

/** The user, when signed in with at least `role`; otherwise UNAUTHENTICATED or FORBIDDEN. */
export function requireRole(user: UserRecord | null, role: Role): UserRecord {
  if (!user) throw new AuthenticationError('Sign in first: this needs a signed-in user.');
  if (!hasRole(user.role, role)) throw new ForbiddenError(`This needs the ${role} role; you are ${user.role}.`);
  return user;
}
