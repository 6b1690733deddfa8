/** The claims' notes and passages of the exported relations, asked for at export time. */
import { request } from '../api/client';
import type { ExportEvidence } from './subgraph';

/** The API's limit on ids per request. */
const IDS_PER_REQUEST = 500;

export async function fetchExportEvidence(relationIds: readonly string[]): Promise<ExportEvidence> {
  const evidence = new Map<string, ExportEvidence extends ReadonlyMap<string, infer V> ? V : never>();
  for (let i = 0; i < relationIds.length; i += IDS_PER_REQUEST) {
    const { relations } = await request('ExportEvidence', { ids: relationIds.slice(i, i + IDS_PER_REQUEST) });
    for (const relation of relations) evidence.set(relation.id, relation.claims);
  }
  return evidence;
}
