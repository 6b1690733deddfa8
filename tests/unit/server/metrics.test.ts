/** The metrics registry and the /metrics allowlist, without a server. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../server/src/config.js';
import { MAX_OPERATION_LABELS, createMetrics } from '../../../server/src/graphql/metrics.js';
import { metricsAllowlist } from '../../../server/src/http/metricsEndpoint.js';

describe('metrics registry', () => {
  it('reads the response cache and the data version from their sources at each scrape', async () => {
    const metrics = createMetrics();
    const stats = { hits: 3, misses: 2, bytes: 1234, entries: 5, hitRate: 0.6 };
    metrics.readCacheStats(() => stats);
    metrics.readDataVersion(async () => 7);
    let text = await metrics.registry.metrics();
    expect(text).toMatch(/^atlas_response_cache_hits_total 3$/m);
    expect(text).toMatch(/^atlas_response_cache_misses_total 2$/m);
    expect(text).toMatch(/^atlas_response_cache_size_bytes 1234$/m);
    expect(text).toMatch(/^atlas_response_cache_entries 5$/m);
    expect(text).toMatch(/^atlas_data_version 7$/m);
    stats.hits = 10;
    text = await metrics.registry.metrics();
    expect(text).toMatch(/^atlas_response_cache_hits_total 10$/m);
  });

  it('counts Neo4j sessions by access mode and bookmarks, and their acquisition time', async () => {
    const { sessions, registry } = createMetrics();
    sessions.opened({ mode: 'READ', bookmarked: false });
    sessions.opened({ mode: 'READ', bookmarked: true });
    sessions.opened({ mode: 'READ', bookmarked: true });
    sessions.began(12);
    sessions.closed();
    sessions.closed();
    const text = await registry.metrics();
    expect(text).toMatch(/^atlas_neo4j_sessions_total\{access_mode="READ",bookmarks="without"\} 1$/m);
    expect(text).toMatch(/^atlas_neo4j_sessions_total\{access_mode="READ",bookmarks="with"\} 2$/m);
    expect(text).not.toMatch(/access_mode="WRITE"/);
    expect(text).toMatch(/^atlas_neo4j_active_sessions 1$/m);
    expect(text).toMatch(/^atlas_neo4j_session_acquisition_seconds_count 1$/m);
    expect(text).toMatch(/^atlas_neo4j_session_acquisition_seconds_sum 0\.012$/m);
  });

  it('gives only a bounded number of client-chosen operation names a label of their own', async () => {
    const { apolloPlugin, registry } = createMetrics();
    const request = async (operationName: string | null) => {
      const hooks = await apolloPlugin.requestDidStart!({} as never);
      await hooks!.willSendResponse!({
        operationName,
        request: {},
        response: { body: { kind: 'single', singleResult: {} } },
      } as never);
    };
    for (let i = 0; i < MAX_OPERATION_LABELS + 5; i++) await request(`Op${i}`);
    await request(null);
    await request('bad name {');
    const text = await registry.metrics();
    const labelled = new Set(
      [...text.matchAll(/^atlas_graphql_request_duration_seconds_count\{operation="([^"]+)"/gm)].map((m) => m[1]),
    );
    expect(labelled.size).toBe(MAX_OPERATION_LABELS + 2);
    expect(labelled).toContain('other');
    expect(labelled).toContain('anonymous');
  });
});

describe('who may read /metrics', () => {
  it('admits loopback and the configured networks only', () => {
    const allowed = metricsAllowlist(readConfig({ METRICS_ALLOW: '10.1.0.0/16, fd00::/8' }).METRICS_ALLOW);
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.1.2.3', '::ffff:10.1.200.1', 'fd12::1'])
      expect(allowed(address), address).toBe(true);
    for (const address of ['10.2.0.1', '192.168.1.1', '127.0.0.2', 'fe80::1', '2001:db8::1', undefined])
      expect(allowed(address), String(address)).toBe(false);
  });

  it('refuses a configuration that is not a list of networks, naming the variable', () => {
    expect(() => readConfig({ METRICS_ALLOW: '10.0.0.0/8, 300.1.1.1' })).toThrow(/METRICS_ALLOW.*300\.1\.1\.1/s);
    expect(() => readConfig({ METRICS_ALLOW: '10.0.0.0/33' })).toThrow(/METRICS_ALLOW/);
    expect(() => readConfig({ METRICS_PORT: '99999' })).toThrow(/METRICS_PORT/);
    expect(() => readConfig({ ATLAS_INSTANCE: 'has spaces' })).toThrow(/ATLAS_INSTANCE/);
  });
});
