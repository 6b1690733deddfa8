/**
 * Finds what a GraphQL result says about the graph: entities (objects with an id and an entity
 * kind) and relations (objects with an id, a relation type, and from/to), at any depth.
 */
import { isEntityKind, isRelationType } from '../vocabulary';

export interface ExtractedGraph {
  entityIds: string[];
  relations: { id: string; from: string; to: string }[];
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function endpointId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value.id === 'string') return value.id;
  return undefined;
}

export function extractGraph(result: unknown): ExtractedGraph {
  const entityIds = new Set<string>();
  const relations = new Map<string, { id: string; from: string; to: string }>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!isObject(value)) return;
    const { id, kind, type } = value;
    if (typeof id === 'string') {
      if (typeof kind === 'string' && isEntityKind(kind)) entityIds.add(id);
      const from = endpointId(value.from);
      const to = endpointId(value.to);
      if (typeof type === 'string' && isRelationType(type) && from !== undefined && to !== undefined) {
        relations.set(id, { id, from, to });
        entityIds.add(from);
        entityIds.add(to);
      }
    }
    Object.values(value).forEach(visit);
  };
  visit(result);
  return { entityIds: [...entityIds], relations: [...relations.values()] };
}
