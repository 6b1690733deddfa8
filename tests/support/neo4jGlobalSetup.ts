/**
 * Integration and browser tests run against a real Neo4j: the one named by NEO4J_URI, or a fresh
 * ephemeral local Neo4j started from the launcher. If it cannot start, the run fails and says why.
 */
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, ensureLauncherBuilt, type LocalNeo4j } from '../../server/src/neo4j/localNeo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string | null;
    /** Set when the tests started the database themselves (fault-injection tests need it). */
    localNeo4jPid: number | null;
  }
}

let local: LocalNeo4j | null = null;

export default async function setup(project: TestProject) {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    project.provide('neo4jUri', uri);
    project.provide('localNeo4jPid', null);
  } else {
    await ensureLauncherBuilt((msg) => console.log(`[neo4j] ${msg}`));
    const startedAt = Date.now();
    local = await startLocalNeo4j({ ephemeral: true, log: (msg) => console.log(`[neo4j] ${msg}`) });
    console.log(`[neo4j] local Neo4j ${local.version} at ${local.uri}, started in ${Date.now() - startedAt} ms`);
    project.provide('neo4jUri', local.uri);
    project.provide('localNeo4jPid', local.pid);
  }
  project.provide('neo4jUser', process.env.NEO4J_USER ?? 'neo4j');
  project.provide('neo4jPassword', uri ? (process.env.NEO4J_PASSWORD ?? null) : null);
  return async () => {
    await local?.stop();
    local = null;
  };
}
