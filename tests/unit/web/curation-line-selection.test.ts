/** Line selection in the reader (curation): click, shift-click, arrow keys, within the document. */
import { describe, expect, it } from 'vitest';
import {
  isLineSelected,
  pickLine,
  selectedRange,
  stepLine,
  type LineSelection,
} from '../../../web/src/components/curation/lineSelection';

describe('line selection', () => {
  it('a click picks one line; a click on it again clears the selection', () => {
    const one = pickLine(null, 12, false);
    expect(one).toEqual({ anchor: 12, focus: 12 });
    expect(selectedRange(one!)).toEqual({ lineStart: 12, lineEnd: 12 });
    expect(pickLine(one, 12, false)).toBeNull();
    expect(pickLine(one, 15, false)).toEqual({ anchor: 15, focus: 15 });
  });

  it('shift-click extends from the anchor, upwards as well as downwards', () => {
    const down = pickLine(pickLine(null, 10, false), 14, true)!;
    expect(selectedRange(down)).toEqual({ lineStart: 10, lineEnd: 14 });
    const up = pickLine(down, 7, true)!;
    expect(up).toEqual({ anchor: 10, focus: 7 });
    expect(selectedRange(up)).toEqual({ lineStart: 7, lineEnd: 10 });
    expect([6, 7, 10, 11].map((n) => isLineSelected(up, n))).toEqual([false, true, true, false]);
    // A shift-click with nothing selected starts at that line.
    expect(pickLine(null, 5, true)).toEqual({ anchor: 5, focus: 5 });
  });

  it('a click on a line of a longer selection starts over there', () => {
    const range: LineSelection = { anchor: 3, focus: 6 };
    expect(pickLine(range, 3, false)).toEqual({ anchor: 3, focus: 3 });
  });

  it('arrow keys move the focus within the document; with Shift they extend the selection', () => {
    expect(stepLine(null, 4, 1, false, 10)).toEqual({ line: 5, selection: null });
    expect(stepLine(null, 4, 1, true, 10)).toEqual({ line: 5, selection: { anchor: 4, focus: 5 } });
    const extended = stepLine({ anchor: 4, focus: 5 }, 5, 1, true, 10);
    expect(selectedRange(extended.selection!)).toEqual({ lineStart: 4, lineEnd: 6 });
    expect(stepLine({ anchor: 2, focus: 2 }, 1, -1, true, 10)).toEqual({ line: 1, selection: { anchor: 2, focus: 1 } });
    expect(stepLine(null, 1, -1, false, 10).line).toBe(1);
    expect(stepLine(null, 10, 1, false, 10).line).toBe(10);
    expect(isLineSelected(null, 1)).toBe(false);
  });
});
