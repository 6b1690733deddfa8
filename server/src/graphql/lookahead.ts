/**
 * A look at what the operation asks below a field, so that a resolver can read the whole answer
 * in one query (as the Neo4j GraphQL library composes one Cypher query per operation) instead of
 * letting each level of the answer start its own round trip.
 */
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

function findField(info: GraphQLResolveInfo, selections: SelectionSetNode | undefined, name: string): FieldNode | null {
  for (const selection of selections?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === name) return selection;
    const nested =
      selection.kind === Kind.FRAGMENT_SPREAD
        ? info.fragments[selection.name.value]?.selectionSet
        : selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : undefined;
    const found = nested ? findField(info, nested, name) : null;
    if (found) return found;
  }
  return null;
}

/**
 * The arguments of the first `name` field selected directly below the resolved field (through
 * fragments), with the SDL's defaults for those left out or null (as defaultNullArguments gives
 * the field's own resolver); undefined when the operation does not select it.
 */
export function selectedFieldArguments(info: GraphQLResolveInfo, name: string): Record<string, unknown> | undefined {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[name] : undefined;
  if (definition === undefined) return undefined;
  for (const node of info.fieldNodes) {
    const field = findField(info, node.selectionSet, name);
    if (field === null) continue;
    const values = getArgumentValues(definition, field, info.variableValues);
    for (const arg of definition.args)
      if (values[arg.name] === null && arg.defaultValue !== undefined) values[arg.name] = arg.defaultValue;
    return values;
  }
  return undefined;
}
