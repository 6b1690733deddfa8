import { describe, expect, it } from 'vitest';
import { graphStylesheet } from '../../../web/src/canvas/style';
import { CONFLICT_STYLE, GROUP_STYLE, RELATION_GROUPS } from '../../../web/src/vocabulary';

describe('conflicted relations on the canvas', () => {
  it('have a colour and a line no relation group uses', () => {
    for (const group of RELATION_GROUPS) expect(GROUP_STYLE[group].color).not.toBe(CONFLICT_STYLE.color);
    for (const large of [false, true]) {
      const rule = graphStylesheet({ large }).find((r) => 'selector' in r && r.selector === 'edge[?conflicted]');
      expect(rule && 'style' in rule ? rule.style : null).toMatchObject({
        'line-color': CONFLICT_STYLE.color,
        'line-style': 'dashed',
        'line-dash-pattern': [...CONFLICT_STYLE.dash],
      });
    }
  });
});
