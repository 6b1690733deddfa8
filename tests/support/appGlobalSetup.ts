/**
 * Browser tests drive the real app: this starts it in-process on a free port, against the Neo4j
 * from neo4jGlobalSetup, with the seed data loaded.
 */
import type { TestProject } from 'vitest/node';
import { startAtlas, type RunningAtlas } from '../../server/src/atlas.js';
import { readConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

let atlas: RunningAtlas | null = null;

export default async function setup(project: TestProject) {
  const config = readConfig({
    ...process.env,
    NEO4J_URI: project.getProvidedContext().neo4jUri,
    NEO4J_PASSWORD: project.getProvidedContext().neo4jPassword ?? '',
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'always',
    LOG_LEVEL: 'warn',
  });
  atlas = await startAtlas(config, createLogger('warn', { component: 'test-app' }));
  console.log(`[app] Alliance Atlas for browser tests at ${atlas.url}`);
  project.provide('appUrl', atlas.url);
  return async () => {
    await atlas?.stop();
    atlas = null;
  };
}
