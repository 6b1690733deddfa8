/**
 * Every recorded disagreement: its topic and its sides, each with what it says (a position, or
 * the date) and the documents and claims behind it. Claims on one side agree with each other.
 */
import { useQuery } from '../../api/hooks';
import { ErrorNotice } from '../QueryStatus';
import { useLanguage } from '../../i18n/LanguageContext';
import { CitationLink } from './CitationLink';

export function ConflictsView() {
  const { lang, t } = useLanguage();
  const result = useQuery('Conflicts', {});
  const conflicts = result.data?.conflicts ?? [];
  return (
    <div className="conflicts-view">
      {result.loading && result.data === undefined && (
        <p className="status loading" role="status">
          <span className="spinner" aria-hidden /> {t('loading')}
        </p>
      )}
      {result.error !== undefined && <ErrorNotice error={result.error} retry={result.retry} />}
      {result.data !== undefined && conflicts.length === 0 && <p className="status empty">{t('noConflicts')}</p>}
      <ul className="conflict-list" data-testid="conflict-list">
        {conflicts.map((conflict) => (
          <li key={conflict.id} className="conflict-card" data-conflict={conflict.id} lang={lang}>
            <h3>{lang === 'ja' ? conflict.topicJa : conflict.topic}</h3>
            <p className="conflict-kind">
              {t(conflict.kind === 'DATE' ? 'conflictKind_DATE' : 'conflictKind_STATEMENT')}
            </p>
            <ol className="conflict-sides-list">
              {conflict.sides.map((side) => (
                <li key={side.id} className="conflict-side" data-side={side.id}>
                  <p className="side-position">{lang === 'ja' ? side.positionJa : side.position}</p>
                  <p className="side-documents">
                    {t('sideDocuments')}:{' '}
                    {side.documents.map((d) => (
                      <span key={d.id} className="side-document" data-doc={d.id}>
                        {lang === 'ja' ? d.titleJa : d.title}
                      </span>
                    ))}
                  </p>
                  <ul className="side-claims">
                    {side.claims.map((claim) => (
                      <li key={claim.id} className="side-claim" data-doc={claim.document.id}>
                        <span className="citation-note">{lang === 'ja' ? claim.noteJa : claim.note}</span>{' '}
                        <CitationLink citation={claim} trail={side.claims} file={claim.document.file} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
