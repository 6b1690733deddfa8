/**
 * What `/metrics` reports (Prometheus text format, prom-client): GraphQL request durations by
 * operation and outcome, errors by code, the response cache, Neo4j sessions, the data version and
 * the process. One registry per app, so that several apps in one process (the tests) keep apart.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { SessionObserver } from '../db/sessions.js';
import type { RequestContext } from './context.js';
import type { ResponseCacheStats } from './responseCache.js';

/** What the response cache reports (its stats(), read at every scrape). */
type CacheStats = Pick<ResponseCacheStats, 'hits' | 'misses' | 'bytes' | 'entries'>;

/** The data version this process knows, as its version clock tells it (null: unknown). */
export type DataVersionSource = () => number | null | undefined | Promise<number | null | undefined>;

/** Operation names come from clients: only this many distinct ones get a label, later ones count as "other". */
export const MAX_OPERATION_LABELS = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface AtlasMetrics {
  registry: Registry;
  /** Observes each GraphQL request: duration by operation and outcome, errors by code. */
  apolloPlugin: ApolloServerPlugin<RequestContext>;
  /** Counts Neo4j sessions and how long each waited for a connection and BEGIN. */
  sessions: SessionObserver;
  /** Reads the response cache's counters at every scrape (the cache module's stats function). */
  readCacheStats(source: () => CacheStats): void;
  /** Reads the data version this process last saw at every scrape. */
  readDataVersion(source: DataVersionSource): void;
}

export function createMetrics(): AtlasMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const duration = new Histogram({
    name: 'atlas_graphql_request_duration_seconds',
    help: 'GraphQL requests from start to response, by operation name and outcome (ok or error).',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const errors = new Counter({
    name: 'atlas_graphql_errors_total',
    help: 'Errors in GraphQL responses, by error code (the SDL enum ErrorCode).',
    labelNames: ['code'] as const,
    registers,
  });
  const acquisition = new Histogram({
    name: 'atlas_neo4j_session_acquisition_seconds',
    help: 'From opening a Neo4j session until its transaction held a connection and had begun.',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 3],
    registers,
  });
  const sessionsOpened = new Counter({
    name: 'atlas_neo4j_sessions_total',
    help:
      'Neo4j sessions opened, by access mode (READ: a secondary on a cluster; WRITE: the leader) and ' +
      "whether they waited for a signed-in session's bookmarks (read-your-writes).",
    labelNames: ['access_mode', 'bookmarks'] as const,
    registers,
  });
  const activeSessions = new Gauge({
    name: 'atlas_neo4j_active_sessions',
    help: 'Neo4j sessions open now.',
    registers,
  });

  let cacheStats: (() => CacheStats) | undefined;
  const cacheCounter = (name: string, help: string, pick: (s: CacheStats) => number) =>
    new Counter({
      name,
      help,
      registers,
      collect() {
        if (cacheStats === undefined) return;
        this.reset();
        this.inc(pick(cacheStats()));
      },
    });
  const cacheGauge = (name: string, help: string, pick: (s: CacheStats) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        if (cacheStats !== undefined) this.set(pick(cacheStats()));
      },
    });
  cacheCounter('atlas_response_cache_hits_total', 'Responses answered from the response cache.', (s) => s.hits);
  cacheCounter('atlas_response_cache_misses_total', 'Cacheable requests the cache could not answer.', (s) => s.misses);
  cacheGauge('atlas_response_cache_size_bytes', 'Bytes the response cache holds.', (s) => s.bytes);
  cacheGauge('atlas_response_cache_entries', 'Responses the response cache holds.', (s) => s.entries);

  let dataVersion: DataVersionSource | undefined;
  new Gauge({
    name: 'atlas_data_version',
    help: 'The data version (AtlasMeta.version) this process last saw.',
    registers,
    async collect() {
      const version = await dataVersion?.();
      if (typeof version === 'number') this.set(version);
    },
  });

  const operationLabels = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (operationLabels.has(name)) return name;
    if (operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
    operationLabels.add(name);
    return name;
  };

  const apolloPlugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      return {
        async didEncounterErrors({ errors: found }) {
          for (const error of found) errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
        async willSendResponse({ operationName, request, response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          stopTimer({
            operation: operationLabel(operationName ?? request.operationName),
            outcome: failed ? 'error' : 'ok',
          });
        },
      };
    },
  };

  return {
    registry,
    apolloPlugin,
    sessions: {
      opened: ({ mode, bookmarked }) => {
        sessionsOpened.inc({ access_mode: mode, bookmarks: bookmarked ? 'with' : 'without' });
        activeSessions.inc();
      },
      closed: () => activeSessions.dec(),
      began: (ms) => acquisition.observe(ms / 1000),
    },
    readCacheStats(source) {
      cacheStats = source;
    },
    readDataVersion(source) {
      dataVersion = source;
    },
  };
}
