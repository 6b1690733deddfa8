/**
 * Line selection in the reader, for curators: click a line, shift-click (or Shift+↑/↓) to extend,
 * Space or Enter to pick the line with the focus, ↑/↓ to move it; then "Add claim" cites the
 * selected lines. Anonymous readers get the reader as it was.
 */
import { useEffect, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/LanguageContext';
import { lineRange } from '../evidence/CitationLink';
import { ClaimDialog } from './ClaimDialog';
import { isLineSelected, pickLine, selectedRange, stepLine, type LineSelection } from './lineSelection';
import { canCurate, useSession } from './SessionContext';

export interface LineProps {
  role?: 'option';
  tabIndex?: number;
  'aria-selected'?: boolean;
  onClick?: (event: MouseEvent<HTMLLIElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLLIElement>) => void;
}

export interface ReaderCuration {
  enabled: boolean;
  /** Props for the list of lines (a multi-select list box while curating). */
  listProps: { role?: 'listbox'; 'aria-multiselectable'?: boolean; 'aria-label'?: string };
  lineProps: (line: number) => LineProps;
  selected: (line: number) => boolean;
  /** The selection's range and the "Add claim" button, with its dialog when open. */
  bar: ReactNode;
}

export function useReaderCuration(
  doc: { id: string; title: string; lineCount: number },
  firstShown: number,
): ReaderCuration {
  const t = useT();
  const { viewer } = useSession();
  const [selection, setSelection] = useState<LineSelection | null>(null);
  const [cursor, setCursor] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    setSelection(null);
    setCursor(null);
  }, [doc.id]);
  const enabled = canCurate(viewer);
  if (!enabled) return { enabled, listProps: {}, lineProps: () => ({}), selected: () => false, bar: null };

  const focusLine = (list: Element | null, line: number) =>
    list?.querySelector<HTMLElement>(`[data-line="${line}"]`)?.focus();
  const range = selection === null ? null : selectedRange(selection);
  const tabStop = cursor ?? selection?.focus ?? firstShown;

  return {
    enabled,
    listProps: { role: 'listbox', 'aria-multiselectable': true, 'aria-label': t('selectLinesHelp') },
    selected: (line) => isLineSelected(selection, line),
    lineProps: (line) => ({
      role: 'option',
      tabIndex: line === tabStop ? 0 : -1,
      'aria-selected': isLineSelected(selection, line),
      onClick: (event) => {
        // The margin's claim buttons open their citation; they do not select.
        if ((event.target as Element).closest('button') !== null) return;
        setCursor(line);
        setSelection((previous) => pickLine(previous, line, event.shiftKey));
      },
      onKeyDown: (event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          const step = stepLine(selection, line, event.key === 'ArrowDown' ? 1 : -1, event.shiftKey, doc.lineCount);
          setSelection(step.selection);
          setCursor(step.line);
          focusLine(event.currentTarget.parentElement, step.line);
          event.preventDefault();
        } else if (event.key === ' ' || event.key === 'Enter') {
          setSelection((previous) => pickLine(previous, line, event.shiftKey));
          event.preventDefault();
        }
      },
    }),
    bar: (
      <div className="reader-curation" data-testid="reader-curation">
        <span className="selection-range" data-testid="selection-range">
          {range === null ? t('selectLinesHelp') : `${t('lines')} ${lineRange(range)}`}
        </span>
        <button
          type="button"
          className="primary"
          disabled={range === null}
          onClick={() => setAdding(true)}
          data-testid="add-claim"
        >
          {t('addClaim')}
        </button>
        {range !== null && (
          <button type="button" onClick={() => setSelection(null)}>
            {t('clearSelection')}
          </button>
        )}
        {adding && range !== null && (
          <ClaimDialog
            target={{ documentId: doc.id, documentTitle: doc.title, ...range }}
            onClose={() => {
              setAdding(false);
              setSelection(null);
            }}
          />
        )}
      </div>
    ),
  };
}
