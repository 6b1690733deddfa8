/**
 * The explorer: search, canvas, side panels (details, trace, compare, list, console), time slider.
 * State lives in one reducer (view/state.ts) mirrored into the URL; the canvas is derived from it.
 */
import type { Core } from 'cytoscape';
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useQuery } from './api/hooks';
import { ComparePanel } from './components/ComparePanel';
import { DetailsPanel, type DetailsActions } from './components/DetailsPanel';
import { ExportMenu } from './components/ExportMenu';
import { Legend, typesOfGroup } from './components/Legend';
import { useCanvasForEvidence } from './components/evidence/EvidenceContext';
import { EvidenceButton, EvidenceDrawer } from './components/evidence/EvidenceDrawer';
import { ErrorNotice } from './components/QueryStatus';
import { SearchBox } from './components/SearchBox';
import { TableView } from './components/TableView';
import { TimeSlider } from './components/TimeSlider';
import { TracePanel } from './components/TracePanel';
import { toElements } from './graph/elements';
import { applyFilters, isShown } from './graph/filters';
import { fitView, GraphView } from './graph/GraphView';
import { deriveVisibleGraph } from './graph/model';
import { useGraphData } from './graph/useGraphData';
import { useLanguage } from './i18n/LanguageContext';
import type { MessageKey } from './i18n/strings';
import { exposeProbe } from './testHook';
import { canRedo, canUndo, LAYOUT_NAMES, traceYear, viewReducer, type LayoutName, type PanelName } from './view/state';
import { decodeView, encodeView } from './view/url';

const ConsolePanel = lazy(() => import('./console/ConsolePanel'));

const PANEL_LABELS: Record<PanelName, MessageKey> = {
  details: 'details',
  trace: 'trace',
  compare: 'compare',
  table: 'table',
  console: 'console',
};
const LAYOUT_LABELS: Record<LayoutName, MessageKey> = {
  fcose: 'layoutFcose',
  concentric: 'layoutConcentric',
  timeline: 'layoutTimeline',
};
const STARTERS: readonly { id: string; label: string }[] = [
  { id: 'framework:quad', label: 'Quad' },
  { id: 'framework:seato', label: 'SEATO' },
  { id: 'actor:nato', label: 'NATO' },
  { id: 'actor:japan', label: 'Japan / 日本' },
];

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function App() {
  const [state, dispatch] = useReducer(viewReducer, undefined, () => decodeView(window.location.search));
  const { lang, t, setLang } = useLanguage();
  const [cy, setCy] = useState<Core | null>(null);
  const [layoutRevision, setLayoutRevision] = useState(0);
  const [activePath, setActivePath] = useState<number | null>(null);

  const atlas = useQuery('Atlas', {});
  const asOf = traceYear(state);
  const data = useGraphData(state.doc, asOf);
  const graph = useMemo(() => deriveVisibleGraph(state.doc, data.cache, asOf), [state.doc, data.cache, asOf]);
  const elements = useMemo(() => toElements(graph, lang), [graph, lang]);
  const filters = useMemo(
    () =>
      applyFilters(graph.nodes, graph.edges, {
        year: state.year,
        hiddenTypes: state.hiddenTypes,
        hiddenKinds: state.hiddenKinds,
      }),
    [graph, state.year, state.hiddenTypes, state.hiddenKinds],
  );
  const shownNodes = useMemo(() => graph.nodes.filter((n) => isShown(n.id, filters)), [graph, filters]);
  const shownEdges = useMemo(() => graph.edges.filter((e) => isShown(e.id, filters)), [graph, filters]);
  const traced = useMemo(() => {
    const paths = graph.trace?.paths ?? [];
    const chosen = activePath === null ? paths : paths.slice(activePath, activePath + 1);
    return chosen.length === 0 ? null : new Set(chosen.flatMap((p) => [...p.nodeIds, ...p.edgeIds]));
  }, [graph.trace, activePath]);

  useEffect(() => {
    const search = encodeView(state);
    if (search !== window.location.search.replace(/^\?/, '')) {
      window.history.replaceState(null, '', search === '' ? window.location.pathname : `?${search}`);
    }
  }, [state]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isEditable(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) dispatch({ type: 'undo' });
      else if (key === 'y' || (key === 'z' && event.shiftKey)) dispatch({ type: 'redo' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onReady = useCallback((instance: Core | null) => {
    setCy(instance);
    exposeProbe(instance);
  }, []);
  const select = useCallback((id: string | null) => dispatch({ type: 'select', id }), []);
  const expanded = graph.expanded;
  const onExpand = useCallback(
    (id: string) => dispatch(expanded.has(id) ? { type: 'showMore', id } : { type: 'expand', id }),
    [expanded],
  );
  const setYear = useCallback((year: number | null) => dispatch({ type: 'setYear', year }), []);
  const reveal = useCallback((ids: string[], selectId: string) => {
    dispatch({ type: 'addEntities', ids });
    dispatch({ type: 'select', id: selectId });
  }, []);
  useCanvasForEvidence(useCallback((ids: string[]) => reveal(ids, ids[0]!), [reveal]));
  const actions: DetailsActions = useMemo(
    () => ({
      select,
      focusEntity: (id) => dispatch({ type: 'focusEntity', id }),
      expand: (id, types, limit) => dispatch({ type: 'expand', id, types, limit }),
      showMore: (id) => dispatch({ type: 'showMore', id }),
      collapse: (id) => dispatch({ type: 'collapse', id }),
      remove: (id) => dispatch({ type: 'remove', id }),
      reveal,
    }),
    [select, reveal],
  );

  const minYear = atlas.data?.atlas.minYear ?? null;
  const maxYear = atlas.data?.atlas.maxYear ?? null;
  const summary = t('graphSummary', { nodes: shownNodes.length, edges: shownEdges.length });
  const apiError = atlas.error ?? data.error;
  const retry = () => {
    atlas.retry();
    data.retry();
  };
  const empty = state.doc.nodes.length === 0 && state.doc.expansions.length === 0 && state.doc.trace === null;

  return (
    <div className={`app panel-${state.panel}`}>
      <header className="app-header">
        <div className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <div>
            <h1>{t('appTitle')}</h1>
            <p className="subtitle">{t('appSubtitle')}</p>
          </div>
        </div>
        <SearchBox
          lang={lang}
          t={t}
          label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          onChoose={(entity) => dispatch({ type: 'focusEntity', id: entity.id })}
          className="main-search"
          testId="main-search"
        />
        <nav className="toolbar" aria-label="Toolbar">
          <button
            type="button"
            className="icon-button"
            onClick={() => dispatch({ type: 'undo' })}
            disabled={!canUndo(state)}
            title={`${t('undo')} (Ctrl+Z)`}
            aria-label={t('undo')}
            data-testid="undo"
          >
            ↶
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => dispatch({ type: 'redo' })}
            disabled={!canRedo(state)}
            title={`${t('redo')} (Ctrl+Shift+Z)`}
            aria-label={t('redo')}
            data-testid="redo"
          >
            ↷
          </button>
          <label className="visually-hidden" htmlFor="layout-select">
            {t('layout')}
          </label>
          <select
            id="layout-select"
            value={state.layout}
            title={t('layout')}
            onChange={(event) => dispatch({ type: 'setLayout', layout: event.target.value as LayoutName })}
          >
            {LAYOUT_NAMES.map((name) => (
              <option key={name} value={name}>
                {t(LAYOUT_LABELS[name])}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => setLayoutRevision((n) => n + 1)} title={t('relayout')}>
            {t('relayout')}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'clear' })} disabled={empty}>
            {t('clear')}
          </button>
          <ExportMenu
            t={t}
            cy={cy}
            year={state.year}
            nodes={shownNodes}
            edges={shownEdges}
            sources={atlas.data?.sources ?? []}
            summary={summary}
          />
          <EvidenceButton />
          <button
            type="button"
            className="lang-toggle"
            onClick={() => setLang(lang === 'en' ? 'ja' : 'en')}
            aria-label={`${t('language')}: ${t('switchLanguage')}`}
            lang={lang === 'en' ? 'ja' : 'en'}
            data-testid="lang-toggle"
          >
            {t('switchLanguage')}
          </button>
        </nav>
      </header>

      <main className="workspace">
        <section className="canvas-area" aria-label={summary}>
          <GraphView
            elements={elements}
            filters={filters}
            traced={traced}
            selected={state.selected}
            focus={state.focus}
            layout={state.layout}
            layoutRevision={layoutRevision}
            ariaLabel={`${summary}. ${t('keyboardHelp')}`}
            minimapLabel={t('minimap')}
            layingOutLabel={t('layingOut')}
            onSelect={select}
            onExpand={onExpand}
            onReady={onReady}
          />
          <Legend
            t={t}
            hiddenKinds={state.hiddenKinds}
            hiddenTypes={state.hiddenTypes}
            onToggleKind={(kind) => dispatch({ type: 'toggleKind', kind })}
            onToggleGroup={(group) => {
              const types = typesOfGroup(group);
              const allHidden = types.every((type) => state.hiddenTypes.includes(type));
              types
                .filter((type) => state.hiddenTypes.includes(type) === allHidden)
                .forEach((relationType) => dispatch({ type: 'toggleRelationType', relationType }));
            }}
          />
          <div className="canvas-status">
            {apiError !== undefined && <ErrorNotice t={t} error={apiError} retry={retry} />}
            {apiError === undefined && (data.loading || graph.pending > 0) && (
              <p className="status loading" role="status" data-testid="graph-loading">
                <span className="spinner" aria-hidden /> {t('loading')}
              </p>
            )}
          </div>
          {empty && apiError === undefined && (
            <div className="empty-state" data-testid="empty-state">
              <h2>{t('emptyTitle')}</h2>
              <p>{t('emptyBody')}</p>
              <div className="preset-row">
                {STARTERS.map((starter) => (
                  <button
                    key={starter.id}
                    type="button"
                    className="preset"
                    onClick={() => dispatch({ type: 'focusEntity', id: starter.id })}
                  >
                    {starter.label}
                  </button>
                ))}
              </div>
            </div>
          )}
          <div className="zoom-controls">
            <button
              type="button"
              className="icon-button"
              aria-label={t('zoomIn')}
              title={t('zoomIn')}
              onClick={() => zoomBy(cy, 1.25)}
            >
              +
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('zoomOut')}
              title={t('zoomOut')}
              onClick={() => zoomBy(cy, 0.8)}
            >
              −
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('fit')}
              title={t('fit')}
              onClick={() => cy !== null && fitView(cy)}
            >
              ⤢
            </button>
          </div>
          <p className="graph-summary" aria-live="polite">
            {summary}
          </p>
          <EvidenceDrawer />
          {minYear !== null && maxYear !== null && (
            <TimeSlider t={t} minYear={minYear} maxYear={maxYear} year={state.year} onChange={setYear} />
          )}
        </section>

        <aside className="side-panel" aria-label={t(PANEL_LABELS[state.panel])}>
          <div className="tabs" role="tablist">
            {(Object.keys(PANEL_LABELS) as PanelName[]).map((panel) => (
              <button
                key={panel}
                type="button"
                role="tab"
                id={`tab-${panel}`}
                aria-selected={state.panel === panel}
                aria-controls="side-panel-body"
                className={state.panel === panel ? 'tab active' : 'tab'}
                data-testid={`tab-${panel}`}
                onClick={() => dispatch({ type: 'setPanel', panel })}
              >
                {t(PANEL_LABELS[panel])}
              </button>
            ))}
          </div>
          <div id="side-panel-body" className="panel-body" role="tabpanel" aria-labelledby={`tab-${state.panel}`}>
            {state.panel === 'details' && (
              <DetailsPanel
                selected={state.selected}
                lang={lang}
                t={t}
                hiddenRelations={state.selected === null ? undefined : graph.hiddenRelations.get(state.selected)}
                expanded={state.selected !== null && graph.expanded.has(state.selected)}
                actions={actions}
              />
            )}
            {state.panel === 'trace' && (
              <TracePanel
                lang={lang}
                t={t}
                spec={state.doc.trace}
                result={graph.trace}
                loading={data.loading}
                entities={data.cache.entities}
                relations={data.cache.relations}
                sources={atlas.data?.sources ?? []}
                activePath={activePath}
                onActivePath={setActivePath}
                onTrace={(trace) => dispatch({ type: 'setTrace', trace })}
                onClear={() => dispatch({ type: 'clearTrace' })}
                onSelect={select}
              />
            )}
            {state.panel === 'compare' && (
              <ComparePanel
                lang={lang}
                t={t}
                ids={state.compare}
                year={state.year}
                onChange={(ids) => dispatch({ type: 'setCompare', ids })}
                onReveal={reveal}
              />
            )}
            {state.panel === 'table' && (
              <TableView
                lang={lang}
                t={t}
                nodes={shownNodes}
                edges={shownEdges}
                hiddenRelations={graph.hiddenRelations}
                selected={state.selected}
                onSelect={select}
                onExpand={onExpand}
                onRemove={(id) => dispatch({ type: 'remove', id })}
              />
            )}
            {state.panel === 'console' && (
              <Suspense fallback={<p className="status loading">{t('consoleLoading')}</p>}>
                <ConsolePanel t={t} onDraw={(ids) => dispatch({ type: 'addEntities', ids })} />
              </Suspense>
            )}
          </div>
        </aside>
      </main>
    </div>
  );
}

function zoomBy(cy: Core | null, factor: number): void {
  if (cy === null) return;
  cy.animate(
    { zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    { duration: 150 },
  );
}
