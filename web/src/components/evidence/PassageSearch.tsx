/** "Search the sources": lines of the source texts containing a phrase, their documents and claims. */
import { useEffect, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { ErrorNotice } from '../QueryStatus';
import { useLanguage } from '../../i18n/LanguageContext';
import { CitationLink } from './CitationLink';
import { useEvidence } from './EvidenceContext';
import { LineText } from './SourceReader';

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 250;
const HITS = 50;

export function PassageSearch({ text, onText }: { text: string; onText: (text: string) => void }) {
  const { lang, t } = useLanguage();
  const { openLine } = useEvidence();
  const [asked, setAsked] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setAsked(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const tooShort = asked.length < MIN_LENGTH;
  const result = useQuery('SearchPassages', { text: asked, first: HITS }, tooShort);
  const hits = result.data?.searchPassages ?? [];

  return (
    <div className="passage-search">
      <label className="field-label" htmlFor="passage-search-input">
        {t('passageSearch')}
      </label>
      <input
        id="passage-search-input"
        type="search"
        value={text}
        placeholder={t('passageSearchPlaceholder')}
        data-testid="passage-search"
        onChange={(event) => onText(event.target.value)}
      />
      <p className="hint">{t('passageSearchHelp')}</p>
      {result.loading && (
        <p className="status loading" role="status">
          <span className="spinner" aria-hidden /> {t('searching')}
        </p>
      )}
      {result.error !== undefined && <ErrorNotice error={result.error} retry={result.retry} />}
      {!tooShort && !result.loading && result.data !== undefined && (
        <p className="status" role="status" aria-live="polite">
          {hits.length === 0 ? t('passageNoHits') : t('passageHits', { count: hits.length })}
        </p>
      )}
      <ol className="passage-hits" data-testid="passage-hits">
        {hits.map((hit) => (
          <li key={`${hit.document.id}:${hit.line.number}`} className="passage-hit" data-doc={hit.document.id}>
            <button
              type="button"
              className="passage-hit-open"
              data-testid="passage-hit"
              onClick={() => openLine(hit.document.id, hit.line.number, { start: hit.matchStart, end: hit.matchEnd })}
            >
              <span className="passage-hit-source">
                {lang === 'ja' ? hit.document.titleJa : hit.document.title} —{' '}
                {t('lineNumber', { line: hit.line.number })}
              </span>
              <span className="passage-hit-text" lang="ja">
                <LineText text={hit.line.text} match={{ start: hit.matchStart, end: hit.matchEnd }} />
              </span>
            </button>
            {hit.line.claims.length > 0 && (
              <ul className="passage-hit-claims">
                {hit.line.claims.map((claim) => (
                  <li key={claim.id} lang={lang}>
                    <span className="citation-note">{lang === 'ja' ? claim.noteJa : claim.note}</span>{' '}
                    <CitationLink citation={claim} trail={hit.line.claims} file={hit.document.file} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
