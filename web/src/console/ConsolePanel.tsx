/**
 * The GraphQL console (GraphiQL, bundled; loaded lazily). Any result that contains entities or
 * relations can be drawn on the canvas.
 */
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { useMemo, useRef, useState } from 'react';
import { GRAPHQL_ENDPOINT } from '../api/client';
import { EXAMPLE_QUERIES } from './examples';
import { extractGraph } from './extract';
import { useT } from '../i18n/LanguageContext';

export interface ConsolePanelProps {
  onDraw: (entityIds: string[]) => void;
}

export default function ConsolePanel({ onDraw }: ConsolePanelProps) {
  const t = useT();
  const lastResult = useRef<unknown>(undefined);
  const [message, setMessage] = useState('');

  const fetcher = useMemo<GraphiQLProps['fetcher']>(
    () => async (params) => {
      const response = await fetch(GRAPHQL_ENDPOINT, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(params),
      });
      const result: unknown = await response.json();
      if (params.operationName !== 'IntrospectionQuery') lastResult.current = result;
      return result as Awaited<ReturnType<GraphiQLProps['fetcher']>>;
    },
    [],
  );
  const defaultTabs = useMemo(() => EXAMPLE_QUERIES.map((query) => ({ query })), []);

  const draw = () => {
    const graph = extractGraph(lastResult.current);
    if (graph.entityIds.length === 0) {
      setMessage(t('drawNothing'));
      return;
    }
    onDraw(graph.entityIds);
    setMessage(t('drawn', { nodes: graph.entityIds.length, edges: graph.relations.length }));
  };

  return (
    <div className="console-panel">
      <div className="console-bar">
        <button type="button" className="primary" onClick={draw} data-testid="console-draw">
          {t('drawResult')}
        </button>
        <span role="status" className="console-message">
          {message}
        </span>
      </div>
      <div className="graphiql-host">
        <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} defaultEditorToolsVisibility={false} />
      </div>
    </div>
  );
}
