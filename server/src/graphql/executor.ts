/**
 * Executes operations with graphql-jit: each distinct document is compiled once into a function
 * that walks exactly its fields, instead of graphql-js interpreting the document field by field
 * for every answer. On a 300-node neighbourhood that walk was most of the API's own time; compiled,
 * it takes about a third (npm run bench, and `tests/integration/executor.test.ts` for equal answers).
 *
 * Apollo Server accepts a custom executor only through its gateway interface. Everything else
 * stays Apollo's: parsing with its limits, validation (ours included), plugins, error formatting.
 */
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { RequestContext } from './context.js';
import { translateError } from './errors.js';

type Gateway = ApolloServerOptionsWithGateway<RequestContext>['gateway'];
type Answer = Record<string, unknown>;
/** A compiled document, or the errors that kept it from being compiled. */
type Compiled = CompiledQuery<Answer> | ExecutionResult<Answer>;

/** Compiled documents kept: the app sends a dozen; the GraphQL console's one-offs rotate out. */
const COMPILED_CACHE_SIZE = 200;

export function compiledExecutionGateway(schema: GraphQLSchema): Gateway {
  // Least recently used first: a Map keeps insertion order, and a hit is re-inserted at the end.
  const compiled = new Map<string, Compiled>();
  const compile = (key: string, build: () => Compiled): Compiled => {
    const hit = compiled.get(key);
    if (hit !== undefined) {
      compiled.delete(key);
      compiled.set(key, hit);
      return hit;
    }
    const fresh = build();
    compiled.set(key, fresh);
    if (compiled.size > COMPILED_CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
    return fresh;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        async executor({ document, operation, operationName, queryHash, request, context }) {
          const variables = request.variables ?? {};
          // No operation to run (several and none named, or an unknown name): Apollo still calls
          // the executor and expects graphql-js's error, which it turns into OPERATION_RESOLUTION_FAILURE.
          if (operation === undefined)
            return execute({
              schema,
              document,
              operationName: request.operationName,
              variableValues: variables,
              contextValue: context,
            });
          // Variables are checked by graphql-js as before, so that a bad one is still reported
          // the way Apollo recognises (BAD_USER_INPUT, 400) and clients know.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
          if (coerced.errors) return { errors: coerced.errors };
          const query = compile(`${operationName ?? ''}|${queryHash}`, () =>
            compileQuery<Answer>(schema, document, operationName ?? undefined),
          );
          // Not compiled: the document could not be (graphql-jit says why, as GraphQL errors).
          if (!isCompiledQuery(query)) return query;
          const result = await query.query(undefined, context, variables);
          // Errors of the lower layers get their code and HTTP status here, once, before Apollo
          // logs, formats and answers them.
          return result.errors
            ? { ...result, errors: result.errors.map((e) => translateError(asGraphQLJsError(e))) }
            : result;
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors look like graphql-js's but leave `extensions` undefined when the cause has
 * none, which Apollo's error formatting does not expect: rebuilt as graphql-js errors, same fields.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  return Object.assign(rebuilt, { locations: error.locations });
}
