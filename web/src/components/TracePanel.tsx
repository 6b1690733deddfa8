/** Trace: the k shortest paths between two entities, listed hop by hop with citations. */
import { useState } from 'react';
import type { RelationType } from '../api/generated';
import type { EntitySummary, RelationSummary, TraceResult } from '../graph/model';
import { RELATION_TYPES } from '../vocabulary';
import { entityLabel, relationKey } from '../i18n/strings';
import type { SourceDocument } from '../export/subgraph';
import { DEFAULT_MAX_HOPS, type TraceSpec } from '../view/state';
import { ConflictBadge } from './Citations';
import { CitationLink } from './evidence/CitationLink';
import { EntityChip } from './EntityChip';
import { SearchBox } from './SearchBox';
import { useT } from '../i18n/LanguageContext';
import { useLanguage } from '../i18n/LanguageContext';

export interface TracePanelProps {
  spec: TraceSpec | null;
  /** The year the trace was asked for (traceAsOf), null when it ignores the time slider. */
  asOf: number | null;
  result: TraceResult | undefined;
  loading: boolean;
  entities: ReadonlyMap<string, EntitySummary>;
  relations: ReadonlyMap<string, RelationSummary>;
  sources: readonly SourceDocument[];
  activePath: number | null;
  onActivePath: (index: number | null) => void;
  onTrace: (spec: TraceSpec) => void;
  onClear: () => void;
  onSelect: (id: string) => void;
}

export function TracePanel(props: TracePanelProps) {
  const { lang, t } = useLanguage();
  const { spec, result, entities } = props;
  const [from, setFrom] = useState<EntitySummary | undefined>(() =>
    spec === null ? undefined : entities.get(spec.from),
  );
  const [to, setTo] = useState<EntitySummary | undefined>(() => (spec === null ? undefined : entities.get(spec.to)));
  const [maxHops, setMaxHops] = useState(spec?.maxHops ?? DEFAULT_MAX_HOPS);
  const [types, setTypes] = useState<RelationType[]>(spec?.types ?? []);
  const [useYear, setUseYear] = useState(spec?.useYear ?? false);
  const sourceFile = new Map(props.sources.map((s) => [s.id, s.file]));
  const fromEntity = from ?? (spec === null ? undefined : entities.get(spec.from));
  const toEntity = to ?? (spec === null ? undefined : entities.get(spec.to));

  return (
    <div className="trace-panel">
      <form
        className="trace-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (fromEntity !== undefined && toEntity !== undefined) {
            props.onTrace({ from: fromEntity.id, to: toEntity.id, maxHops, types, useYear });
          }
        }}
      >
        <EndpointField label={t('traceFrom')} entity={fromEntity} onChoose={setFrom} testId="trace-from" />
        <EndpointField label={t('traceTo')} entity={toEntity} onChoose={setTo} testId="trace-to" />
        <div className="field inline">
          <label htmlFor="trace-hops">{t('traceMaxHops')}</label>
          <select id="trace-hops" value={maxHops} onChange={(event) => setMaxHops(Number(event.target.value))}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <label className="checkbox">
            <input type="checkbox" checked={useYear} onChange={(event) => setUseYear(event.target.checked)} />
            {t('useYear')}
          </label>
        </div>
        <details className="type-filter">
          <summary>
            {t('traceTypes')} {types.length > 0 && `(${types.length})`}
          </summary>
          <div className="type-grid">
            {RELATION_TYPES.map((type) => (
              <label key={type} className="checkbox">
                <input
                  type="checkbox"
                  checked={types.includes(type)}
                  onChange={() => setTypes(types.includes(type) ? types.filter((x) => x !== type) : [...types, type])}
                />
                {t(relationKey(type))}
              </label>
            ))}
          </div>
        </details>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={fromEntity === undefined || toEntity === undefined}>
            {t('traceRun')}
          </button>
          {spec !== null && (
            <button type="button" onClick={props.onClear}>
              {t('traceClear')}
            </button>
          )}
        </div>
      </form>
      {spec !== null && props.loading && result === undefined && (
        <p className="status loading" role="status">
          <span className="spinner" aria-hidden /> {t('loading')}
        </p>
      )}
      {result !== undefined && props.asOf !== null && (
        <p className="status note" data-testid="trace-as-of">
          {t('asOf')}: {props.asOf}
        </p>
      )}
      {result !== undefined && result.paths.length === 0 && <p className="status empty">{t('traceNoPaths')}</p>}
      {result?.truncated === true && <p className="status note">{t('traceTruncated')}</p>}
      {result !== undefined && result.paths.length > 0 && (
        <ol className="paths" data-testid="trace-paths">
          {result.paths.map((path, index) => (
            <li
              key={path.edgeIds.join('|')}
              className={props.activePath === index ? 'path active' : 'path'}
              onMouseEnter={() => props.onActivePath(index)}
              onMouseLeave={() => props.onActivePath(null)}
              onFocus={() => props.onActivePath(index)}
            >
              <h3>
                {t('pathN', { n: index + 1 })} · {t('hops', { n: path.edgeIds.length })}
              </h3>
              <ol className="hops">
                {path.edgeIds.map((edgeId, hop) => {
                  const edge = props.relations.get(edgeId);
                  const a = entities.get(path.nodeIds[hop] ?? '');
                  const b = entities.get(path.nodeIds[hop + 1] ?? '');
                  if (edge === undefined || a === undefined || b === undefined) return null;
                  const forward = edge.from.id === a.id;
                  return (
                    <li key={edgeId} className="hop">
                      <button type="button" className="link-button" onClick={() => props.onSelect(a.id)}>
                        {entityLabel(a, lang)}
                      </button>
                      <button type="button" className="hop-relation" onClick={() => props.onSelect(edge.id)}>
                        {forward ? '—' : '←'} {t(relationKey(edge.type))} {forward ? '→' : '—'}
                      </button>
                      <button type="button" className="link-button" onClick={() => props.onSelect(b.id)}>
                        {entityLabel(b, lang)}
                      </button>
                      {edge.conflicted && <ConflictBadge />}
                      <span className="hop-citations">
                        {edge.claims.map((claim) => (
                          <CitationLink
                            key={claim.id}
                            className="cite cite-link"
                            citation={claim}
                            trail={edge.claims}
                            file={sourceFile.get(claim.document.id) ?? claim.document.id}
                            label={`${sourceFile.get(claim.document.id) ?? claim.document.id}:${claim.lineStart}–${claim.lineEnd}`}
                          />
                        ))}
                      </span>
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

interface EndpointFieldProps {
  label: string;
  entity: EntitySummary | undefined;
  onChoose: (entity: EntitySummary | undefined) => void;
  testId: string;
}

/** One end of the trace: the chosen entity as a removable chip, or a search box to choose it. */
function EndpointField({ label, entity, onChoose, testId }: EndpointFieldProps) {
  const t = useT();
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      {entity !== undefined ? (
        <EntityChip entity={entity} onRemove={() => onChoose(undefined)} removeLabel={t('removeItem')} />
      ) : (
        <SearchBox label={label} placeholder={t('searchPlaceholder')} onChoose={onChoose} testId={testId} />
      )}
    </div>
  );
}
