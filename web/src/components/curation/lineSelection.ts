/**
 * Which lines of the reader a curator has selected to cite: an anchor (where the selection began)
 * and a focus (where it ends now), as text editors keep them. A click picks one line, a
 * shift-click or Shift+arrow extends from the anchor, a click on the only selected line clears it.
 */

export interface LineSelection {
  anchor: number;
  focus: number;
}

/** The selected range, first line first. */
export function selectedRange(selection: LineSelection): { lineStart: number; lineEnd: number } {
  return {
    lineStart: Math.min(selection.anchor, selection.focus),
    lineEnd: Math.max(selection.anchor, selection.focus),
  };
}

export function isLineSelected(selection: LineSelection | null, line: number): boolean {
  if (selection === null) return false;
  const { lineStart, lineEnd } = selectedRange(selection);
  return line >= lineStart && line <= lineEnd;
}

/** A click (or Space/Enter) on a line; `extend` when Shift is held. */
export function pickLine(selection: LineSelection | null, line: number, extend: boolean): LineSelection | null {
  if (extend && selection !== null) return { anchor: selection.anchor, focus: line };
  if (selection !== null && selection.anchor === line && selection.focus === line) return null;
  return { anchor: line, focus: line };
}

/**
 * An arrow key from the line with the keyboard focus: the line it moves to, kept within the
 * document, and the selection (extended to it when Shift is held, unchanged otherwise).
 */
export function stepLine(
  selection: LineSelection | null,
  from: number,
  delta: number,
  extend: boolean,
  lineCount: number,
): { line: number; selection: LineSelection | null } {
  const line = Math.min(lineCount, Math.max(1, from + delta));
  if (!extend) return { line, selection };
  return { line, selection: { anchor: selection?.anchor ?? from, focus: line } };
}
