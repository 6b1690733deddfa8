/** Membership matrix: actors × chosen frameworks, with the overlaps of each pair; clickable into the graph. */
import { useQuery } from '../api/hooks';
import { entityLabel, formatPartialDate, relationKey } from '../i18n/strings';
import { COMPARE_CHIPS } from '../view/chips';
import { EntityChip } from './EntityChip';
import { CitationLink } from './evidence/CitationLink';
import { QueryStatus } from './QueryStatus';
import { SearchBox } from './SearchBox';
import { useLanguage } from '../i18n/LanguageContext';

export interface ComparePanelProps {
  ids: string[];
  year: number | null;
  onChange: (ids: string[]) => void;
  /** Puts entities on the canvas and selects `select`. */
  onReveal: (ids: string[], select: string) => void;
  /** Puts entities on the canvas, the panel staying open. */
  onDraw: (ids: string[]) => void;
}

export function ComparePanel({ ids, year, onChange, onReveal, onDraw }: ComparePanelProps) {
  const { lang, t } = useLanguage();
  const query = useQuery('Compare', { ids, asOf: year }, ids.length === 0);
  const comparison = ids.length === 0 ? undefined : query.data?.compare;
  const frameworks = comparison?.frameworks ?? [];
  // On the canvas, the relations among the entities placed are drawn: the memberships come with them.
  const membersOf = (row: NonNullable<typeof comparison>['rows'][number]) =>
    row.cells.filter((cell) => cell.relations.length > 0).map((cell) => cell.framework.id);
  const nameOf = new Map(
    [...frameworks, ...(comparison?.rows.map((r) => r.actor) ?? [])].map((e) => [e.id, entityLabel(e, lang)]),
  );

  return (
    <div className="compare-panel">
      <p className="panel-hint">{t('compareHelp')}</p>
      <div className="preset-row">
        {COMPARE_CHIPS.filter((p) => !ids.includes(p.id)).map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="preset"
            data-testid="compare-preset"
            onClick={() => onChange([...ids, preset.id])}
          >
            + {t(preset.label)}
          </button>
        ))}
      </div>
      <SearchBox
        label={t('compareAdd')}
        placeholder={t('compareAdd')}
        kinds={['FRAMEWORK']}
        onChoose={(entity) => onChange([...ids, entity.id])}
        testId="compare-search"
      />
      {frameworks.length > 0 && (
        <div className="chosen">
          {frameworks.map((f) => (
            <EntityChip
              key={f.id}
              entity={f}
              onRemove={() => onChange(ids.filter((id) => id !== f.id))}
              removeLabel={t('removeItem')}
            />
          ))}
        </div>
      )}
      {comparison !== undefined && (
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            data-testid="compare-draw"
            title={t('compareDrawHint')}
            onClick={() => onDraw([...frameworks.map((f) => f.id), ...comparison.rows.map((row) => row.actor.id)])}
          >
            {t('compareDraw')}
          </button>
          {year !== null && (
            <span className="status note" data-testid="compare-as-of">
              {t('asOf')}: {year}
            </span>
          )}
        </div>
      )}
      <QueryStatus loading={query.loading && comparison === undefined} error={query.error} retry={query.retry} />
      {comparison !== undefined && comparison.rows.length > 0 && (
        <div className="matrix-scroll">
          <table className="matrix" data-testid="compare-matrix">
            <caption className="visually-hidden">{t('compare')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actor')}</th>
                {frameworks.map((f) => (
                  <th key={f.id} scope="col">
                    <button type="button" className="link-button" onClick={() => onReveal([f.id], f.id)}>
                      {entityLabel(f, lang)}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((row) => {
                const memberships = row.cells.filter((c) => c.relations.length > 0).length;
                return (
                  <tr
                    key={row.actor.id}
                    className={memberships > 1 ? 'overlap' : undefined}
                    data-actor-id={row.actor.id}
                  >
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onReveal([row.actor.id, ...membersOf(row)], row.actor.id)}
                      >
                        {entityLabel(row.actor, lang)}
                      </button>
                    </th>
                    {row.cells.map((cell) => {
                      const relation = cell.relations[0];
                      if (relation === undefined)
                        return <td key={cell.framework.id} className="empty" aria-label="—" />;
                      const role = lang === 'ja' ? (relation.roleJa ?? relation.role) : relation.role;
                      const label = [
                        t(relationKey(relation.type)),
                        role,
                        relation.since === null ? null : formatPartialDate(relation.since, t),
                      ]
                        .filter((part): part is string => part !== null && part !== '')
                        .join(' · ');
                      return (
                        <td key={cell.framework.id} className="member" data-framework-id={cell.framework.id}>
                          <button
                            type="button"
                            className="cell-button"
                            title={label}
                            aria-label={`${entityLabel(row.actor, lang)} — ${nameOf.get(cell.framework.id) ?? ''}: ${label}`}
                            onClick={() => onReveal([row.actor.id, cell.framework.id], relation.id)}
                          >
                            ●
                          </button>
                          {relation.claims[0] !== undefined && (
                            <CitationLink
                              className="cell-citation cite-link"
                              citation={relation.claims[0]}
                              trail={relation.claims}
                              file={relation.claims[0].document.file}
                              label="¶"
                            />
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {comparison !== undefined && comparison.overlaps.length > 0 && (
        <section className="overlaps">
          <h3>{t('overlaps')}</h3>
          <ul>
            {comparison.overlaps.map((overlap) => (
              <li key={`${overlap.a.id}|${overlap.b.id}`}>
                <strong>
                  {nameOf.get(overlap.a.id)} ∩ {nameOf.get(overlap.b.id)}
                </strong>
                {': '}
                {overlap.actors.length === 0
                  ? t('noOverlap')
                  : overlap.actors.map((a) => nameOf.get(a.id) ?? a.id).join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
