/**
 * Configuration, read and validated once at start-up. A wrong value stops the process with a
 * message naming the variable.
 */
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './repoRoot.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0).max(65535);

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
