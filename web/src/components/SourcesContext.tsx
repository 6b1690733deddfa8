/**
 * The source documents (the Atlas query's `sources`, read once per page) for every citation list:
 * a claim names its document by id, and the list looks up the title and file here instead of
 * each answer repeating them for every claim.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AtlasQuery } from '../api/generated';

export type SourceDocument = AtlasQuery['sources'][number];

const SourcesContext = createContext<ReadonlyMap<string, SourceDocument>>(new Map());

export function SourcesProvider({ sources, children }: { sources: readonly SourceDocument[]; children: ReactNode }) {
  const byId = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  return <SourcesContext.Provider value={byId}>{children}</SourcesContext.Provider>;
}

/** The document with this id; undefined until the sources have arrived. */
export function useSourceDocument(id: string): SourceDocument | undefined {
  return useContext(SourcesContext).get(id);
}
