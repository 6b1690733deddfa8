/** Details of the selected entity or relation, with every citation and conflicts shown side by side. */
import { useState } from 'react';
import type { EntityDetailsQuery, RelationType } from '../api/generated';
import { useQuery } from '../api/hooks';
import type { EntitySummary } from '../graph/model';
import { KIND_STYLE, RELATION_TYPES } from '../vocabulary';
import {
  entityFullName,
  entityLabel,
  formatPartialDate,
  kindKey,
  precisionKey,
  relationKey,
  subtypeLabel,
} from '../i18n/strings';
import { DEFAULT_EXPAND_LIMIT } from '../view/state';
import { Citations, ConflictBadge } from './Citations';
import { QueryStatus } from './QueryStatus';
import { useLanguage, useT } from '../i18n/LanguageContext';

export interface DetailsActions {
  select: (id: string | null) => void;
  focusEntity: (id: string) => void;
  expand: (id: string, types: RelationType[], limit: number) => void;
  showMore: (id: string) => void;
  collapse: (id: string) => void;
  remove: (id: string) => void;
  /** Puts entities on the canvas (if not there) and selects `select`. */
  reveal: (ids: string[], select: string) => void;
}

export interface DetailsPanelProps {
  selected: string | null;
  hiddenRelations: number | undefined;
  expanded: boolean;
  actions: DetailsActions;
}

/** Relation ids look like `from-[TYPE]->to`. */
export const isRelationId = (id: string): boolean => id.includes('-[');

type DateValue = { value: string; precision: Parameters<typeof formatPartialDate>[0]['precision'] } | null;

function DateText({ date }: { date: DateValue }) {
  const t = useT();
  if (date === null) return <>—</>;
  return (
    <>
      {formatPartialDate(date, t)} <span className="precision">({t(precisionKey(date.precision))})</span>
    </>
  );
}

export function DetailsPanel(props: DetailsPanelProps) {
  const t = useT();
  const { selected } = props;
  if (selected === null) return <p className="panel-hint">{t('noSelection')}</p>;
  return isRelationId(selected) ? (
    <RelationDetails id={selected} {...props} />
  ) : (
    <EntityDetails id={selected} {...props} />
  );
}

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

type EntityRelation = NonNullable<EntityDetailsQuery['entity']>['relations']['edges'][number]['node'];

function EntityDetails({ id, hiddenRelations, expanded, actions }: DetailsPanelProps & { id: string }) {
  const { lang, t } = useLanguage();
  const query = useQuery('EntityDetails', { id });
  const [expandType, setExpandType] = useState<RelationType | ''>('');
  const [limit, setLimit] = useState(DEFAULT_EXPAND_LIMIT);
  const entity = query.data?.entity;
  if (entity === undefined || entity === null || entity.id !== id) {
    return <QueryStatus loading={query.loading} error={query.error} retry={query.retry} empty={entity === null} />;
  }
  const relations = entity.relations.edges.map((edge) => edge.node);
  const byType = new Map<RelationType, EntityRelation[]>();
  relations.forEach((r) => byType.set(r.type, [...(byType.get(r.type) ?? []), r]));
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
              {(byType.get(type) ?? []).map((relation) => {
                const outgoing = relation.from.id === entity.id;
                const other = outgoing ? relation.to : relation.from;
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
                    <details>
                      <summary>
                        {t('citations')} ({relation.claims.length})
                      </summary>
                      <Citations claims={relation.claims} />
                    </details>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>
    </article>
  );
}

function RelationDetails({ id, actions }: DetailsPanelProps & { id: string }) {
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
    </article>
  );
}
