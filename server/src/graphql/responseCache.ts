/**
 * The response cache: Apollo's response-cache plugin on an LRU bounded in bytes (InMemoryLRUCache),
 * anonymous query answers keyed by (document, operation, variables, data version). The graph
 * changes only when data is loaded or curated, and every such write bumps the data version
 * (cypher/queries/bump-data-version.cypher), so an answer is valid exactly as long as its version
 * is current: no expiry to tune, and a second API process sees a new version within
 * VERSION_MAX_AGE_MS. Answers do not depend on the interface language (they carry both), so
 * neither does the key. Signed-in requests (curators read their own writes) and mutations bypass it.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { RequestContext } from './context.js';

/** The curation session's cookie: a request carrying it is answered fresh, never from a cache. */
export const SESSION_COOKIE = 'atlas_session';

/** A process reads the data version at most this often; a write is seen within about this time. */
export const VERSION_MAX_AGE_MS = 250;

/**
 * How long an entry may live. Entries are made stale by a new data version, not by time, and the
 * LRU evicts by size; this only bounds how long an unused old-version entry can sit in a cache
 * that is never full.
 */
const ENTRY_TTL_SECONDS = 24 * 60 * 60;

export function hasSessionCookie(cookieHeader: string | undefined): boolean {
  return cookieHeader !== undefined && new RegExp(`(^|;)\\s*${SESSION_COOKIE}=`).test(cookieHeader);
}

/**
 * The data version, read from the database at most every `maxAgeMs` (concurrent requests share
 * one read). A failed read is remembered as unknown for as long, and the caches are bypassed.
 */
export class DataVersionClock {
  private value: number | null = null;
  private readAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<number | null> | null = null;

  constructor(
    private readonly read: () => Promise<number>,
    private readonly maxAgeMs = VERSION_MAX_AGE_MS,
  ) {}

  /** The last version read, without reading (metrics scrapes); null before the first read. */
  get known(): number | null {
    return this.value;
  }

  current(): Promise<number | null> {
    if (performance.now() - this.readAt < this.maxAgeMs) return Promise.resolve(this.value);
    this.pending ??= (async () => {
      // Counted from when the read started: a write committed before that is in the value.
      const startedAt = performance.now();
      try {
        this.value = await this.read();
      } catch {
        this.value = null;
      }
      this.readAt = startedAt;
      this.pending = null;
      return this.value;
    })();
    return this.pending;
  }
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  /** hits / (hits + misses); 0 before any lookup. */
  hitRate: number;
  entries: number;
  /** UTF-8 bytes of the stored answers (what the LRU is bounded by). */
  bytes: number;
  maxBytes: number;
}

export interface ResponseCache {
  plugins: ApolloServerPlugin<RequestContext>[];
  stats(): ResponseCacheStats;
}

/** Whether this request's answer may be read from and written to the cache. */
const cacheable = (request: GraphQLRequestContext<RequestContext>) =>
  request.operation?.operation === 'query' && request.contextValue.cacheVersion !== null;

export function createResponseCache(maxBytes: number): ResponseCache {
  const counts = { hits: 0, misses: 0, entries: 0, bytes: 0 };
  const lru = new InMemoryLRUCache<string>({
    maxSize: maxBytes,
    sizeCalculation: (value: string) => Buffer.byteLength(value),
    onInsert: (value: string) => {
      counts.entries++;
      counts.bytes += Buffer.byteLength(value);
    },
    dispose: (value: string) => {
      counts.entries--;
      counts.bytes -= Buffer.byteLength(value);
    },
  });
  const counting: KeyValueCache<string> = {
    async get(key) {
      const value = await lru.get(key);
      if (value === undefined) counts.misses++;
      else counts.hits++;
      return value;
    },
    set: (key, value, options) => lru.set(key, value, options),
    delete: (key) => lru.delete(key),
  };
  // Cache control is disabled (server.ts): nothing computes a policy per field. Every cacheable
  // answer gets the same one, since it is valid for its data version, whatever its fields.
  const policy: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          if (cacheable(request)) request.overallCachePolicy.replace({ maxAge: ENTRY_TTL_SECONDS, scope: 'PUBLIC' });
        },
      };
    },
  };
  return {
    plugins: [
      policy,
      responseCachePlugin<RequestContext>({
        cache: counting,
        extraCacheKeyData: async (request) => ({ dataVersion: request.contextValue.cacheVersion }),
        shouldReadFromCache: async (request) => cacheable(request),
        shouldWriteToCache: async (request) => cacheable(request),
      }),
    ],
    stats: () => ({
      hits: counts.hits,
      misses: counts.misses,
      hitRate: counts.hits + counts.misses === 0 ? 0 : counts.hits / (counts.hits + counts.misses),
      entries: counts.entries,
      bytes: counts.bytes,
      maxBytes,
    }),
  };
}
