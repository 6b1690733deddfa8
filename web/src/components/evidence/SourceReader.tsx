/**
 * The reader: a document's original lines around the cited range, highlighted, with the claim's
 * note in the interface language beside them. The margin marks the other claims on the visible
 * lines; prev/next step through the citations the reader was opened from.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LineClaimFragment, SourcesQuery } from '../../api/generated';
import { useQuery } from '../../api/hooks';
import { useReaderCuration } from '../curation/ReaderCuration';
import { ErrorNotice } from '../QueryStatus';
import { useLanguage } from '../../i18n/LanguageContext';
import { lineRange } from './CitationLink';
import { useEvidence, type ReaderTarget } from './EvidenceContext';

type Source = SourcesQuery['sources'][number];

/** Lines shown around the cited range, and how many more each "earlier / later" adds. */
const CONTEXT_LINES = 6;
const MORE_LINES = 20;
/** The API's page limit: a window never asks for more. */
const MAX_WINDOW = 200;

function initialWindow(target: ReaderTarget, lineCount: number): [number, number] {
  const from = Math.max(1, target.lineStart - CONTEXT_LINES);
  const to = Math.min(lineCount, Math.max(target.lineEnd + CONTEXT_LINES, from + 2 * CONTEXT_LINES));
  return [from, Math.min(to, from + MAX_WINDOW - 1)];
}

export function SourceReader({ target, source }: { target: ReaderTarget; source: Source }) {
  const { lang, t } = useLanguage();
  const { openCitation, showOnCanvas } = useEvidence();
  const [span, setSpan] = useState<[number, number]>(() => initialWindow(target, source.lineCount));
  useEffect(() => setSpan(initialWindow(target, source.lineCount)), [target, source.lineCount]);
  const [from, to] = span;
  const page = useQuery('ReaderPage', { doc: source.id, from, to }, !source.available);
  const lines = page.data?.document?.lines ?? [];
  const claims = useMemo(() => {
    const byId = new Map<string, LineClaimFragment>();
    for (const line of lines) for (const claim of line.claims) byId.set(claim.id, claim);
    return byId;
  }, [lines]);
  const focused = target.claimId === null ? undefined : claims.get(target.claimId);
  const firstCited = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    firstCited.current?.scrollIntoView({ block: 'center' });
  }, [target, page.data]);

  const index = target.claimId === null ? -1 : target.trail.findIndex((c) => c.id === target.claimId);
  const step = (delta: number) => {
    const next = target.trail[index + delta];
    if (next !== undefined) openCitation(next, target.trail);
  };
  const title = lang === 'ja' ? source.titleJa : source.title;
  const cited = (n: number) => n >= target.lineStart && n <= target.lineEnd;
  // Curators select lines here to cite them in a new claim.
  const curation = useReaderCuration({ id: source.id, title, lineCount: source.lineCount }, from);

  return (
    <div className="reader" data-testid="reader" data-doc={source.id}>
      <header className="reader-header">
        <h3 className="reader-title">{title}</h3>
        <p className="reader-meta">
          {source.file} · {source.date}
          {source.publisher !== null && ` · ${source.publisher}`}
        </p>
      </header>
      <div className="reader-body">
        <section className="reader-text" aria-label={t('originalText')}>
          {!source.available && (
            <div className="status unavailable" role="note" data-testid="passage-unavailable">
              <strong>{t('unavailableTitle')}</strong>
              <span>{t('unavailableBody', { file: source.file })}</span>
              <span>
                {source.file}, {t('lines')} {lineRange(target)}
              </span>
            </div>
          )}
          {source.available && (
            <>
              <button
                type="button"
                className="more-lines"
                disabled={from === 1}
                onClick={() =>
                  setSpan([Math.max(1, from - MORE_LINES), Math.min(to, from - MORE_LINES + MAX_WINDOW - 1)])
                }
              >
                ↑ {t('earlierLines')}
              </button>
              {page.error !== undefined && <ErrorNotice error={page.error} retry={page.retry} />}
              {curation.bar}
              <ol className="source-lines" lang="ja" data-testid="source-lines" {...curation.listProps}>
                {lines.map((line) => {
                  const isCited = cited(line.number);
                  const margin = line.claims.filter(
                    (c) => c.id !== target.claimId && Math.max(c.lineStart, from) === line.number,
                  );
                  return (
                    <li
                      key={line.number}
                      className={`source-line${isCited ? ' cited' : ''}${curation.selected(line.number) ? ' selected' : ''}`}
                      data-line={line.number}
                      {...curation.lineProps(line.number)}
                      ref={isCited && line.number === Math.max(target.lineStart, from) ? firstCited : undefined}
                    >
                      <span className="line-no" aria-hidden>
                        {line.number}
                      </span>
                      <span className="line-text">
                        <LineText text={line.text} match={isCited ? target.match : null} />
                      </span>
                      <span className="line-margin" lang={lang}>
                        {margin.map((claim) => (
                          <button
                            key={claim.id}
                            type="button"
                            className="margin-claim"
                            data-testid="margin-claim"
                            title={lang === 'ja' ? claim.noteJa : claim.note}
                            aria-label={`${t('lineClaims', { line: line.number })}: ${lang === 'ja' ? claim.noteJa : claim.note}`}
                            onClick={() => openCitation(claim, [...claims.values()])}
                          >
                            ◆
                          </button>
                        ))}
                      </span>
                    </li>
                  );
                })}
              </ol>
              <button
                type="button"
                className="more-lines"
                disabled={to >= source.lineCount}
                onClick={() =>
                  setSpan([
                    Math.max(from, to + MORE_LINES - MAX_WINDOW + 1),
                    Math.min(source.lineCount, to + MORE_LINES),
                  ])
                }
              >
                ↓ {t('laterLines')}
              </button>
            </>
          )}
        </section>
        <aside className="reader-note" lang={lang} aria-label={t('claimNote')}>
          {focused === undefined && target.note !== null && (
            <>
              <h4>{t('claimNote')}</h4>
              <p className="reader-claim-note" data-testid="reader-note">
                {lang === 'ja' ? target.note.noteJa : target.note.note}
              </p>
              <p className="reader-cited">
                {t('lines')} {lineRange(target)}
              </p>
            </>
          )}
          {focused !== undefined && (
            <>
              <h4>{t('claimNote')}</h4>
              <p className="reader-claim-note" data-testid="reader-note">
                {lang === 'ja' ? focused.noteJa : focused.note}
                {(focused.since ?? focused.until) !== null && (
                  <span className="citation-dates">
                    {' '}
                    ({[focused.since, focused.until].filter((d) => d !== null).join(' – ')})
                  </span>
                )}
              </p>
              <p className="reader-cited">
                {t('lines')} {lineRange(focused)}
              </p>
              {focused.entities.length > 0 && (
                <button
                  type="button"
                  data-testid="show-on-canvas"
                  onClick={() => showOnCanvas(focused.entities.map((e) => e.id))}
                >
                  {t('showOnCanvas')}:{' '}
                  {focused.entities.map((e) => (lang === 'ja' ? e.nameJa : (e.acronym ?? e.name))).join(' · ')}
                </button>
              )}
            </>
          )}
          {target.trail.length > 1 && index >= 0 && (
            <nav
              className="reader-steps"
              aria-label={t('citationOf', { index: index + 1, count: target.trail.length })}
            >
              <button type="button" disabled={index === 0} onClick={() => step(-1)} data-testid="previous-citation">
                ← {t('previousCitation')}
              </button>
              <span>{t('citationOf', { index: index + 1, count: target.trail.length })}</span>
              <button
                type="button"
                disabled={index === target.trail.length - 1}
                onClick={() => step(1)}
                data-testid="next-citation"
              >
                {t('nextCitation')} →
              </button>
            </nav>
          )}
          {claims.size > 0 && (
            <p className="reader-margin-help">
              ◆ {t('claimsOnLines')}: {claims.size}
            </p>
          )}
        </aside>
      </div>
    </div>
  );
}

/** A line's text, with the searched span marked when there is one. */
export function LineText({ text, match }: { text: string; match: { start: number; end: number } | null }) {
  if (match === null) return <>{text}</>;
  return (
    <>
      {text.slice(0, match.start)}
      <mark>{text.slice(match.start, match.end)}</mark>
      {text.slice(match.end)}
    </>
  );
}
