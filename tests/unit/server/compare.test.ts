import { describe, expect, it } from 'vitest';
import { compareMemberships } from '../../../server/src/domain/compare.js';

const quad = { id: 'framework:quad' };
const aukus = { id: 'framework:aukus' };
const anzus = { id: 'framework:anzus' };
const member = (from: string, to: string) => ({ id: `${from}-[MEMBER_OF]->${to}`, from });

describe('comparing frameworks', () => {
  const memberships = new Map([
    [quad.id, [member('actor:japan', quad.id), member('actor:usa', quad.id), member('actor:australia', quad.id)]],
    [aukus.id, [member('actor:usa', aukus.id), member('actor:australia', aukus.id), member('actor:uk', aukus.id)]],
    [anzus.id, [member('actor:usa', anzus.id), member('actor:australia', anzus.id)]],
  ]);
  const comparison = compareMemberships([quad, aukus, anzus], memberships);

  it('has one row per actor, one cell per framework in the order given', () => {
    const row = comparison.rows.find((r) => r.actorId === 'actor:japan')!;
    expect(row.cells.map((c) => c.framework.id)).toEqual([quad.id, aukus.id, anzus.id]);
    expect(row.cells.map((c) => c.relations.map((r) => r.id))).toEqual([
      ['actor:japan-[MEMBER_OF]->framework:quad'],
      [],
      [],
    ]);
    expect(comparison.actorIds).toEqual(['actor:japan', 'actor:usa', 'actor:australia', 'actor:uk']);
  });

  it('lists actors in the most frameworks first, then by id', () => {
    expect(comparison.rows.map((r) => r.actorId)).toEqual(['actor:australia', 'actor:usa', 'actor:japan', 'actor:uk']);
  });

  it('gives the actors each pair shares, in the order first met', () => {
    expect(comparison.overlaps.map((o) => [o.a.id, o.b.id, o.actorIds])).toEqual([
      [quad.id, aukus.id, ['actor:usa', 'actor:australia']],
      [quad.id, anzus.id, ['actor:usa', 'actor:australia']],
      [aukus.id, anzus.id, ['actor:usa', 'actor:australia']],
    ]);
  });

  it('has no rows and empty overlaps when no framework has members', () => {
    const empty = compareMemberships([quad, aukus], new Map([[quad.id, []]]));
    expect(empty.rows).toEqual([]);
    expect(empty.overlaps).toEqual([{ a: quad, b: aukus, actorIds: [] }]);
  });
});
