import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../web/src/console/extract';

describe('console: drawing a result on the canvas', () => {
  it('finds entities (id + kind) and relations (id + type + from + to) at any depth', () => {
    const result = {
      data: {
        compare: {
          frameworks: [{ id: 'framework:quad', kind: 'FRAMEWORK', name: 'Quad' }],
          rows: [
            {
              actor: { id: 'actor:japan', kind: 'ACTOR' },
              cells: [
                {
                  framework: { id: 'framework:quad' },
                  relations: [
                    {
                      id: 'actor:japan-[MEMBER_OF]->framework:quad',
                      type: 'MEMBER_OF',
                      from: { id: 'actor:japan' },
                      to: { id: 'framework:quad' },
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
    };
    const graph = extractGraph(result);
    expect(graph.entityIds.sort()).toEqual(['actor:japan', 'framework:quad']);
    expect(graph.relations).toEqual([
      { id: 'actor:japan-[MEMBER_OF]->framework:quad', from: 'actor:japan', to: 'framework:quad' },
    ]);
  });

  it("draws a relation's ends even when only their ids were asked for", () => {
    const graph = extractGraph({
      data: { relation: { id: 'r', type: 'LED', from: { id: 'actor:a' }, to: { id: 'actor:b' } } },
    });
    expect(graph.entityIds).toEqual(['actor:a', 'actor:b']);
  });

  it('ignores objects that merely look similar', () => {
    const graph = extractGraph({
      data: { sources: [{ id: '001', file: '001.txt' }], x: { id: 'y', kind: 'PLANET' }, errors: null },
    });
    expect(graph).toEqual({ entityIds: [], relations: [] });
  });
});
