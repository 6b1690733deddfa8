/**
 * `npm run export -- DIR`: the whole accepted graph (seed and curated) as a seed directory, in the
 * seed's YAML format: sources.yaml, conflicts.yaml, entities.yaml and graph.yaml (facts and
 * relations with their claims, each claim with its provenance), plus texts/ with the texts of the
 * sources added through curation. `npm run seed -- --check DIR` validates it, and it loads into an
 * empty database to the same fingerprint: claims are written in data-set order, so the validator
 * numbers their ids and orders date-conflict sides as the graph has them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseRelationId } from '../domain/relationId.js';
import type { ExportedClaim, GraphExport } from '../db/curationRepository.js';
import type { EntityRecord } from '../db/records.js';
import { nameKey } from '../seed/checks/names.js';
import { EXPORT_TEXTS_DIR } from '../seed/paths.js';

type Entry = Record<string, unknown>;

/** Drops absent values: the seed files leave out what an item does not have. */
const compact = (entry: Entry): Entry =>
  Object.fromEntries(
    Object.entries(entry).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );

function claimEntry(c: ExportedClaim): Entry {
  const isRelation = c.subjectKind === 'RELATION';
  const curated = c.origin === 'curated';
  return compact({
    doc: c.doc,
    lines: [c.lineStart, c.lineEnd],
    note: c.note,
    noteJa: c.noteJa,
    [isRelation ? 'since' : 'start']: c.since,
    [isRelation ? 'until' : 'end']: c.until,
    conflict: c.conflict,
    side: c.side,
    origin: curated ? 'curated' : null,
    author: c.authorEmail,
    reviewer: c.reviewerEmail,
    deprecated: c.deprecated ? true : null,
    deprecationReason: c.deprecationReason,
  });
}

/** Names an entity shares with another: the seed lists them under sharedNames on both. */
function sharedNames(entities: readonly EntityRecord[]): Map<string, string[]> {
  const names = (e: EntityRecord) => [e.name, e.nameJa, e.acronym, ...(e.aliases ?? []), ...(e.aliasesJa ?? [])];
  const owners = new Map<string, Set<string>>();
  for (const e of entities)
    for (const name of names(e))
      if (name) owners.set(nameKey(name), (owners.get(nameKey(name)) ?? new Set()).add(e.id));
  return new Map(
    entities.map((e) => [
      e.id,
      [...new Set(names(e).filter((n): n is string => !!n && owners.get(nameKey(n))!.size > 1))],
    ]),
  );
}

/** The seed files of a graph, by path relative to the export directory. */
export function exportFiles(graph: GraphExport): Map<string, string> {
  const files = new Map<string, string>();
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
  files.set(
    'sources.yaml',
    yaml(
      graph.documents.map((d) =>
        compact({
          id: d.id,
          file: d.file,
          lineCount: d.lineCount,
          title: d.title,
          titleJa: d.titleJa,
          publisher: d.publisher,
          date: d.date,
        }),
      ),
    ),
  );
  const statements = graph.conflicts.filter((x) => x.kind === 'STATEMENT');
  files.set(
    'conflicts.yaml',
    yaml({
      conflicts: statements.map((x) => ({
        id: x.id,
        topic: x.topic,
        topicJa: x.topicJa,
        sides: x.sides.map((s) => ({ id: s.id, position: s.position, positionJa: s.positionJa })),
      })),
    }),
  );
  const shared = sharedNames(graph.entities);
  files.set(
    'entities.yaml',
    yaml({
      entities: graph.entities.map((e) =>
        compact({
          id: e.id,
          kind: e.kind,
          type: e.type,
          name: e.name,
          nameJa: e.nameJa,
          acronym: e.acronym,
          aliases: e.aliases,
          aliasesJa: e.aliasesJa,
          description: e.description,
          descriptionJa: e.descriptionJa,
          place: e.place,
          placeJa: e.placeJa,
          sharedNames: shared.get(e.id),
        }),
      ),
    }),
  );
  const claimsOf = new Map<string, ExportedClaim[]>();
  for (const claim of graph.claims) claimsOf.set(claim.subjectId, [...(claimsOf.get(claim.subjectId) ?? []), claim]);
  // Subjects in the order of their first claim, so that claims keep their data-set order.
  const facts: Entry[] = [];
  const relations: Entry[] = [];
  const relationById = new Map(graph.relations.map((r) => [r.id, r]));
  for (const [subjectId, claims] of claimsOf) {
    const relation = relationById.get(subjectId);
    if (relation)
      relations.push(
        compact({
          type: relation.type,
          from: relation.from,
          to: relation.to,
          role: relation.role,
          roleJa: relation.roleJa,
          key: parseRelationId(relation.id)?.key,
          claims: claims.map(claimEntry),
        }),
      );
    else facts.push({ entity: subjectId, claims: claims.map(claimEntry) });
  }
  files.set('graph.yaml', yaml({ facts, relations }));
  for (const [doc, lines] of graph.texts) {
    const file = graph.documents.find((d) => d.id === doc)!.file;
    files.set(path.join(EXPORT_TEXTS_DIR, file), lines.map((line) => `${line}\n`).join(''));
  }
  return files;
}

export function writeExport(dir: string, graph: GraphExport): string[] {
  const written: string[] = [];
  for (const [file, text] of exportFiles(graph)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    written.push(file);
  }
  return written;
}
