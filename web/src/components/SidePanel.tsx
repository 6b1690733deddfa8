/** The tabbed side panel: details, trace, compare, list and the GraphQL console. */
import { useMemo, type Dispatch, type KeyboardEvent, type ReactNode } from 'react';
import type { SourceDocument } from '../export/subgraph';
import type { EntitySummary, GraphCache, RelationSummary, VisibleGraph } from '../graph/model';
import { useT } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/strings';
import type { PanelName, ViewAction, ViewState } from '../view/state';
import { ComparePanel } from './ComparePanel';
import type { DetailsActions } from './detailsActions';
import { DetailsPanel } from './DetailsPanel';
import { TableView } from './TableView';
import { TracePanel } from './TracePanel';

const PANEL_LABELS: Record<PanelName, MessageKey> = {
  details: 'details',
  trace: 'trace',
  compare: 'compare',
  table: 'table',
  console: 'console',
};

const PANELS = Object.keys(PANEL_LABELS) as PanelName[];

/** Left/Right (wrapping), Home and End choose a tab and move the focus to it. */
function onTabKey(event: KeyboardEvent<HTMLDivElement>, current: PanelName, dispatch: Dispatch<ViewAction>): void {
  const at = PANELS.indexOf(current);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: PANELS.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  const panel = PANELS[(next + PANELS.length) % PANELS.length]!;
  dispatch({ type: 'setPanel', panel });
  document.getElementById(`tab-${panel}`)?.focus();
}

export interface SidePanelProps {
  state: ViewState;
  dispatch: Dispatch<ViewAction>;
  graph: VisibleGraph;
  cache: GraphCache;
  loading: boolean;
  /** The year the trace was asked for (traceAsOf). */
  traceAsOf: number | null;
  shownNodes: readonly EntitySummary[];
  shownEdges: readonly RelationSummary[];
  sources: readonly SourceDocument[];
  activePath: number | null;
  onActivePath: (index: number | null) => void;
  onExpand: (id: string) => void;
  /** The console, loaded apart from the rest (it is large). */
  console: ReactNode;
}

export function SidePanel(props: SidePanelProps) {
  const { state, dispatch, graph } = props;
  const t = useT();
  const groups = useMemo(
    () => ({ closed: graph.groups, open: graph.openGroups, entities: graph.nodes }),
    [graph.groups, graph.openGroups, graph.nodes],
  );
  const actions: DetailsActions = useMemo(
    () => ({
      select: (id) => dispatch({ type: 'select', id }),
      focusEntity: (id) => dispatch({ type: 'focusEntity', id }),
      expand: (id, types, limit) => dispatch({ type: 'expand', id, types, limit }),
      showMore: (id) => dispatch({ type: 'showMore', id }),
      collapse: (id) => dispatch({ type: 'collapse', id }),
      remove: (id) => dispatch({ type: 'remove', id }),
      openGroup: (key) => dispatch({ type: 'openGroup', key }),
      closeGroup: (key) => dispatch({ type: 'closeGroup', key }),
      reveal: (ids, selectId) => {
        dispatch({ type: 'addEntities', ids });
        dispatch({ type: 'select', id: selectId });
      },
    }),
    [dispatch],
  );

  return (
    <aside className="side-panel" aria-label={t(PANEL_LABELS[state.panel])}>
      <div className="tabs" role="tablist" onKeyDown={(event) => onTabKey(event, state.panel, dispatch)}>
        {PANELS.map((panel) => (
          <button
            key={panel}
            type="button"
            role="tab"
            id={`tab-${panel}`}
            aria-selected={state.panel === panel}
            // Roving tabindex (WAI-ARIA tabs): one Tab stop, arrow keys move between the tabs.
            tabIndex={state.panel === panel ? 0 : -1}
            aria-controls="side-panel-body"
            className={state.panel === panel ? 'tab active' : 'tab'}
            data-testid={`tab-${panel}`}
            onClick={() => dispatch({ type: 'setPanel', panel })}
          >
            {t(PANEL_LABELS[panel])}
          </button>
        ))}
      </div>
      <div
        id="side-panel-body"
        className="panel-body"
        role="tabpanel"
        aria-labelledby={`tab-${state.panel}`}
        // Focusable from a skip link or Enter on the canvas, not a Tab stop of its own.
        tabIndex={-1}
      >
        {state.panel === 'details' && (
          <DetailsPanel
            selected={state.selected}
            hiddenRelations={state.selected === null ? undefined : graph.hiddenRelations.get(state.selected)}
            expanded={state.selected !== null && graph.expanded.has(state.selected)}
            groups={groups}
            actions={actions}
          />
        )}
        {state.panel === 'trace' && (
          <TracePanel
            // The form starts from the trace's types: a new set (one click leaves out weak links) starts it anew.
            key={state.doc.trace?.types.join('.') ?? ''}
            spec={state.doc.trace}
            asOf={props.traceAsOf}
            result={graph.trace}
            loading={props.loading}
            entities={props.cache.entities}
            relations={props.cache.relations}
            sources={props.sources}
            activePath={props.activePath}
            onActivePath={props.onActivePath}
            chosenPath={state.tracePath}
            onChoosePath={(index) => dispatch({ type: 'chooseTracePath', index })}
            onTrace={(trace) => dispatch({ type: 'setTrace', trace })}
            onClear={() => dispatch({ type: 'clearTrace' })}
            onSelect={actions.select}
          />
        )}
        {state.panel === 'compare' && (
          <ComparePanel
            ids={state.compare}
            year={state.year}
            onChange={(ids) => dispatch({ type: 'setCompare', ids })}
            onReveal={actions.reveal}
            onDraw={(ids) => dispatch({ type: 'addEntities', ids })}
          />
        )}
        {state.panel === 'table' && (
          <TableView
            nodes={props.shownNodes}
            edges={props.shownEdges}
            hiddenRelations={graph.hiddenRelations}
            selected={state.selected}
            onSelect={(id) => dispatch({ type: 'select', id, stay: true })}
            onExpand={props.onExpand}
            onRemove={actions.remove}
          />
        )}
        {state.panel === 'console' && props.console}
      </div>
    </aside>
  );
}
