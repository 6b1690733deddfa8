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

describe('docker compose, profile scale', () => {
  // Merge keys (<<) resolved, as Compose does: the replicas are the app's service with changes.
  const scaled = parse(read('docker-compose.yml'), { merge: true }) as {
    services: Record<string, Service & { profiles?: string[]; volumes?: string[] }>;
  };
  const api = scaled.services.api!;
  const lb = scaled.services.lb!;

  it('runs API replicas like the app, without a published port or seed loading, after the app is healthy', () => {
    expect(api.profiles).toEqual(['scale']);
    expect(api.build).toBe('.');
    expect(api.ports).toEqual([]);
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.SEED_ON_START).toBe('never');
    expect(api.environment.METRICS_PORT).toBe('9464');
    expect(api.healthcheck.test.join(' ')).toMatch(/readyz/);
    expect(api.depends_on).toEqual({ app: { condition: 'service_healthy' } });
  });

  it('puts nginx in front of every replica with the repository template, once they are healthy', () => {
    expect(lb.profiles).toEqual(['scale']);
    expect(lb.image).toMatch(/^nginx:/);
    expect(lb.volumes).toContain('./deploy/nginx/atlas.conf.template:/etc/nginx/templates/default.conf.template:ro');
    expect(lb.environment.ATLAS_UPSTREAM_SERVERS).toMatch(/^server api:4000 /);
    expect(lb.ports).toEqual(['8080:8080']);
    expect(lb.depends_on).toEqual({ api: { condition: 'service_healthy' } });
    expect(lb.healthcheck.test.join(' ')).toMatch(/readyz/);
  });

  it("the template retries idempotent requests elsewhere and fills in only the compose file's variables", () => {
    const template = read('deploy/nginx/atlas.conf.template');
    expect(template).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
    const variables = [...template.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]);
    expect(new Set(variables)).toEqual(new Set(['ATLAS_UPSTREAM_SERVERS', 'ATLAS_LISTEN']));
    expect(Object.keys(lb.environment)).toEqual(expect.arrayContaining(['ATLAS_UPSTREAM_SERVERS', 'ATLAS_LISTEN']));
  });
});
