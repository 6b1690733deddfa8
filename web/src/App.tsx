/**
 * The explorer: wires the view state (view/, mirrored into the URL) and the graph derived from it
 * (graph/) to the canvas (canvas/GraphView), the toolbar, the canvas overlay and the side panel.
 */
import type { Core } from 'cytoscape';
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type Dispatch, type MouseEvent } from 'react';
import { useQuery } from './api/hooks';
import { toElements } from './canvas/elements';
import { GraphView } from './canvas/GraphView';
import { Announcer } from './components/Announcer';
import { CanvasOverlay } from './components/CanvasOverlay';
import { LinkNotice } from './components/LinkNotice';
import { ExpandGuard } from './components/ExpandGuard';
import { useCanvasForEvidence } from './components/evidence/EvidenceContext';
import { SidePanel } from './components/SidePanel';
import { Toolbar } from './components/Toolbar';
import { tracedIds } from './graph/model';
import { guardExpansion, type ExpandAction, type GuardVerdict } from './graph/sizeGuard';
import { useViewGraph } from './graph/useViewGraph';
import { useLanguage } from './i18n/LanguageContext';
import { entityLabel } from './i18n/strings';
import { exposeProbe } from './testHook';
import { useUndoShortcuts } from './view/useUndoShortcuts';
import { groupKeyOfNode, type ViewAction } from './view/state';
import { useUrlView } from './view/useUrlView';
import { SourcesProvider, type SourceDocument } from './components/SourcesContext';

const NO_SOURCES: readonly SourceDocument[] = [];

const ConsolePanel = lazy(() => import('./console/ConsolePanel'));

export function App() {
  const { state, dispatch: viewDispatch, link, setPlacement } = useUrlView();
  useUndoShortcuts(viewDispatch);
  const { lang, t } = useLanguage();
  const [cy, setCy] = useState<Core | null>(null);
  const [layoutRevision, setLayoutRevision] = useState(0);
  const [activePath, setActivePath] = useState<number | null>(null);

  const atlas = useQuery('Atlas', {});
  const { asOf, data, graph, filters, shownNodes, shownEdges } = useViewGraph(state);
  const elements = useMemo(() => toElements(graph, lang), [graph, lang]);

  // Expansions pass the hub and size guard first: a big one waits for the user's answer.
  const [guard, setGuard] = useState<{ action: ExpandAction; verdict: Exclude<GuardVerdict, { kind: 'go' }> } | null>(
    null,
  );
  const graphNow = useRef(graph);
  graphNow.current = graph;
  const dispatch: Dispatch<ViewAction> = useCallback(
    (action: ViewAction) => {
      if (action.type === 'expand' || action.type === 'showMore') {
        const verdict = guardExpansion(action, graphNow.current);
        if (verdict.kind !== 'go') {
          setGuard({ action, verdict });
          return;
        }
      }
      viewDispatch(action);
    },
    [viewDispatch],
  );
  const guarded = guard === null ? undefined : graph.nodes.find((n) => n.id === guard.action.id);
  // The path pointed at, else the one chosen (kept in the link), else all of them.
  const highlighted = activePath ?? state.tracePath;
  const traced = useMemo(() => tracedIds(graph.trace, highlighted), [graph.trace, highlighted]);

  const onReady = useCallback((instance: Core | null) => {
    setCy(instance);
    exposeProbe(instance);
  }, []);
  const select = useCallback((id: string | null) => dispatch({ type: 'select', id }), [dispatch]);
  // Enter on the canvas: the details of the selection, with the focus moved there to read them.
  const open = useCallback(
    (id: string) => {
      const group = groupKeyOfNode(id);
      // A group opens into its members where it is; the focus stays on the canvas.
      if (group !== undefined) return dispatch({ type: 'openGroup', key: group });
      dispatch({ type: 'select', id });
      requestAnimationFrame(() => document.getElementById('side-panel-body')?.focus());
    },
    [dispatch],
  );
  const skipTo = (panel: 'table' | null) => (event: MouseEvent) => {
    event.preventDefault();
    if (panel !== null) dispatch({ type: 'setPanel', panel });
    requestAnimationFrame(() => document.getElementById(panel === null ? 'graph-canvas' : 'side-panel-body')?.focus());
  };
  const expanded = graph.expanded;
  const onExpand = useCallback(
    (id: string) => {
      const group = groupKeyOfNode(id);
      if (group !== undefined) dispatch({ type: 'openGroup', key: group });
      else dispatch(expanded.has(id) ? { type: 'showMore', id } : { type: 'expand', id });
    },
    [dispatch, expanded],
  );
  const setYear = useCallback((year: number | null) => dispatch({ type: 'setYear', year }), [dispatch]);
  // "Show on canvas" from the evidence drawer: put a claim's entities on the canvas and select the first.
  useCanvasForEvidence(
    useCallback(
      (ids: string[]) => {
        dispatch({ type: 'addEntities', ids });
        dispatch({ type: 'select', id: ids[0]! });
      },
      [dispatch],
    ),
  );

  const sources = atlas.data?.sources ?? NO_SOURCES;
  const info = atlas.data?.atlas;
  const coverage =
    info === undefined
      ? null
      : {
          documents: sources.length,
          entities: info.entityCount,
          relations: info.relationCount,
          minYear: info.minYear ?? null,
          maxYear: info.maxYear ?? null,
        };
  const { minYear, maxYear } = atlas.data?.atlas ?? { minYear: null, maxYear: null };
  const years = minYear !== null && maxYear !== null ? { min: minYear, max: maxYear } : null;
  const summary = t('graphSummary', { nodes: shownNodes.length, edges: shownEdges.length });
  const retry = () => {
    atlas.retry();
    data.retry();
  };

  return (
    <SourcesProvider sources={sources}>
      <div className={`app panel-${state.panel}`}>
        <nav className="skip-links" aria-label={t('keyboardHelp')}>
          <a href="#graph-canvas" className="skip-link" onClick={skipTo(null)}>
            {t('skipToGraph')}
          </a>
          <a href="#side-panel-body" className="skip-link" onClick={skipTo('table')}>
            {t('skipToList')}
          </a>
        </nav>
        <Toolbar
          state={state}
          dispatch={dispatch}
          cy={cy}
          shownNodes={shownNodes}
          shownEdges={shownEdges}
          sources={sources}
          summary={summary}
          onRelayout={() => setLayoutRevision((n) => n + 1)}
        />
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
              yearAxisLabel={t('yearAxis')}
              onSelect={select}
              onOpen={open}
              onExpand={onExpand}
              onReady={onReady}
              placement={link.placement}
              loading={data.loading || graph.pending > 0}
              onPlacement={setPlacement}
            />
            <Announcer selected={state.selected} nodes={shownNodes} edges={shownEdges} />
            <LinkNotice problems={link.problems} />
            <CanvasOverlay
              coverage={coverage}
              state={state}
              dispatch={dispatch}
              cy={cy}
              loading={data.loading || graph.pending > 0}
              error={atlas.error ?? data.error}
              retry={retry}
              years={years}
              summary={summary}
              onYear={setYear}
            />
            {guard !== null && (
              <ExpandGuard
                name={guarded === undefined ? guard.action.id : entityLabel(guarded, lang)}
                action={guard.action}
                verdict={guard.verdict}
                onChoose={(action) => {
                  setGuard(null);
                  if (action !== null) viewDispatch(action);
                }}
              />
            )}
          </section>
          <SidePanel
            state={state}
            dispatch={dispatch}
            graph={graph}
            cache={data.cache}
            loading={data.loading}
            traceAsOf={asOf}
            shownNodes={shownNodes}
            shownEdges={shownEdges}
            sources={sources}
            activePath={activePath}
            onActivePath={setActivePath}
            onExpand={onExpand}
            console={
              <Suspense fallback={<p className="status loading">{t('consoleLoading')}</p>}>
                <ConsolePanel onDraw={(ids) => dispatch({ type: 'addEntities', ids })} />
              </Suspense>
            }
          />
        </main>
      </div>
    </SourcesProvider>
  );
}
