/**
 * Groups on the details panel: a selected group node says what it stands for and opens into its
 * members; an expanded entity offers to open its groups or to group their members again.
 */
import type { EntityGroup, EntitySummary } from '../graph/model';
import { useLanguage } from '../i18n/LanguageContext';
import { entityLabel, subtypePlural } from '../i18n/strings';
import { GROUP_ABOVE } from '../view/state';
import { KIND_STYLE } from '../vocabulary';
import type { DetailsActions } from './detailsActions';

export interface GroupsOnCanvas {
  closed: readonly EntityGroup[];
  open: readonly EntityGroup[];
  entities: readonly EntitySummary[];
}

const ownerName = (group: EntityGroup, groups: GroupsOnCanvas, lang: 'en' | 'ja'): string => {
  const owner = groups.entities.find((e) => e.id === group.owner);
  return owner === undefined ? group.owner : entityLabel(owner, lang);
};

/** The details of a selected group node. */
export function GroupDetails({
  group,
  groups,
  actions,
}: {
  group: EntityGroup;
  groups: GroupsOnCanvas;
  actions: DetailsActions;
}) {
  const { lang, t } = useLanguage();
  const count = group.members.length;
  const things = subtypePlural(group.type, count, lang);
  const owner = ownerName(group, groups, lang);
  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-header">
        <span className="kind-chip" style={{ background: KIND_STYLE[group.kind].color }}>
          {t('groupLabel', { count, things })}
        </span>
        <h2 id="details-title" data-testid="details-title">
          {t('groupFullName', { count, things, owner })}
        </h2>
      </header>
      <p className="panel-hint">{t('groupHint', { owner, limit: GROUP_ABOVE })}</p>
      <div className="details-actions">
        <button type="button" data-testid="open-group" onClick={() => actions.openGroup(group.key)}>
          {t('openGroup', { count, things })}
        </button>
      </div>
    </article>
  );
}

/** Open and close buttons for the groups of an expanded entity; nothing when it has none. */
export function OwnerGroups({
  owner,
  groups,
  actions,
}: {
  owner: string;
  groups: GroupsOnCanvas;
  actions: DetailsActions;
}) {
  const { lang, t } = useLanguage();
  const closed = groups.closed.filter((g) => g.owner === owner);
  const open = groups.open.filter((g) => g.owner === owner);
  if (closed.length === 0 && open.length === 0) return null;
  const words = (g: EntityGroup) => ({
    count: g.members.length,
    things: subtypePlural(g.type, g.members.length, lang),
  });
  return (
    <div className="details-actions group-controls">
      {closed.map((g) => (
        <button key={g.key} type="button" data-testid="open-group" onClick={() => actions.openGroup(g.key)}>
          {t('openGroup', words(g))}
        </button>
      ))}
      {open.map((g) => (
        <button key={g.key} type="button" data-testid="close-group" onClick={() => actions.closeGroup(g.key)}>
          {t('closeGroup', words(g))}
        </button>
      ))}
    </div>
  );
}
