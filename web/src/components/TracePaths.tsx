/**
 * The ranked paths of a trace: why they come in this order, one sentence per path, each hop with
 * its dates and citations, a one-click filter for weak links and "More paths".
 */
import type { SourceDocument } from '../export/subgraph';
import type { EntitySummary, RelationSummary, TraceResult } from '../graph/model';
import { useLanguage } from '../i18n/LanguageContext';
import { pathSentence, sharedMembersSentence, type SentencePath } from '../i18n/pathSentence';
import { entityLabel, relationKey } from '../i18n/strings';
import { MAX_TRACE_PATHS, TRACE_PAGE, type TraceSpec } from '../view/state';
import { RELATION_TYPES } from '../vocabulary';
import { ConflictBadge } from './Citations';
import { DateText } from './DateText';
import { CitationLink } from './evidence/CitationLink';

export interface TracePathsProps {
  spec: TraceSpec;
  result: TraceResult;
  entities: ReadonlyMap<string, EntitySummary>;
  relations: ReadonlyMap<string, RelationSummary>;
  sources: readonly SourceDocument[];
  activePath: number | null;
  onActivePath: (index: number | null) => void;
  chosenPath: number | null;
  onChoosePath: (index: number | null) => void;
  onTrace: (spec: TraceSpec) => void;
  onSelect: (id: string) => void;
}

interface ResolvedPath extends SentencePath {
  key: string;
  nodes: EntitySummary[];
  edges: RelationSummary[];
  weakHops: number;
}

export function TracePaths({ spec, result, entities, relations, sources, ...props }: TracePathsProps) {
  const { lang, t } = useLanguage();
  const sourceFile = new Map(sources.map((s) => [s.id, s.file]));
  const citationsOf = (relationId: string) => result.citations.get(relationId) ?? [];
  const paths = result.paths.flatMap((path): ResolvedPath[] => {
    const nodes = path.nodeIds.map((id) => entities.get(id));
    const edges = path.edgeIds.map((id) => relations.get(id));
    const known = <T,>(items: (T | undefined)[]): items is T[] => items.every((x) => x !== undefined);
    return known(nodes) && known(edges) ? [{ key: path.edgeIds.join('|'), nodes, edges, weakHops: path.weakHops }] : [];
  });
  const weak = new Set(result.weakTypes);
  const withoutWeak = RELATION_TYPES.filter((type) => !weak.has(type));
  const excludesWeak = spec.types.length > 0 && spec.types.every((type) => !weak.has(type));
  const shared = sharedMembersSentence(paths, lang, t);

  if (paths.length === 0) return <p className="status empty">{t('traceNoPaths')}</p>;
  return (
    <div className="trace-results">
      <p className="status note" data-testid="trace-ranking">
        {t('traceRanked')}
      </p>
      {shared !== null && (
        <p className="trace-summary" data-testid="trace-summary">
          {shared}
        </p>
      )}
      <div className="form-actions">
        {excludesWeak ? (
          <button type="button" onClick={() => props.onTrace({ ...spec, types: [] })}>
            {t('traceIncludeWeak')}
          </button>
        ) : (
          <button
            type="button"
            data-testid="trace-exclude-weak"
            title={result.weakTypes.map((type) => t(relationKey(type))).join(', ')}
            onClick={() =>
              props.onTrace({
                ...spec,
                types: (spec.types.length > 0 ? spec.types : withoutWeak).filter((type) => !weak.has(type)),
              })
            }
          >
            {t('traceExcludeWeak')}
          </button>
        )}
      </div>
      <ol className="paths" data-testid="trace-paths">
        {paths.map((path, index) => (
          <li
            key={path.key}
            className={['path', props.activePath === index && 'active', props.chosenPath === index && 'chosen-path']
              .filter(Boolean)
              .join(' ')}
            data-weak-hops={path.weakHops}
            data-testid="trace-path"
            onMouseEnter={() => props.onActivePath(index)}
            onMouseLeave={() => props.onActivePath(null)}
            onFocus={() => props.onActivePath(index)}
            onBlur={() => props.onActivePath(null)}
          >
            <div className="path-head">
              <h3>
                {t('pathN', { n: index + 1 })} · {t('hops', { n: path.edges.length })}
                {path.weakHops > 0 && <span className="weak-badge"> · {t('traceWeakHops', { n: path.weakHops })}</span>}
              </h3>
              <button
                type="button"
                className="choose-path"
                aria-pressed={props.chosenPath === index}
                data-testid="trace-choose"
                onClick={() => props.onChoosePath(props.chosenPath === index ? null : index)}
              >
                {t('traceChoosePath')}
              </button>
            </div>
            <p className="path-sentence" data-testid="path-sentence">
              {pathSentence(path, lang, t)}
            </p>
            <ol className="hops">
              {path.edges.map((edge, hop) => {
                const a = path.nodes[hop]!;
                const b = path.nodes[hop + 1]!;
                const forward = edge.from.id === a.id;
                return (
                  <li key={edge.id} className={weak.has(edge.type) ? 'hop weak' : 'hop'}>
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
                    <span className="hop-dates" data-testid="hop-dates">
                      {edge.since === null && edge.until === null ? (
                        t('traceUndated')
                      ) : (
                        <>
                          <DateText date={edge.since} /> – {edge.until !== null && <DateText date={edge.until} />}
                        </>
                      )}
                    </span>
                    <span className="hop-citations">
                      {citationsOf(edge.id).map((claim) => (
                        <CitationLink
                          key={claim.id}
                          className="cite cite-link"
                          citation={claim}
                          trail={citationsOf(edge.id)}
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
      {result.hasMore && spec.paths < MAX_TRACE_PATHS && (
        <button
          type="button"
          data-testid="trace-more"
          onClick={() => props.onTrace({ ...spec, paths: Math.min(spec.paths + TRACE_PAGE, MAX_TRACE_PATHS) })}
        >
          {t('traceMorePaths')}
        </button>
      )}
    </div>
  );
}
