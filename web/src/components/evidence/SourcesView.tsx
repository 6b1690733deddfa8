/** The source documents: titles in both languages, publisher, date, coverage; each opens at line 1. */
import type { SourcesQuery } from '../../api/generated';
import { useLanguage } from '../../i18n/LanguageContext';
import { useEvidence } from './EvidenceContext';

export function SourcesView({ sources }: { sources: SourcesQuery['sources'] }) {
  const { lang, t } = useLanguage();
  const { openLine } = useEvidence();
  return (
    <ul className="sources-list" data-testid="sources-list">
      {sources.map((source) => {
        const { citedLines, lineCount, claimCount } = source.coverage;
        const percent = lineCount === 0 ? 0 : Math.round((100 * citedLines) / lineCount);
        return (
          <li key={source.id} className="source-card" data-doc={source.id}>
            <h3 lang={lang}>{lang === 'ja' ? source.titleJa : source.title}</h3>
            <p className="source-other-title" lang={lang === 'ja' ? 'en' : 'ja'}>
              {lang === 'ja' ? source.title : source.titleJa}
            </p>
            <dl>
              <dt>{t('publisher')}</dt>
              <dd>{source.publisher ?? '—'}</dd>
              <dt>{t('date')}</dt>
              <dd>{source.date}</dd>
              <dt>{t('coverage')}</dt>
              <dd>
                <meter min={0} max={lineCount} value={citedLines} aria-hidden />{' '}
                {t('coverageValue', { cited: citedLines, lines: lineCount, percent, claims: claimCount })}
              </dd>
            </dl>
            <p className="source-file">
              {source.file}
              {!source.available && <span className="badge unavailable"> {t('textUnavailable')}</span>}
            </p>
            <button type="button" data-testid="open-document" onClick={() => openLine(source.id, 1)}>
              {t('openDocument')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
