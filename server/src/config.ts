/**
 * Configuration, read and validated once at start-up. A wrong value stops the process with a
 * message naming the variable.
 */
import { hostname } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './repoRoot.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0).max(65535);

/** `10.0.0.0/8`, `fd00::/8`, or one address (a /32 or /128). */
const subnet = z.string().transform((text, ctx) => {
  const [address = '', prefixText, ...rest] = text.split('/');
  const version = net.isIP(address);
  const max = version === 6 ? 128 : 32;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (
    version === 0 ||
    rest.length > 0 ||
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > max ||
    prefixText === ''
  ) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not an IP address or CIDR (e.g. 10.0.0.0/8, fd00::/8)` });
    return z.NEVER;
  }
  return { address, prefix, family: version === 6 ? ('ipv6' as const) : ('ipv4' as const) };
});

const envSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (optionally +s / +ssc)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  // Unset means a database with authentication off (such as the local launcher's).
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_DATA_DIR: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, '.data', 'neo4j')),
  LOCAL_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must look like 512m or 1g')
    .default('1g'),
  SEED_ON_START: z.enum(['auto', 'always', 'never'], { message: 'must be auto, always or never' }).default('auto'),
  // Memory for cached GraphQL answers (an LRU bounded in bytes); 0 turns the response cache off.
  RESPONSE_CACHE_MB: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 (off) or more')
    .max(4096, 'must be at most 4096')
    .default(64),
  QUERY_TIMEOUT_MS: z.coerce.number({ message: 'must be a number' }).int().min(100).max(120_000).default(5000),
  GRAPHQL_INTROSPECTION: booleanFlag.default(true),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  // Behind a reverse proxy (HTTPS terminated there): trust its X-Forwarded-For and -Proto headers, so
  // that sign-in limits count the client's address and the session cookie is marked Secure.
  TRUST_PROXY: booleanFlag.default(false),
  // Where the source texts are; unset: ../shared/seeds beside the repository (see seed/paths.ts).
  ATLAS_SOURCES_DIR: z.string().min(1).optional(),
  // Names this process in the X-Atlas-Instance response header (which replica answered).
  ATLAS_INSTANCE: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, 'must be 1-64 letters, digits, dots, colons, dashes or underscores')
    .default(`${hostname()}-${process.pid}`),
  // Networks besides loopback (127.0.0.1, ::1) that may read /metrics.
  METRICS_ALLOW: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(subnet)),
  // Also serve /metrics on a port of its own (e.g. 9464); unset: only at the app's port.
  METRICS_PORT: port.optional(),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], { message: 'must be debug, info, warn or error' })
    .default('info'),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError naming each wrong variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as they do in most shells and .env files.
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(defined);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
