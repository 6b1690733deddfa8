/**
 * Accounts for tests, made by the code `npm run users -- add` runs (CurationService's auth), each
 * with a fresh random password: there are no default credentials to lean on.
 */
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { CurationService } from '../../server/src/curation/service.js';
import { AtlasRepository } from '../../server/src/db/atlasRepository.js';
import type { Role } from '../../server/src/db/curationRecords.js';
import { CurationRepository } from '../../server/src/db/curationRepository.js';

export interface TestUser {
  email: string;
  role: Role;
  password: string;
}

export async function createTestUsers(driver: Driver, users: { email: string; role: Role }[]): Promise<TestUser[]> {
  const options = { queryTimeoutMs: 20_000 };
  const { auth } = new CurationService(new CurationRepository(driver, options), new AtlasRepository(driver, options));
  const created: TestUser[] = [];
  for (const user of users) {
    const password = randomBytes(18).toString('base64');
    await auth.createUser(user.email, user.role, password);
    created.push({ ...user, password });
  }
  return created;
}
