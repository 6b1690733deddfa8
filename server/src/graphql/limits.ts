/**
 * Validation rules that refuse abusive documents before anything runs: too deep, too many
 * aliases, or too costly (fields multiplied by the page sizes they ask for). Apollo answers
 * validation failures with HTTP 400.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from './errors.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 20_000 };

/** Arguments that say how many items a list field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'];

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });
}

/** Page size a field asks for; a variable's value is not known at validation, so assume a typical page. */
const ASSUMED_VARIABLE_PAGE = 50;

function pageSize(node: ValueNode | undefined): number {
  if (node?.kind === Kind.INT) return Math.max(1, Number(node.value));
  if (node?.kind === Kind.VARIABLE) return ASSUMED_VARIABLE_PAGE;
  return 1;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * Walks a selection set through fragments. Introspection (`__schema`, `__type`) is left out of
 * depth and cost: its shape is fixed and it can be switched off.
 */
function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): Measure {
  let depth = 0;
  let cost = 0;
  let aliases = 0;
  for (const selection of selectionSet.selections) {
    let inner: Measure | null = null;
    if (selection.kind === Kind.FIELD) {
      const field: FieldNode = selection;
      if (field.alias) aliases++;
      if (field.name.value.startsWith('__')) continue;
      const child = field.selectionSet ? measure(field.selectionSet, fragments, visiting) : null;
      const sizeArg = field.arguments?.find((a) => SIZE_ARGUMENTS.includes(a.name.value));
      const multiplier = pageSize(sizeArg?.value);
      depth = Math.max(depth, 1 + (child?.depth ?? 0));
      cost += multiplier * (1 + (child?.cost ?? 0));
      aliases += child?.aliases ?? 0;
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) inner = measure(selection.selectionSet, fragments, visiting);
    else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      inner = measure(fragment.selectionSet, fragments, visiting);
      visiting.delete(name);
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
    aliases += inner.aliases;
  }
  return { depth, cost, aliases };
}

export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const def of document.definitions)
        if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const m = measure(def.selectionSet, fragments, new Set());
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
