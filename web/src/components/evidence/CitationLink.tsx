/** A citation chip: file and lines, a button that opens the reader at the cited lines. */
import { useT } from '../../i18n/LanguageContext';
import { useEvidence, type CitationRef } from './EvidenceContext';

export const lineRange = (c: { lineStart: number; lineEnd: number }) =>
  c.lineStart === c.lineEnd ? `${c.lineStart}` : `${c.lineStart}–${c.lineEnd}`;

export function CitationLink({
  citation,
  trail,
  file,
  className = 'cite-link',
  label,
}: {
  citation: CitationRef;
  /** The list it belongs to, for the reader's prev/next. */
  trail?: readonly CitationRef[];
  /** The document's file name, shown as the chip's label with the lines. */
  file: string;
  className?: string;
  /** What the chip reads, when not "file, lines a–b". */
  label?: string;
}) {
  const t = useT();
  const { openCitation } = useEvidence();
  const lines = lineRange(citation);
  return (
    <button
      type="button"
      className={className}
      data-testid="citation-link"
      data-claim={citation.id}
      title={t('openInReader', { file, lines })}
      aria-label={t('openInReader', { file, lines })}
      onClick={() => openCitation(citation, trail)}
    >
      {label ?? `${file}, ${t('lines')} ${lines}`}
    </button>
  );
}
