/**
 * Validation rules that refuse abusive documents before anything runs: too deep, too many
 * aliases, or too costly (fields multiplied by the page sizes they ask for). Apollo answers
 * validation failures with HTTP 400.
 */
import {
  GraphQLError,
  Kind,
  type GraphQLSchema,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 20_000 };

/** Arguments that say how many items a list field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'];

/** Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED (HTTP 400); the message says which limit. */
function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message);
}

/** Page size a field asks for; a variable's value is not known at validation, so assume a typical page. */
const ASSUMED_VARIABLE_PAGE = 50;

function pageSize(node: ValueNode | undefined, schemaDefault: number | undefined): number {
  if (node?.kind === Kind.INT) return Math.max(1, Number(node.value));
  if (node?.kind === Kind.VARIABLE) return ASSUMED_VARIABLE_PAGE;
  return schemaDefault ?? 1;
}

/**
 * The page size each field returns when the client does not say (`relations` 50, `neighborhood`
 * 300 …), read from the schema's argument defaults, so that leaving `first` out costs what it returns.
 */
function defaultPageSizes(schema: GraphQLSchema): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const type of Object.values(schema.getTypeMap())) {
    // Duck-typed rather than isObjectType(): Apollo may hold another copy of graphql-js (ESM vs CJS).
    if (type.name.startsWith('__') || !('getFields' in type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!('args' in field)) continue;
      const sizeArg = field.args.find((a: { name: string }) => SIZE_ARGUMENTS.includes(a.name));
      if (typeof sizeArg?.defaultValue === 'number') sizes.set(field.name, sizeArg.defaultValue);
    }
  }
  return sizes;
}

/** What one walk needs: the document's fragments, page-size defaults, and each fragment's measure once. */
interface Walk {
  fragments: Record<string, FragmentDefinitionNode>;
  defaults: Map<string, number>;
  measured: Map<string, Measure>;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * Walks a selection set through fragments; each fragment is measured once (a document that spreads
 * fragments into fragments must not cost exponential time to check). Default page sizes are
 * looked up by field name on any type: ours are the same wherever a name repeats. Introspection
 * (`__schema`, `__type`) is left out of depth and cost: its shape is fixed and it can be switched off.
 */
function measure(selectionSet: SelectionSetNode, walk: Walk, visiting: Set<string>): Measure {
  let depth = 0;
  let cost = 0;
  let aliases = 0;
  for (const selection of selectionSet.selections) {
    let inner: Measure;
    if (selection.kind === Kind.FIELD) {
      const field: FieldNode = selection;
      if (field.alias) aliases++;
      if (field.name.value.startsWith('__')) continue;
      const child = field.selectionSet ? measure(field.selectionSet, walk, visiting) : null;
      const sizeArg = field.arguments?.find((a) => SIZE_ARGUMENTS.includes(a.name.value));
      const multiplier = pageSize(sizeArg?.value, walk.defaults.get(field.name.value));
      depth = Math.max(depth, 1 + (child?.depth ?? 0));
      cost += multiplier * (1 + (child?.cost ?? 0));
      aliases += child?.aliases ?? 0;
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) inner = measure(selection.selectionSet, walk, visiting);
    else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) continue;
      let known = walk.measured.get(name);
      if (!known) {
        visiting.add(name);
        known = measure(fragment.selectionSet, walk, visiting);
        visiting.delete(name);
        walk.measured.set(name, known);
      }
      inner = known;
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
    aliases += inner.aliases;
  }
  return { depth, cost, aliases };
}

export function queryLimitsRule(limits: QueryLimits) {
  let defaults: Map<string, number> | null = null;
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      defaults ??= defaultPageSizes(context.getSchema());
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const def of document.definitions)
        if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const m = measure(def.selectionSet, { fragments, defaults, measured: new Map() }, new Set());
        const name = def.name ? `Operation ${def.name.value}` : 'The operation';
        if (m.depth > limits.maxDepth)
          context.reportError(tooComplex(`${name} is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}.`));
        if (m.aliases > limits.maxAliases)
          context.reportError(tooComplex(`${name} uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`));
        if (m.cost > limits.maxCost)
          context.reportError(
            tooComplex(
              `${name} could return about ${m.cost} values; the limit is ${limits.maxCost}. Ask for smaller pages.`,
            ),
          );
      }
      return false;
    },
  });
}
