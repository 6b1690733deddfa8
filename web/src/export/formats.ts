/** Text exports of the visible subgraph: JSON, CSV (one table, a `record` column per row) and GraphML. */
import type { ExportSubgraph } from './subgraph';
import { escapeXml } from './xml';

export function toJson(graph: ExportSubgraph): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'record',
  'id',
  'type',
  'name',
  'nameJa',
  'from',
  'to',
  'start',
  'end',
  'citations',
  'notes',
  'notesJa',
  'passages',
] as const;
type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

function csvCell(value: string): string {
  // Quote when needed; a leading formula character is defused for spreadsheet safety.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(graph: ExportSubgraph): string {
  const blank: CsvRow = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as CsvRow;
  const rows: CsvRow[] = [
    ...graph.nodes.map((n) => ({
      ...blank,
      record: 'node',
      id: n.id,
      type: `${n.kind}/${n.type}`,
      name: n.acronym !== null ? `${n.name} (${n.acronym})` : n.name,
      nameJa: n.nameJa,
      start: n.start ?? '',
      end: n.end ?? '',
    })),
    ...graph.edges.map((e) => ({
      ...blank,
      record: 'relation',
      id: e.id,
      type: e.type,
      name: e.role ?? '',
      from: e.from,
      to: e.to,
      start: e.since ?? '',
      end: e.until ?? '',
      citations: e.citations.map((c) => `${c.file}:${c.lineStart}-${c.lineEnd}`).join('; '),
      // One entry per citation, in the same order, separated by " | ".
      notes: e.citations.map((c) => c.note).join(' | '),
      notesJa: e.citations.map((c) => c.noteJa).join(' | '),
      passages: e.citations.map((c) => c.passage ?? '').join(' | '),
    })),
    ...graph.sources.map((s) => ({
      ...blank,
      record: 'source',
      id: s.id,
      type: 'document',
      name: s.title,
      nameJa: s.titleJa,
      citations: `${s.file}: ${s.citedLines.join(', ')}`,
    })),
  ];
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => csvCell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

const NODE_KEYS = ['kind', 'type', 'name', 'nameJa', 'acronym', 'start', 'end'] as const;
const EDGE_KEYS = ['type', 'role', 'since', 'until', 'conflicted', 'citations', 'claims'] as const;

export function toGraphml(graph: ExportSubgraph): string {
  const data = (key: string, value: string | null) =>
    value === null || value === '' ? '' : `      <data key="${key}">${escapeXml(value)}</data>\n`;
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <key id="g_asOf" for="graph" attr.name="asOf" attr.type="string"/>',
    '  <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>',
  ];
  const nodes = graph.nodes.map(
    (n) => `    <node id="${escapeXml(n.id)}">\n` + NODE_KEYS.map((k) => data(`n_${k}`, n[k])).join('') + '    </node>',
  );
  const edges = graph.edges.map(
    (e) =>
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">\n` +
      data('e_type', e.type) +
      data('e_role', e.role) +
      data('e_since', e.since) +
      data('e_until', e.until) +
      data('e_conflicted', String(e.conflicted)) +
      data('e_citations', e.citations.map((c) => `${c.file}:${c.lineStart}-${c.lineEnd}`).join('; ')) +
      // Every claim with its note (en/ja), document, lines and passage, as JSON.
      data('e_claims', JSON.stringify(e.citations)) +
      '    </edge>',
  );
  const sources = graph.sources.map((s) => `${s.file} — ${s.title} (lines ${s.citedLines.join(', ')})`).join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="alliance-atlas" edgedefault="directed">',
    data('g_asOf', graph.asOf === null ? null : String(graph.asOf)).replace(/^ {2}/, ''),
    data('g_sources', sources).replace(/^ {2}/, ''),
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
