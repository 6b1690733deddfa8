/**
 * The GraphQL console (GraphiQL, bundled; loaded lazily). Any result that contains entities or
 * relations can be drawn on the canvas. Its example tabs are written in the interface language.
 */
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { useMemo, useRef, useState } from 'react';
import { GRAPHQL_ENDPOINT } from '../api/client';
import type { Lang } from '../i18n/strings';
import { exampleQueries } from './examples';
import { extractGraph } from './extract';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * GraphiQL keeps its tabs (the examples and what the user wrote) in localStorage; each language
 * keeps its own, so that the console opens with the examples in the language it is shown in.
 * GraphiQL holds on to one storage for the page and reads it while it renders, so the storage is
 * one for the page and the language is set before GraphiQL renders (a new language remounts it).
 */
let storageLang: Lang = 'en';
const scoped = (key: string) => `${key}@${storageLang}`;
const ownKeys = () => Object.keys(localStorage).filter((key) => key.endsWith(`@${storageLang}`));
const consoleStorage: NonNullable<GraphiQLProps['storage']> = {
  getItem: (key) => localStorage.getItem(scoped(key)),
  setItem: (key, value) => localStorage.setItem(scoped(key), value),
  removeItem: (key) => localStorage.removeItem(scoped(key)),
  clear: () => ownKeys().forEach((key) => localStorage.removeItem(key)),
  get length() {
    return ownKeys().length;
  },
};

export interface ConsolePanelProps {
  onDraw: (entityIds: string[]) => void;
}

export default function ConsolePanel({ onDraw }: ConsolePanelProps) {
  const { lang, t } = useLanguage();
  storageLang = lang;
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
  const defaultTabs = useMemo(() => exampleQueries(t).map((query) => ({ query })), [t]);

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
        <GraphiQL
          key={lang}
          fetcher={fetcher}
          defaultTabs={defaultTabs}
          defaultEditorToolsVisibility={false}
          storage={consoleStorage}
        />
      </div>
    </div>
  );
}
