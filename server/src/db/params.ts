import neo4j from 'neo4j-driver';

/**
 * JavaScript numbers reach Neo4j as floats; years, line numbers and limits must be integers
 * (LIMIT rejects 5.0, and 1954.0 is not the year 1954). Converts whole numbers, deeply.
 */
export function cypherParams<T>(value: T): T {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value) as unknown as T;
  if (Array.isArray(value)) return value.map(cypherParams) as unknown as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherParams(v)])) as T;
  return value;
}
