/**
 * Comparing frameworks: which actors hold a membership-like relation to which framework (the
 * matrix), and which actors each pair of frameworks shares (the overlaps). Pure: the memberships
 * come from data access, the actors' details are the caller's to fetch.
 */

export interface MembershipCell<F, R> {
  framework: F;
  /** The actor's membership-like relations to this framework; empty when none. */
  relations: R[];
}

export interface ComparisonRow<F, R> {
  actorId: string;
  /** One cell per framework, in the order of the frameworks compared. */
  cells: MembershipCell<F, R>[];
}

export interface Overlap<F> {
  a: F;
  b: F;
  actorIds: string[];
}

export interface Comparison<F, R> {
  frameworks: F[];
  rows: ComparisonRow<F, R>[];
  overlaps: Overlap<F>[];
  /** Every actor in some row, in the order first met. */
  actorIds: string[];
}

/**
 * The matrix and the overlaps of the given frameworks. `memberships` holds, per framework id, the
 * relations from actors to it. Rows list the actors in the most frameworks first (the overlaps are
 * what a comparison is for), then by id; an overlap lists its actors in the order first met.
 */
export function compareMemberships<F extends { id: string }, R extends { from: string }>(
  frameworks: readonly F[],
  memberships: ReadonlyMap<string, readonly R[]>,
): Comparison<F, R> {
  const actorIds = [...new Set([...memberships.values()].flat().map((r) => r.from))];
  const rows: ComparisonRow<F, R>[] = actorIds.map((actorId) => ({
    actorId,
    cells: frameworks.map((framework) => ({
      framework,
      relations: (memberships.get(framework.id) ?? []).filter((r) => r.from === actorId),
    })),
  }));
  const overlaps = frameworks.flatMap((a, i) =>
    frameworks.slice(i + 1).map((b, offset) => ({
      a,
      b,
      actorIds: rows
        .filter((row) => row.cells[i]!.relations.length > 0 && row.cells[i + 1 + offset]!.relations.length > 0)
        .map((row) => row.actorId),
    })),
  );
  const memberCount = (row: ComparisonRow<F, R>) => row.cells.filter((c) => c.relations.length > 0).length;
  const sorted = [...rows].sort((x, y) => memberCount(y) - memberCount(x) || x.actorId.localeCompare(y.actorId));
  return { frameworks: [...frameworks], rows: sorted, overlaps, actorIds };
}
