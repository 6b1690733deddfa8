/** Password hashing for curation accounts: scrypt with a salt per hash, checked in constant time. */
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../server/src/curation/passwords.js';
import { slugOf } from '../../../server/src/curation/proposal.js';

// Each scrypt costs 32 MiB and a fraction of a second: one hash, shared by the tests that verify.
let hash: string;
beforeAll(async () => {
  hash = await hashPassword('correct horse battery staple');
});

describe('password hashes', () => {
  it('name their parameters and salt, never the password', () => {
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain('correct horse');
  });

  it('verify the password they were made from', async () => {
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
  });

  it('refuse any other password', async () => {
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('differ for the same password (a salt per hash)', async () => {
    const [a, b] = await Promise.all([hashPassword('same password here'), hashPassword('same password here')]);
    expect(a).not.toBe(b);
  });

  it('refuse a stored value of another format', async () => {
    expect(await verifyPassword('anything at all', 'plain-text-password')).toBe(false);
  });
});

describe('ids of new entities', () => {
  it('are the English name in kebab case, as the seed writes ids', () => {
    expect(slugOf('New Zealand')).toBe('new-zealand');
    expect(slugOf('  Côte d’Ivoire ')).toBe('cote-d-ivoire');
    expect(slugOf('<script>')).toBe('script');
    expect(slugOf('日本')).toBe('');
  });
});
