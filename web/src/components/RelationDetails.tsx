/** A relation's details: its two ends, role, dates and every citation, conflicts side by side. */
import { useQuery } from '../api/hooks';
import { useLanguage } from '../i18n/LanguageContext';
import { entityFullName, entityLabel, relationKey } from '../i18n/strings';
import { Citations, ConflictBadge } from './Citations';
import { DateText } from './DateText';
import type { DetailsActions } from './detailsActions';
import { HistoryPanel } from './curation/HistoryPanel';
import { QueryStatus } from './QueryStatus';

export function RelationDetails({ id, actions }: { id: string; actions: DetailsActions }) {
  const { lang, t } = useLanguage();
  const query = useQuery('RelationDetails', { id });
  const relation = query.data?.relation;
  if (relation === undefined || relation === null || relation.id !== id) {
    return <QueryStatus loading={query.loading} error={query.error} retry={query.retry} empty={relation === null} />;
  }
  const role = lang === 'ja' ? (relation.roleJa ?? relation.role) : relation.role;
  return (
    <article className="details relation-details" aria-labelledby="details-title">
      <header className="details-header">
        <span className="kind-chip relation">{t('relation')}</span>
        <h2 id="details-title" data-testid="details-title">
          {entityLabel(relation.from, lang)} → {t(relationKey(relation.type))} → {entityLabel(relation.to, lang)}
        </h2>
        {relation.conflicted && <ConflictBadge />}
      </header>
      <dl className="facts">
        <dt>{t('from')}</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => actions.select(relation.from.id)}>
            {entityFullName(relation.from, lang)}
          </button>
        </dd>
        <dt>{t('to')}</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => actions.select(relation.to.id)}>
            {entityFullName(relation.to, lang)}
          </button>
        </dd>
        {role !== null && (
          <>
            <dt>{t('role')}</dt>
            <dd>{role}</dd>
          </>
        )}
        <dt>{t('since')}</dt>
        <dd>
          <DateText date={relation.since} />
        </dd>
        <dt>{t('until')}</dt>
        <dd>
          <DateText date={relation.until} />
        </dd>
      </dl>
      {relation.conflicted && <p className="conflict-help">{t('conflictHelp')}</p>}
      <section>
        <h3>
          {t('citations')} ({relation.claims.length})
        </h3>
        <Citations claims={relation.claims} />
      </section>
      <HistoryPanel subjectId={relation.id} />
    </article>
  );
}
