/** Export of the visible view: images (PNG, SVG) and data (JSON, CSV, GraphML) with the sources cited. */
import type { Core } from 'cytoscape';
import { useState } from 'react';
import { downloadBlob, downloadText } from '../export/download';
import { fetchExportEvidence } from '../export/evidence';
import { toCsv, toGraphml, toJson } from '../export/formats';
import { canvasPng, canvasSvg } from '../export/image';
import { buildSubgraph, type SourceDocument } from '../export/subgraph';
import type { EntitySummary, RelationSummary } from '../graph/model';
import { useT } from '../i18n/LanguageContext';

export interface ExportMenuProps {
  cy: Core | null;
  year: number | null;
  nodes: readonly EntitySummary[];
  edges: readonly RelationSummary[];
  sources: readonly SourceDocument[];
  summary: string;
}

export function ExportMenu({ cy, year, nodes, edges, sources, summary }: ExportMenuProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const base = `alliance-atlas${year === null ? '' : `-${year}`}`;
  const imageText = { title: t('appTitle'), caption: `${t('asOf')}: ${year ?? t('allYears')} · ${summary}` };
  // Data exports carry each relation's claims with their notes and passages, read from the API
  // when asked for (the canvas's relations carry only their claim counts).
  const exportData = (format: (graph: ReturnType<typeof buildSubgraph>) => string, file: string, type: string) =>
    void fetchExportEvidence(edges.map((e) => e.id)).then(
      (evidence) => downloadText(format(buildSubgraph(nodes, edges, sources, year, evidence)), file, type),
      // The API away: the export still has the entities and relations, without their citations.
      () => downloadText(format(buildSubgraph(nodes, edges, sources, year)), file, type),
    );

  return (
    <details
      className="menu export-menu"
      onKeyDown={(event) => {
        // Escape closes the menu and gives the focus back to its button, as the other menus do.
        if (event.key === 'Escape' && event.currentTarget.open) {
          event.currentTarget.open = false;
          event.currentTarget.querySelector('summary')?.focus();
        }
      }}
    >
      <summary data-testid="export-menu">{t('export')}</summary>
      <div className="menu-body" role="group" aria-label={t('export')}>
        <button
          type="button"
          disabled={cy === null}
          data-testid="export-png"
          onClick={() => {
            if (cy !== null) void canvasPng(cy, t, imageText).then((blob) => downloadBlob(blob, `${base}.png`));
          }}
        >
          {t('exportPng')}
        </button>
        <button
          type="button"
          disabled={cy === null}
          data-testid="export-svg"
          onClick={() => cy !== null && downloadText(canvasSvg(cy, t, imageText), `${base}.svg`, 'image/svg+xml')}
        >
          {t('exportSvg')}
        </button>
        <hr />
        <button
          type="button"
          data-testid="export-json"
          onClick={() => exportData(toJson, `${base}.json`, 'application/json')}
        >
          {t('exportJson')}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => exportData(toCsv, `${base}.csv`, 'text/csv')}>
          {t('exportCsv')}
        </button>
        <button
          type="button"
          data-testid="export-graphml"
          onClick={() => exportData(toGraphml, `${base}.graphml`, 'application/graphml+xml')}
        >
          {t('exportGraphml')}
        </button>
        <hr />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(window.location.href).then(() => {
              setCopied(true);
              window.setTimeout(() => setCopied(false), 2000);
            });
          }}
        >
          {copied ? t('linkCopied') : t('shareLink')}
        </button>
      </div>
    </details>
  );
}
