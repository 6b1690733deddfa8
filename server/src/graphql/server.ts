/** The Apollo Server: schema from the SDL file, limits, error masking and request logging. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.js';
import type { RequestContext } from './context.js';
import { compiledExecutionGateway } from './executor.js';
import { APOLLO_CLIENT_ERROR_CODES, classifyDatabaseError, ErrorCode } from './errors.js';
import { DEFAULT_QUERY_LIMITS, queryLimitsRule, type QueryLimits } from './limits.js';
import { evidenceResolvers } from './evidenceResolvers.js';
import { resolvers } from './resolvers.js';

export const SCHEMA_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql');
export const typeDefs = readFileSync(SCHEMA_PATH, 'utf8');

/** Tokens a document may have: generous for real queries (the introspection query has ~300). */
export const MAX_TOKENS = 5000;

export interface ApolloOptions {
  introspection: boolean;
  log: Logger;
  limits?: QueryLimits;
}

/** Codes a client may see as they are; everything else is masked. */
const PUBLIC_CODES = new Set<string>([...Object.values(ErrorCode), ...APOLLO_CLIENT_ERROR_CODES]);

export function createApolloServer({ introspection, log, limits = DEFAULT_QUERY_LIMITS }: ApolloOptions) {
  const errorLogging: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const original = unwrapResolverError(error);
            const databaseError = classifyDatabaseError(original);
            if (databaseError) {
              contextValue?.log?.warn('database error', {
                code: databaseError.extensions.code,
                cause: (original as { code?: string }).code,
                operationName,
              });
            } else if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
              contextValue?.log?.info('request refused', { code, message: error.message, operationName });
            } else {
              (contextValue?.log ?? log).error('request failed', { operationName, error: original, path: error.path });
            }
          }
        },
        // The database being away is the server's condition, not the client's mistake: 503, so
        // clients and proxies know to retry. Every error carries the request id to quote.
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const errors = response.body.singleResult.errors;
          if (
            errors.some((e) => e.extensions?.code === ErrorCode.UNAVAILABLE || e.extensions?.code === ErrorCode.TIMEOUT)
          ) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
          if (contextValue?.requestId)
            response.body.singleResult.errors = errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, requestId: contextValue.requestId },
            }));
        },
      };
    },
  };

  return new ApolloServer<RequestContext>({
    gateway: compiledExecutionGateway(makeExecutableSchema({ typeDefs, resolvers: [resolvers, evidenceResolvers] })),
    introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [queryLimitsRule(limits)],
    // Cache control is on by default and wraps every field resolver to compute a cache policy; no
    // cache here reads it, and on a 300-node neighbourhood it is measurable work (npm run bench).
    plugins: [errorLogging, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    // Database errors become UNAVAILABLE or TIMEOUT; anything unexpected is masked. The full error
    // is in the log under the request id, which the client gets to quote.
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const original = unwrapResolverError(error);
      const mapped = classifyDatabaseError(original);
      if (mapped)
        return { message: mapped.message, path: formatted.path, extensions: { code: mapped.extensions.code } };
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
        const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
        return { ...formatted, extensions };
      }
      return {
        message: 'Internal server error',
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    },
  });
}
