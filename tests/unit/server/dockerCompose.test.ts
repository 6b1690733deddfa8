/** docker-compose.yml and the Dockerfile, checked without Docker: this machine has no engine. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../server/src/repoRoot.js';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
interface Service {
  image?: string;
  build?: string;
  environment: Record<string, string>;
  healthcheck: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  ports: string[];
}
const compose = parse(read('docker-compose.yml')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe('docker compose', () => {
  it('runs the same Neo4j version as the local launcher', () => {
    const launcherVersion = read('launcher/pom.xml').match(/<neo4j\.version>([^<]+)</)![1];
    expect(compose.services.neo4j!.image).toBe(`neo4j:${launcherVersion}-community`);
  });

  it('takes the password from the env file and uses Neo4j 5 memory setting names', () => {
    const env = compose.services.neo4j!.environment;
    expect(env.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining(['NEO4J_server_memory_heap_max__size', 'NEO4J_server_memory_pagecache_size']),
    );
    expect(read('.env.example')).toMatch(/^NEO4J_PASSWORD=/m);
  });

  it('checks Neo4j health with a real Bolt query', () => {
    expect(compose.services.neo4j!.healthcheck.test.join(' ')).toMatch(
      /cypher-shell .*bolt:\/\/localhost:7687.*RETURN 1/,
    );
  });

  it('starts the app once Neo4j is healthy, pointed at it', () => {
    const app = compose.services.app!;
    expect(app.build).toBe('.');
    expect(app.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.healthcheck.test.join(' ')).toMatch(/readyz/);
    expect(app.ports).toContain('4000:4000');
  });

  it('keeps data in named volumes', () => {
    expect(Object.keys(compose.volumes)).toEqual(['neo4j-data', 'neo4j-logs']);
  });

  it('builds in two stages and runs as a non-root user', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/npm run build:web/);
  });
});
