/**
 * Where the evidence drawer stands (open, which view, what the reader shows) and the actions that
 * open it, for every component through `useEvidence()`: a citation chip anywhere opens the reader.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** A citation as every list of claims has it: enough to open the reader at its lines. */
export interface CitationRef {
  id: string;
  lineStart: number;
  lineEnd: number;
  document: { id: string };
  /** The claim's note, where the list has it: shown even when the text is unavailable. */
  note?: string;
  noteJa?: string;
}

export type EvidenceTab = 'reader' | 'sources' | 'search' | 'conflicts';

export interface ReaderTarget {
  doc: string;
  /** The lines to highlight. */
  lineStart: number;
  lineEnd: number;
  /** The claim whose note is shown beside the text; null when a document or a search hit was opened. */
  claimId: string | null;
  /** Its note as the opening list had it (the reader also finds it on the lines). */
  note: { note: string; noteJa: string } | null;
  /** The citations prev/next step through (the list the citation was opened from). */
  trail: readonly CitationRef[];
  /** A search hit's matched span on `lineStart`, to mark inside the line. */
  match: { start: number; end: number } | null;
}

interface EvidenceValue {
  open: boolean;
  tab: EvidenceTab;
  target: ReaderTarget | null;
  openCitation: (citation: CitationRef, trail?: readonly CitationRef[]) => void;
  openLine: (doc: string, line: number, match?: { start: number; end: number }) => void;
  openTab: (tab: EvidenceTab) => void;
  close: () => void;
  /** Puts entities on the canvas (the claim's subject), through what the explorer registered. */
  showOnCanvas: (ids: string[]) => void;
  /** The explorer says how to put entities on its canvas (see useCanvasForEvidence). */
  setCanvasHandler: (handler: ((ids: string[]) => void) | null) => void;
}

const EvidenceContext = createContext<EvidenceValue | null>(null);

export function EvidenceProvider({ children }: { children: ReactNode }) {
  const canvasHandler = useRef<((ids: string[]) => void) | null>(null);
  const showOnCanvas = useCallback((ids: string[]) => canvasHandler.current?.(ids), []);
  const setCanvasHandler = useCallback((handler: ((ids: string[]) => void) | null) => {
    canvasHandler.current = handler;
  }, []);
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<EvidenceTab>('sources');
  const [target, setTarget] = useState<ReaderTarget | null>(null);
  const openCitation = useCallback((citation: CitationRef, trail: readonly CitationRef[] = [citation]) => {
    setTarget({
      doc: citation.document.id,
      lineStart: citation.lineStart,
      lineEnd: citation.lineEnd,
      claimId: citation.id,
      note:
        citation.note !== undefined && citation.noteJa !== undefined
          ? { note: citation.note, noteJa: citation.noteJa }
          : null,
      trail: trail.some((c) => c.id === citation.id) ? trail : [citation],
      match: null,
    });
    setTab('reader');
    setOpen(true);
  }, []);
  const openLine = useCallback((doc: string, line: number, match?: { start: number; end: number }) => {
    setTarget({ doc, lineStart: line, lineEnd: line, claimId: null, note: null, trail: [], match: match ?? null });
    setTab('reader');
    setOpen(true);
  }, []);
  const openTab = useCallback((next: EvidenceTab) => {
    setTab(next);
    setOpen(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  const value = useMemo(
    () => ({ open, tab, target, openCitation, openLine, openTab, close, showOnCanvas, setCanvasHandler }),
    [open, tab, target, openCitation, openLine, openTab, close, showOnCanvas, setCanvasHandler],
  );
  return <EvidenceContext.Provider value={value}>{children}</EvidenceContext.Provider>;
}

export function useEvidence(): EvidenceValue {
  const value = useContext(EvidenceContext);
  if (value === null) throw new Error('useEvidence() outside <EvidenceProvider>');
  return value;
}

/** Lets the reader's "show on canvas" reach the explorer's canvas while the caller is mounted. */
export function useCanvasForEvidence(showOnCanvas: (ids: string[]) => void): void {
  const { setCanvasHandler } = useEvidence();
  useEffect(() => {
    setCanvasHandler(showOnCanvas);
    return () => setCanvasHandler(null);
  }, [setCanvasHandler, showOnCanvas]);
}
