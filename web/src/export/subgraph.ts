/** The visible subgraph as exported: entities, relations with their citations, and the sources cited. */
import type { AtlasQuery, ExportEvidenceQuery } from '../api/generated';
import type { EntitySummary, RelationSummary } from '../graph/model';

export type SourceDocument = AtlasQuery['sources'][number];

export interface ExportCitation {
  claim: string;
  document: string;
  file: string;
  lineStart: number;
  lineEnd: number;
  note: string;
  noteJa: string;
  /** The cited lines' text, joined by newlines; null when the source text is unavailable. */
  passage: string | null;
}

/**
 * What the API says about each exported relation's claims (see evidence.ts), by relation id: the
 * relation summaries on the canvas carry only their count.
 */
export type ExportEvidence = ReadonlyMap<string, ExportEvidenceQuery['relations'][number]['claims']>;

export interface ExportSubgraph {
  asOf: number | null;
  nodes: {
    id: string;
    kind: string;
    type: string;
    name: string;
    nameJa: string;
    acronym: string | null;
    start: string | null;
    end: string | null;
  }[];
  edges: {
    id: string;
    type: string;
    from: string;
    to: string;
    role: string | null;
    since: string | null;
    until: string | null;
    conflicted: boolean;
    citations: ExportCitation[];
  }[];
  sources: { id: string; file: string; title: string; titleJa: string; citedLines: string[] }[];
}

export function buildSubgraph(
  nodes: readonly EntitySummary[],
  edges: readonly RelationSummary[],
  sources: readonly SourceDocument[],
  asOf: number | null,
  evidence: ExportEvidence = new Map(),
): ExportSubgraph {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const citedLines = new Map<string, Set<string>>();
  const exportedEdges = edges.map((edge) => {
    const citations = (evidence.get(edge.id) ?? []).map((claim): ExportCitation => {
      const lines = claim.lineStart === claim.lineEnd ? `${claim.lineStart}` : `${claim.lineStart}-${claim.lineEnd}`;
      const cited = citedLines.get(claim.document.id) ?? new Set<string>();
      citedLines.set(claim.document.id, cited.add(lines));
      return {
        claim: claim.id,
        document: claim.document.id,
        file: sourceById.get(claim.document.id)?.file ?? '',
        lineStart: claim.lineStart,
        lineEnd: claim.lineEnd,
        note: claim.note,
        noteJa: claim.noteJa,
        passage: claim.passage?.lines.map((l) => l.text).join('\n') ?? null,
      };
    });
    return {
      id: edge.id,
      type: edge.type,
      from: edge.from.id,
      to: edge.to.id,
      role: edge.role,
      since: edge.since?.value ?? null,
      until: edge.until?.value ?? null,
      conflicted: edge.conflicted,
      citations,
    };
  });
  return {
    asOf,
    nodes: nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      type: n.type,
      name: n.name,
      nameJa: n.nameJa,
      acronym: n.acronym,
      start: n.start?.value ?? null,
      end: n.end?.value ?? null,
    })),
    edges: exportedEdges,
    sources: [...citedLines.keys()].sort().map((id) => {
      const source = sourceById.get(id);
      return {
        id,
        file: source?.file ?? '',
        title: source?.title ?? '',
        titleJa: source?.titleJa ?? '',
        citedLines: [...(citedLines.get(id) ?? [])],
      };
    }),
  };
}
