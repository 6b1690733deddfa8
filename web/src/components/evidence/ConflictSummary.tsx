/**
 * The disagreement a conflicted claim takes part in, as its topic and sides (what each says and
 * from which documents), this claim's side marked; the full list is in the Conflicts view.
 */
import { useQuery } from '../../api/hooks';
import { useLanguage } from '../../i18n/LanguageContext';
import { useEvidence } from './EvidenceContext';

export function ConflictSummary({ claimId }: { claimId: string }) {
  const { lang, t } = useLanguage();
  const { openTab } = useEvidence();
  const result = useQuery('Conflicts', {});
  const conflicts = (result.data?.conflicts ?? []).filter((x) =>
    x.sides.some((side) => side.claims.some((c) => c.id === claimId)),
  );
  return (
    <>
      {conflicts.map((conflict) => (
        <div key={conflict.id} className="conflict-summary" data-testid="conflict-summary" data-conflict={conflict.id}>
          <p className="conflict-topic">{lang === 'ja' ? conflict.topicJa : conflict.topic}</p>
          <ul>
            {conflict.sides.map((side) => {
              const own = side.claims.some((c) => c.id === claimId);
              return (
                <li key={side.id} className={own ? 'summary-side own' : 'summary-side'} data-side={side.id}>
                  {own ? '▶ ' : ''}
                  {lang === 'ja' ? side.positionJa : side.position}{' '}
                  <span className="side-documents">
                    ({side.documents.map((d) => (lang === 'ja' ? d.titleJa : d.title)).join(' · ')})
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => openTab('conflicts')}>
        {t('seeAllSides')}
      </button>
    </>
  );
}
