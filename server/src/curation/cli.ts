/**
 * `npm run users -- add EMAIL --role ROLE`: creates an account; the password comes from
 * ATLAS_PASSWORD or, without it, from the first line of stdin (never from the command line, which
 * other users of the machine can read). `list` shows the accounts, `disable EMAIL` disables one and
 * revokes its sessions. There is no default account: the first ADMIN is made with `add`.
 */
import { readConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connect.js';
import { AtlasRepository } from '../db/atlasRepository.js';
import { CurationRepository } from '../db/curationRepository.js';
import { isRole, ROLES } from '../db/curationRecords.js';
import { applySchema } from '../seed/load.js';
import { CurationInputError } from './errors.js';
import { CurationService } from './service.js';

const USAGE = `usage:
  npm run users -- add EMAIL --role ${ROLES.join('|')}   (password from ATLAS_PASSWORD or stdin)
  npm run users -- list
  npm run users -- disable EMAIL`;

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ATLAS_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) process.stderr.write('Password (then Enter and Ctrl-D): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main(args: string[]): Promise<number> {
  const [command, email] = args;
  const roleAt = args.indexOf('--role');
  const role = roleAt >= 0 ? args[roleAt + 1]?.toUpperCase() : undefined;
  if (command === 'add' && (!email || !role || !isRole(role))) {
    console.error(`add needs an email and --role ${ROLES.join('|')}\n${USAGE}`);
    return 2;
  }
  if (!['add', 'list', 'disable'].includes(command ?? '') || (command === 'disable' && !email)) {
    console.error(USAGE);
    return 2;
  }
  const password = command === 'add' ? await readPassword() : '';
  const config = readConfig();
  const log = createLogger(config.LOG_LEVEL, { component: 'users' });
  const connection = await connectNeo4j(config, log);
  try {
    await applySchema(connection.driver, connection.database);
    const options = { database: connection.database, queryTimeoutMs: config.QUERY_TIMEOUT_MS };
    const { auth } = new CurationService(
      new CurationRepository(connection.driver, options),
      new AtlasRepository(connection.driver, options),
    );
    if (command === 'add') {
      const user = await auth.createUser(email!, role as (typeof ROLES)[number], password);
      console.log(`added ${user.email} (${user.role}), id ${user.id}`);
    } else if (command === 'list') {
      for (const user of await auth.listUsers())
        console.log(`${user.email}\t${user.role}\t${user.disabled ? 'disabled' : 'active'}\t${user.createdAt}`);
    } else {
      const user = await auth.disableUser(email!);
      console.log(`disabled ${user.email}; its sessions are revoked`);
    }
    return 0;
  } catch (error) {
    if (error instanceof CurationInputError) {
      for (const problem of error.problems) console.error(`${problem.field}: ${problem.message}`);
      return 1;
    }
    throw error;
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
