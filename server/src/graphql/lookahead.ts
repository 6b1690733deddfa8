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

/** The fields selected at `path` below the resolved field (through fragments), by name. */
function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) level = level.flatMap((node) => collectFields(info, node.selectionSet, name));
  return level;
}

function collectFields(info: GraphQLResolveInfo, selections: SelectionSetNode | undefined, name: string): FieldNode[] {
  return (selections?.selections ?? []).flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    const nested =
      selection.kind === Kind.FRAGMENT_SPREAD
        ? info.fragments[selection.name.value]?.selectionSet
        : selection.selectionSet;
    return collectFields(info, nested, name);
  });
}

/** Whether the operation selects `name` on the objects at `path` below the resolved field. */
export function selectsFieldAt(info: GraphQLResolveInfo, path: readonly string[], name: string): boolean {
  return fieldsAt(info, path).some((node) => collectFields(info, node.selectionSet, name).length > 0);
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
  const [field] = fieldsAt(info, [name]);
  if (field === undefined) return undefined;
  const values = getArgumentValues(definition, field, info.variableValues);
  for (const arg of definition.args)
    if (values[arg.name] === null && arg.defaultValue !== undefined) values[arg.name] = arg.defaultValue;
  return values;
}
