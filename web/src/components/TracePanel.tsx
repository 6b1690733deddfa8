/** Trace: the form that asks for paths between two entities, and the ranked paths it found. */
import { useState } from 'react';
import type { RelationType } from '../api/generated';
import type { EntitySummary, RelationSummary, TraceResult } from '../graph/model';
import { TracePaths } from './TracePaths';
import { RELATION_TYPES } from '../vocabulary';
import { relationKey } from '../i18n/strings';
import type { SourceDocument } from '../export/subgraph';
import { DEFAULT_MAX_HOPS, TRACE_PAGE, type TraceSpec } from '../view/state';
import { EntityChip } from './EntityChip';
import { SearchBox } from './SearchBox';
import { useT } from '../i18n/LanguageContext';

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
  /** The path chosen to stay highlighted (kept in the link); null: all of them. */
  chosenPath: number | null;
  onChoosePath: (index: number | null) => void;
  onTrace: (spec: TraceSpec) => void;
  onClear: () => void;
  onSelect: (id: string) => void;
}

export function TracePanel(props: TracePanelProps) {
  const t = useT();
  const { spec, result, entities } = props;
  const [from, setFrom] = useState<EntitySummary | undefined>(() =>
    spec === null ? undefined : entities.get(spec.from),
  );
  const [to, setTo] = useState<EntitySummary | undefined>(() => (spec === null ? undefined : entities.get(spec.to)));
  const [maxHops, setMaxHops] = useState(spec?.maxHops ?? DEFAULT_MAX_HOPS);
  const [types, setTypes] = useState<RelationType[]>(spec?.types ?? []);
  const [useYear, setUseYear] = useState(spec?.useYear ?? false);
  const fromEntity = from ?? (spec === null ? undefined : entities.get(spec.from));
  const toEntity = to ?? (spec === null ? undefined : entities.get(spec.to));

  return (
    <div className="trace-panel">
      <form
        className="trace-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (fromEntity !== undefined && toEntity !== undefined) {
            props.onTrace({ from: fromEntity.id, to: toEntity.id, maxHops, types, useYear, paths: TRACE_PAGE });
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
      {result?.hubSkipped === true && <p className="status note">{t('traceHubSkipped')}</p>}
      {spec !== null && result !== undefined && (
        <TracePaths
          spec={spec}
          result={result}
          entities={entities}
          relations={props.relations}
          sources={props.sources}
          activePath={props.activePath}
          onActivePath={props.onActivePath}
          chosenPath={props.chosenPath}
          onChoosePath={props.onChoosePath}
          onTrace={props.onTrace}
          onSelect={props.onSelect}
        />
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
