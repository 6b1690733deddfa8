/**
 * The HTTP surface: GraphQL at /graphql, liveness at /healthz, readiness at /readyz, metrics at
 * /metrics (loopback and METRICS_ALLOW only), and the built web app (with a strict Content-Security-Policy) from the same origin.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import type { CurationService } from '../curation/service.js';
import { isSessionToken } from '../curation/auth.js';
import type { SignedInSession } from '../db/curationRepository.js';
import { SessionBookmarks } from '../db/sessions.js';
import type { AtlasRepository } from '../db/atlasRepository.js';
import { createLoaders, type RequestContext, type RequestSession } from '../graphql/context.js';
import type { ErrorCode } from '../graphql/errors.js';
import {
  hasSessionCookie,
  SESSION_COOKIE,
  type DataVersionClock,
  type ResponseCache,
} from '../graphql/responseCache.js';
import type { Logger } from '../logger.js';
import { REPO_ROOT } from '../repoRoot.js';
import { metricsAllowlist } from './metricsEndpoint.js';

export const WEB_DIST = path.join(REPO_ROOT, 'web', 'dist');
export const MAX_BODY = '1mb';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export interface AppDeps {
  apollo: ApolloServer<RequestContext>;
  repo: AtlasRepository;
  curation: CurationService;
  /** Behind a reverse proxy: trust its X-Forwarded-For / X-Forwarded-Proto (client address, HTTPS). */
  trustProxy: boolean;
  log: Logger;
  corsOrigins: string[];
  /** True once the schema is applied and the data loaded; readiness also pings the database. */
  isInitialised: () => boolean;
  /** The data version that ETags and the response cache's keys carry. */
  dataVersion: DataVersionClock;
  /** Null when RESPONSE_CACHE_MB is 0. */
  responseCache: ResponseCache | null;
  /** Named in the X-Atlas-Instance header of every response: which replica answered. */
  instance: string;
  /** GET /metrics (metricsEndpoint.ts: allowlisted). */
  metrics: RequestHandler;
}

/**
 * Anonymous GET answers may be kept by browsers, proxies and CDNs, and must be revalidated: a
 * repeat costs a 304 until the data version changes.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
/** A signed-in reader sees their own writes: nothing may keep their answers. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/**
 * The tag of a GET answer: the data version and a hash of what was asked (document or persisted
 * query id, operation, variables), so it changes when either does.
 */
function entityTag(version: number, query: Record<string, unknown>): string {
  const asked = ['query', 'operationName', 'variables', 'extensions'].map((name) => query[name] ?? null);
  return `"v${version}-${createHash('sha256').update(JSON.stringify(asked)).digest('base64url').slice(0, 27)}"`;
}

function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === tag || t === '*');
}

/** Apollo's CSRF prevention lets a GET through only with one of these headers; so does the 304 here. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/** Loopback callers only: /cachez is for the operator on the machine, not the world. */
const fromLoopback = metricsAllowlist([]);

/**
 * Readiness answers within this, whatever state the database is in: probes give up after about a
 * second, and with Neo4j just killed a ping waited up to 3.3 s for the driver's connection
 * attempts and retry (resilience suite).
 */
export const READINESS_PING_MS = 1000;

/** True if the database answered a ping within the time; false on an error or no answer. */
async function pingWithin(repo: AtlasRepository, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([repo.ping().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * How deeply a request body may nest. No input of the schema nests more than a few levels, and
 * what comes after the parser (the response cache's key, the metrics, graphql's coercion) walks
 * the variables recursively: a body nested thousands of levels would overflow the stack there.
 */
export const MAX_BODY_NESTING = 32;

/** The body's nesting depth, counted without recursion, and only up to `limit + 1`. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** A GraphQL-shaped error body, so clients parse every refusal the same way. */
function errorBody(message: string, code: ErrorCode, requestId: string) {
  return { errors: [{ message, extensions: { code, requestId } }] };
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

/**
 * The request's session: its cookie's token, the user it stands for and the bookmarks of its
 * writes (read once, on the leader: CurationRepository.signedInSession), and the cookie's setters.
 * A cookie value that signIn cannot have made (another length or alphabet, kilobytes of it) is no
 * session: the request is anonymous, and nothing of it reaches the database.
 */
function requestSession(req: Request, res: Response, curation: CurationService): RequestSession {
  const cookie = cookieValue(req.headers.cookie, SESSION_COOKIE);
  const token = cookie !== null && isSessionToken(cookie) ? cookie : null;
  let signedIn: Promise<SignedInSession | null> | null = null;
  const lookUp = () => (signedIn ??= curation.auth.session(token));
  const options = { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' } as const;
  return {
    token,
    bookmarks: token === null ? null : new SessionBookmarks(async () => (await lookUp())?.bookmarks ?? []),
    address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    viewer: async () => (await lookUp())?.user ?? null,
    start: (value, expires) => void res.cookie(SESSION_COOKIE, value, { ...options, expires }),
    end: () => void res.clearCookie(SESSION_COOKIE, options),
  };
}

export function createApp({
  apollo,
  repo,
  curation,
  trustProxy,
  log,
  corsOrigins,
  isInitialised,
  dataVersion,
  responseCache,
  instance,
  metrics,
}: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Only behind a proxy that sets them may X-Forwarded-* decide req.ip and req.secure.
  app.set('trust proxy', trustProxy);

  const requestIds: RequestHandler = (req, res, next) => {
    const id = randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    res.setHeader('x-atlas-instance', instance);
    next();
  };
  const securityHeaders: RequestHandler = (_req, res, next) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    next();
  };
  const cors: RequestHandler = (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && corsOrigins.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'origin');
      res.setHeader('access-control-allow-headers', 'content-type, apollo-require-preflight');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-allow-credentials', 'true');
      if (req.method === 'OPTIONS') return void res.status(204).end();
    }
    next();
  };
  app.use(requestIds, securityHeaders);

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const database = await pingWithin(repo, READINESS_PING_MS);
    const ready = database && isInitialised();
    res.status(ready ? 200 : 503).json({ ready, database, initialised: isInitialised() });
  });
  app.get('/metrics', metrics);

  app.get('/cachez', async (req, res) => {
    if (!fromLoopback(req.socket.remoteAddress)) return void res.status(404).end();
    res.json({ dataVersion: await dataVersion.current(), responseCache: responseCache?.stats() ?? null });
  });

  /**
   * Anonymous reads carry the data version they are valid for (the response cache's key, the
   * ETag); a GET whose If-None-Match holds the current tag is answered 304 without running it.
   */
  const refuseDeepBodies: RequestHandler = (req, res, next) => {
    if (nestingDepth(req.body, MAX_BODY_NESTING) <= MAX_BODY_NESTING) return next();
    const message = `The request body is nested more than ${MAX_BODY_NESTING} levels deep.`;
    res.status(400).json(errorBody(message, 'BAD_REQUEST', String(res.locals.requestId)));
  };

  const httpCaching: RequestHandler = async (req, res, next) => {
    if (hasSessionCookie(req.headers.cookie)) {
      res.setHeader('cache-control', PRIVATE_CACHE_CONTROL);
      return next();
    }
    const isGet = req.method === 'GET' && PREFLIGHT_HEADERS.some((name) => req.headers[name] !== undefined);
    if (!isGet && responseCache === null) return next();
    const version = await dataVersion.current();
    res.locals.cacheVersion = responseCache === null ? null : version;
    if (isGet && version !== null) {
      const tag = entityTag(version, req.query as Record<string, unknown>);
      res.locals.httpCache = { etag: tag, 'cache-control': PUBLIC_CACHE_CONTROL };
      if (matchesTag(req.headers['if-none-match'], tag))
        return void res.status(304).setHeader('etag', tag).setHeader('cache-control', PUBLIC_CACHE_CONTROL).end();
    }
    next();
  };

  app.use(
    '/graphql',
    cors,
    express.json({ limit: MAX_BODY, type: ['application/json', 'application/graphql-response+json'] }),
    refuseDeepBodies,
    httpCaching,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const requestId = String(res.locals.requestId);
        const session = requestSession(req, res, curation);
        // Read-your-writes: a signed-in session's reads (and the curation service's) wait for its
        // writes on whichever member serves them; anonymous ones read what their member has.
        const { token, bookmarks } = session;
        const reader = token && bookmarks ? repo.readingAfter(bookmarks) : repo;
        const curator = token && bookmarks ? curation.forSession(token, bookmarks) : curation;
        return {
          requestId,
          log: log.child({ requestId }),
          repo: reader,
          loaders: createLoaders(reader, curator),
          cacheVersion: (res.locals.cacheVersion as number | null | undefined) ?? null,
          httpCache: res.locals.httpCache as Record<string, string> | undefined,
          curation: curator,
          session,
        };
      },
    }),
  );

  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: 'index.html', maxAge: '1h' }));
    // The explorer keeps its view in the query string; any other path is the app too.
    app.get('/{*path}', (_req, res) => void res.sendFile(path.join(WEB_DIST, 'index.html')));
  } else {
    app.get(
      '/',
      (_req, res) =>
        void res
          .status(503)
          .type('text')
          .send('The web app is not built: run `npm run build:web` (npm start does it).'),
    );
  }

  // Body-parser refusals (malformed JSON, too large, wrong charset) and anything unexpected.
  const errors: ErrorRequestHandler = (error, _req, res, _next) => {
    const requestId = String(res.locals.requestId);
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error('unhandled error', { requestId, error });
    const message =
      error?.type === 'entity.too.large'
        ? `The request body is larger than ${MAX_BODY}.`
        : error?.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : status === 500
            ? 'Internal server error'
            : String(error?.message ?? 'Bad request');
    res.status(status).json(errorBody(message, status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId));
  };
  app.use(errors);
  return app;
}
