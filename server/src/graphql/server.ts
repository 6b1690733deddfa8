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
import { defaultNullArguments } from './arguments.js';
import type { RequestContext } from './context.js';
import { compiledExecutionGateway } from './executor.js';
import { ERRORS, isErrorCode, isPublicCode } from './errors.js';
import { DEFAULT_QUERY_LIMITS, queryLimitsRule, type QueryLimits } from './limits.js';
import { curationResolvers } from './curationResolvers.js';
import { evidenceResolvers } from './evidenceResolvers.js';
import { knownOperationTypesRule } from './operationTypes.js';
import type { ResponseCache } from './responseCache.js';
import { resolvers } from './resolvers.js';

export const SCHEMA_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql');
export const typeDefs = readFileSync(SCHEMA_PATH, 'utf8');

/** Tokens a document may have: generous for real queries (the introspection query has ~300). */
export const MAX_TOKENS = 5000;

export interface ApolloOptions {
  introspection: boolean;
  log: Logger;
  limits?: QueryLimits;
  /** Null: every answer is computed afresh. */
  responseCache?: ResponseCache | null;
  /** More plugins, such as the metrics' (metrics.ts). */
  plugins?: ApolloServerPlugin<RequestContext>[];
}

/** The executable schema: the SDL with every resolver map (the reference graphql-js runs in tests too). */
export const atlasSchema = () =>
  makeExecutableSchema({ typeDefs, resolvers: [resolvers, evidenceResolvers, curationResolvers] });

export function createApolloServer({
  introspection,
  log,
  limits = DEFAULT_QUERY_LIMITS,
  responseCache = null,
  plugins = [],
}: ApolloOptions) {
  const errorLogging: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          // Errors arrive translated (executor.ts): the code says what happened.
          for (const error of errors) {
            const code = error.extensions?.code;
            const original = unwrapResolverError(error);
            // The database's condition (UNAVAILABLE, TIMEOUT): a warning with the driver's code.
            if (isErrorCode(code) && ERRORS[code].raisedAs && (ERRORS[code].status ?? 0) >= 500) {
              contextValue?.log?.warn('database error', {
                code,
                cause: ((original as Error).cause as { code?: string } | undefined)?.code,
                operationName,
              });
            } else if (isPublicCode(code)) {
              contextValue?.log?.info('request refused', { code, message: error.message, operationName });
            } else {
              (contextValue?.log ?? log).error('request failed', { operationName, error: original, path: error.path });
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          // HTTP caching (http/app.ts): only a complete answer may be revalidated by its tag.
          if (contextValue?.httpCache && !response.body.singleResult.errors)
            for (const [name, value] of Object.entries(contextValue.httpCache)) response.http.headers.set(name, value);
          // Every error carries the request id to quote.
          if (!response.body.singleResult.errors) return;
          const errors = response.body.singleResult.errors;
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
    gateway: compiledExecutionGateway(defaultNullArguments(atlasSchema())),
    introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [knownOperationTypesRule, queryLimitsRule(limits)],
    // Cache control is on by default and wraps every field resolver to compute a cache policy; no
    // cache here reads it, and on a 300-node neighbourhood it is measurable work (npm run bench).
    plugins: [
      errorLogging,
      ...plugins,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...(responseCache?.plugins ?? []),
    ],
    // Errors with a public code go out as they are; anything unexpected is masked. The full error
    // is in the log under the request id, which the client gets to quote.
    formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
      if (isPublicCode(formatted.extensions?.code)) {
        const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
        return { ...formatted, extensions };
      }
      return {
        message: 'Internal server error',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    },
  });
}
