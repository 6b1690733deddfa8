/** An entity's details: names, kind, dates, aliases, its relations by type with expand controls, and every citation. */
import { useState } from 'react';
import type { EntityDetailsQuery, RelationType } from '../api/generated';
import { useQuery } from '../api/hooks';
import type { EntitySummary } from '../graph/model';
import { useLanguage, useT } from '../i18n/LanguageContext';
import { entityFullName, entityLabel, formatPartialDate, kindKey, relationKey, subtypeLabel } from '../i18n/strings';
import { DEFAULT_EXPAND_LIMIT } from '../view/state';
import { KIND_STYLE, RELATION_TYPES } from '../vocabulary';
import { Citations, ConflictBadge } from './Citations';
import { DateText } from './DateText';
import type { DetailsActions } from './detailsActions';
import { HistoryPanel } from './curation/HistoryPanel';
import { QueryStatus } from './QueryStatus';

function EntityHeader({ entity }: { entity: EntitySummary }) {
  const { lang, t } = useLanguage();
  const other = lang === 'ja' ? entity.name : entity.nameJa;
  return (
    <header className="details-header">
      <span className={`kind-chip`} style={{ background: KIND_STYLE[entity.kind].color }}>
        {t(kindKey(entity.kind))}
      </span>
      <h2 id="details-title" data-testid="details-title">
        {entityFullName(entity, lang)}
      </h2>
      <p className="other-name" lang={lang === 'ja' ? 'en' : 'ja'}>
        {other}
      </p>
    </header>
  );
}

type EntityRelationEdge = NonNullable<EntityDetailsQuery['entity']>['relations']['edges'][number];

/**
 * A relation's citations, asked for when the user opens them: the entity's answer carries only
 * their count (the notes of every relation were most of its bytes).
 */
function RelationCitations({ id, count }: { id: string; count: number }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const query = useQuery('RelationDetails', { id }, !open);
  const relation = query.data?.relation;
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('citations')} ({count})
      </summary>
      {open &&
        (relation === undefined || relation === null || relation.id !== id ? (
          <QueryStatus loading={query.loading} error={query.error} retry={query.retry} empty={relation === null} />
        ) : (
          <Citations claims={relation.claims} />
        ))}
    </details>
  );
}

export interface EntityDetailsProps {
  id: string;
  /** Relations of the entity that the canvas does not show. */
  hiddenRelations: number | undefined;
  expanded: boolean;
  actions: DetailsActions;
}

export function EntityDetails({ id, hiddenRelations, expanded, actions }: EntityDetailsProps) {
  const { lang, t } = useLanguage();
  const query = useQuery('EntityDetails', { id });
  const [expandType, setExpandType] = useState<RelationType | ''>('');
  const [limit, setLimit] = useState(DEFAULT_EXPAND_LIMIT);
  const entity = query.data?.entity;
  if (entity === undefined || entity === null || entity.id !== id) {
    return <QueryStatus loading={query.loading} error={query.error} retry={query.retry} empty={entity === null} />;
  }
  const byType = new Map<RelationType, EntityRelationEdge[]>();
  entity.relations.edges.forEach((edge) => byType.set(edge.node.type, [...(byType.get(edge.node.type) ?? []), edge]));
  const presentTypes = RELATION_TYPES.filter((type) => byType.has(type));
  const aliases = lang === 'ja' ? [...entity.aliasesJa, ...entity.aliases] : [...entity.aliases, ...entity.aliasesJa];
  const shown = hiddenRelations === undefined ? 0 : entity.degree - hiddenRelations;

  return (
    <article className="details" aria-labelledby="details-title">
      <EntityHeader entity={entity} />
      <div className="details-actions">
        <button type="button" onClick={() => actions.focusEntity(entity.id)}>
          {t('focus')}
        </button>
        <div className="expand-control">
          <label className="visually-hidden" htmlFor="expand-type">
            {t('expand')}
          </label>
          <select
            id="expand-type"
            value={expandType}
            onChange={(event) => setExpandType(event.target.value as RelationType | '')}
          >
            <option value="">{t('expandAll')}</option>
            {presentTypes.map((type) => (
              <option key={type} value={type}>
                {t(relationKey(type))} ({byType.get(type)?.length ?? 0})
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor="expand-limit">
            {t('expandLimit')}
          </label>
          <input
            id="expand-limit"
            type="number"
            min={1}
            max={500}
            value={limit}
            title={t('expandLimit')}
            onChange={(event) => setLimit(Math.max(1, Number(event.target.value) || DEFAULT_EXPAND_LIMIT))}
          />
          <button
            type="button"
            data-testid="expand-button"
            onClick={() => actions.expand(entity.id, expandType === '' ? [] : [expandType], limit)}
          >
            {t('expand')}
          </button>
        </div>
        {hiddenRelations !== undefined && hiddenRelations > 0 && (
          <button type="button" onClick={() => actions.showMore(entity.id)}>
            {t('showMore', { n: Math.min(hiddenRelations, DEFAULT_EXPAND_LIMIT) })}
          </button>
        )}
        {expanded && (
          <button type="button" onClick={() => actions.collapse(entity.id)}>
            {t('collapse')}
          </button>
        )}
        {hiddenRelations !== undefined && (
          <button type="button" className="danger" onClick={() => actions.remove(entity.id)}>
            {t('remove')}
          </button>
        )}
      </div>
      {hiddenRelations !== undefined && (
        <p className="shown-count">{t('relationsShown', { shown, total: entity.degree })}</p>
      )}
      <dl className="facts">
        <dt>{t('type')}</dt>
        <dd>{subtypeLabel(entity.type, lang)}</dd>
        <dt>{t('start')}</dt>
        <dd>
          <DateText date={entity.start} />
        </dd>
        <dt>{t('end')}</dt>
        <dd>
          <DateText date={entity.end} />
        </dd>
        {entity.place !== null && (
          <>
            <dt>{t('place')}</dt>
            <dd>{lang === 'ja' ? (entity.placeJa ?? entity.place) : entity.place}</dd>
          </>
        )}
        {aliases.length > 0 && (
          <>
            <dt>{t('aliases')}</dt>
            <dd>{aliases.join(' · ')}</dd>
          </>
        )}
      </dl>
      <p className="description">{lang === 'ja' ? entity.descriptionJa : entity.description}</p>
      {entity.claims.length > 0 && (
        <section>
          <h3>{t('citations')}</h3>
          <Citations claims={entity.claims} />
        </section>
      )}
      <section>
        <h3>
          {t('relations')} ({entity.relations.totalCount})
        </h3>
        {presentTypes.map((type) => (
          <section key={type} className="relation-group">
            <h4>
              {t(relationKey(type))} <span className="count">{byType.get(type)?.length}</span>
            </h4>
            <ul className="relation-list">
              {(byType.get(type) ?? []).map(({ node: relation, other }) => {
                const outgoing = relation.from.id === entity.id;
                const role = lang === 'ja' ? (relation.roleJa ?? relation.role) : relation.role;
                return (
                  <li key={relation.id} className="relation-row">
                    <div className="relation-line">
                      <span className="direction" aria-hidden>
                        {outgoing ? '→' : '←'}
                      </span>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => actions.reveal([entity.id, other.id], other.id)}
                      >
                        {entityLabel(other, lang)}
                      </button>
                      {role !== null && <span className="role">{role}</span>}
                      {(relation.since !== null || relation.until !== null) && (
                        <span className="dates">
                          {relation.since === null ? '…' : formatPartialDate(relation.since, t)}–
                          {relation.until === null ? '' : formatPartialDate(relation.until, t)}
                        </span>
                      )}
                      {relation.conflicted && <ConflictBadge />}
                      <button
                        type="button"
                        className="link-button subtle"
                        onClick={() => actions.reveal([entity.id, other.id], relation.id)}
                      >
                        {t('details')}
                      </button>
                    </div>
                    <RelationCitations id={relation.id} count={relation.claimCount} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>
      <HistoryPanel subjectId={entity.id} />
    </article>
  );
}
