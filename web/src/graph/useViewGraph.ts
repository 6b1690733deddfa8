/** The graph a view state shows: fetched slices, the visible graph derived from them, and what the filters and the year leave shown. */
import { useMemo } from 'react';
import { traceAsOf, type ViewState } from '../view/state';
import { applyFilters, filterGroups, isShown } from './filters';
import { deriveVisibleGraph } from './model';
import { useGraphData } from './useGraphData';

export function useViewGraph(state: ViewState) {
  const asOf = traceAsOf(state.doc.trace, state.year);
  const data = useGraphData(state.doc, asOf);
  const graph = useMemo(() => deriveVisibleGraph(state.doc, data.cache, asOf), [state.doc, data.cache, asOf]);
  const filters = useMemo(() => {
    const view = {
      year: state.year,
      hideUndated: state.hideUndated,
      hiddenTypes: state.hiddenTypes,
      hiddenKinds: state.hiddenKinds,
    };
    return filterGroups(graph.groups, applyFilters(graph.nodes, graph.edges, view), view);
  }, [graph, state.year, state.hideUndated, state.hiddenTypes, state.hiddenKinds]);
  const shownNodes = useMemo(() => graph.nodes.filter((n) => isShown(n.id, filters)), [graph, filters]);
  const shownEdges = useMemo(() => graph.edges.filter((e) => isShown(e.id, filters)), [graph, filters]);
  return { asOf, data, graph, filters, shownNodes, shownEdges };
}
