/** The legend doubles as a filter: each kind and relation group can be shown or hidden. */
import type { EntityKind, RelationType } from '../api/generated';
import {
  CONFLICT_STYLE,
  ENTITY_KINDS,
  GROUP_STYLE,
  KIND_STYLE,
  RELATION_GROUP,
  RELATION_GROUPS,
  type RelationGroup,
} from '../vocabulary';
import { SELECT_COLOR, TRACE_COLOR } from '../canvas/style';
import { groupKey, kindKey, relationKey, type MessageKey } from '../i18n/strings';
import { useT } from '../i18n/LanguageContext';

export interface LegendProps {
  /** A year is chosen: undated things are marked, so the legend says how. */
  asOf: boolean;
  hiddenKinds: readonly EntityKind[];
  hiddenTypes: readonly RelationType[];
  onToggleKind: (kind: EntityKind) => void;
  onToggleGroup: (group: RelationGroup) => void;
}

export const typesOfGroup = (group: RelationGroup): RelationType[] =>
  (Object.keys(RELATION_GROUP) as RelationType[]).filter((type) => RELATION_GROUP[type] === group);

/**
 * The rings the canvas draws around a node, and what each means. The expanded ring is drawn in
 * the ink colour (canvas/style.ts, `node[?expanded]`; styles.css `--ink`).
 */
const RINGS: readonly { key: MessageKey; color: string; width: number }[] = [
  { key: 'ringSelected', color: SELECT_COLOR, width: 4 },
  { key: 'ringExpanded', color: 'var(--ink)', width: 3 },
  { key: 'ringTraced', color: TRACE_COLOR, width: 4 },
];

export function Legend({ asOf, hiddenKinds, hiddenTypes, onToggleKind, onToggleGroup }: LegendProps) {
  const t = useT();
  return (
    <details className="legend" data-overlay open>
      <summary>{t('legend')}</summary>
      <h2>{t('kinds')}</h2>
      <ul>
        {ENTITY_KINDS.map((kind) => {
          const shown = !hiddenKinds.includes(kind);
          return (
            <li key={kind}>
              <button type="button" aria-pressed={shown} className="legend-item" onClick={() => onToggleKind(kind)}>
                <span
                  className={`legend-shape shape-${KIND_STYLE[kind].shape}`}
                  style={{ background: KIND_STYLE[kind].color }}
                />
                {t(kindKey(kind))}
              </button>
            </li>
          );
        })}
      </ul>
      <h2>{t('relationGroups')}</h2>
      <ul>
        {RELATION_GROUPS.map((group) => {
          const types = typesOfGroup(group);
          const shown = !types.every((type) => hiddenTypes.includes(type));
          return (
            <li key={group}>
              <button
                type="button"
                aria-pressed={shown}
                className="legend-item"
                title={types.map((type) => t(relationKey(type))).join(', ')}
                onClick={() => onToggleGroup(group)}
              >
                <span
                  className="legend-line"
                  style={{ borderTopColor: GROUP_STYLE[group].color, borderTopStyle: GROUP_STYLE[group].line }}
                />
                {t(groupKey(group))}
              </button>
            </li>
          );
        })}
        <li className="legend-item static">
          <svg className="legend-line-svg" width={22} height={6} aria-hidden>
            <line
              x1={0}
              y1={3}
              x2={22}
              y2={3}
              stroke={CONFLICT_STYLE.color}
              strokeWidth={2.5}
              strokeDasharray={CONFLICT_STYLE.dash.join(' ')}
            />
          </svg>
          {t('conflictEdge')}
        </li>
      </ul>
      <h2>{t('rings')}</h2>
      <ul data-testid="legend-rings">
        {RINGS.map((ring) => (
          <li key={ring.key} className="legend-item static">
            <span className="legend-ring" style={{ borderColor: ring.color, borderWidth: ring.width }} aria-hidden />
            {t(ring.key)}
          </li>
        ))}
      </ul>
      {asOf && (
        <p className="legend-item static" data-testid="legend-undated">
          <span className="legend-shape legend-undated" aria-hidden />
          {t('undated')}
        </p>
      )}
    </details>
  );
}
