/**
 * The schema has a query and a mutation type (curation), no subscription type. graphql-js 16
 * validates `subscription { … }` (or any operation) against a schema without that root type as if it were fine and fails only
 * when executing (an internal error); this rule refuses such a document at validation instead,
 * naming the operation type the schema lacks.
 */
import { GraphQLError, type ValidationRule } from 'graphql';

export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(
        `The schema has no ${node.operation} type: this API answers queries and mutations, not ${node.operation}s.`,
        { nodes: node },
      ),
    );
  },
});
