/**
 * Mapping the visible graph to Cytoscape elements, and patching a Cytoscape instance towards a
 * new element list by id (add what is new, remove what is gone, update changed data) in one batch.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { EntityKind, RelationType } from '../api/generated';
import { entityFullName, entityLabel, relationKey, subtypePlural, translator, type Lang } from '../i18n/strings';
import type { EntityGroup, VisibleGraph } from '../graph/model';
import { RELATION_GROUP, type RelationGroup } from '../vocabulary';

export interface NodeData {
  id: string;
  label: string;
  /** The whole name, drawn instead of the label on hover and selection. */
  fullName: string;
  kind: EntityKind;
  subtype: string;
  degree: number;
  /** Diameter in px (nodeSize), read by the stylesheet and by the layout. */
  size: number;
  startYear: number | null;
  endYear: number | null;
  /** Relations not on the canvas, shown as "+N" on expanded nodes. */
  more: number;
  expanded: boolean;
  /** A group node (EntityGroup) stands for this many entities; 0 for an entity. */
  members: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  relationType: RelationType;
  group: RelationGroup;
  label: string;
  sinceYear: number | null;
  untilYear: number | null;
  conflicted: boolean;
  /** The edge between a group node and its owner: it stands for many relations, none to select. */
  grouped: boolean;
}

/**
 * Longest node label drawn in full, in units of a narrow character (a full-width one, as in
 * Japanese, counts two): about the 140 px a label may take. Shortened here rather than by
 * Cytoscape's 'ellipsis' wrap, which measures the text again for every character it keeps and
 * made the first frame of an 87-node view take about 200 ms (npm run bench).
 */
const LABEL_UNITS = 26;

/** East Asian wide and full-width characters: Hangul, CJK, kana, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** The text, or as much of it as fits in LABEL_UNITS followed by an ellipsis. */
export function fitLabel(text: string): string {
  let units = 0;
  let kept = '';
  for (const char of text) {
    units += WIDE.test(char) ? 2 : 1;
    if (units > LABEL_UNITS - 1) return `${kept.trimEnd()}…`;
    kept += char;
  }
  return text;
}

const SMALLEST_NODE = 18;
const LARGEST_NODE = 54;
/** Relations at which a node reaches its largest size. */
const LARGEST_AT_DEGREE = 60;

/**
 * A node's diameter grows with its relations. Computed here, not by a style mapper, so the layout
 * can have sizes without asking Cytoscape to compute every node's style first (for 5,000 nodes
 * that took 0.9 s before the layout worker could start; now the style is computed while it runs).
 */
export function nodeSize(degree: number): number {
  const share = Math.min(Math.max(degree, 0), LARGEST_AT_DEGREE) / LARGEST_AT_DEGREE;
  return SMALLEST_NODE + share * (LARGEST_NODE - SMALLEST_NODE);
}

/**
 * Short labels that tell entities apart: where two or more entities on the canvas would read the
 * same (three programmes all called "ITPP"), each of them is named in full instead.
 */
export function distinctLabels(
  entities: readonly { id: string; name: string; nameJa: string; acronym: string | null }[],
  lang: Lang,
): Map<string, string> {
  const short = entities.map((e) => [e.id, entityLabel(e, lang)] as const);
  const uses = new Map<string, number>();
  short.forEach(([, label]) => uses.set(label, (uses.get(label) ?? 0) + 1));
  return new Map(
    entities.map((e, i) => {
      const label = short[i]![1];
      return [e.id, (uses.get(label) ?? 0) > 1 ? entityFullName(e, lang) : label];
    }),
  );
}

export function toElements(graph: VisibleGraph, lang: Lang): { nodes: NodeData[]; edges: EdgeData[] } {
  const t = translator(lang);
  const labels = distinctLabels(graph.nodes, lang);
  const nodes = graph.nodes.map((entity): NodeData => {
    const more = graph.hiddenRelations.get(entity.id) ?? 0;
    const expanded = graph.expanded.has(entity.id);
    const name = fitLabel(labels.get(entity.id) ?? entityLabel(entity, lang));
    return {
      id: entity.id,
      label: expanded && more > 0 ? `${name}  +${more}` : name,
      fullName: entityFullName(entity, lang),
      kind: entity.kind,
      subtype: entity.type,
      degree: entity.degree,
      size: nodeSize(entity.degree),
      startYear: entity.start?.year ?? null,
      endYear: entity.end?.year ?? null,
      more,
      expanded,
      members: 0,
    };
  });
  const names = new Map(graph.nodes.map((n) => [n.id, entityLabel(n, lang)]));
  nodes.push(...graph.groups.map((group) => groupNode(group, names.get(group.owner) ?? group.owner, lang)));
  const edges = graph.edges.map((relation): EdgeData => ({
    id: relation.id,
    source: relation.from.id,
    target: relation.to.id,
    relationType: relation.type,
    group: RELATION_GROUP[relation.type],
    label: t(relationKey(relation.type)),
    sinceYear: relation.since?.year ?? null,
    untilYear: relation.until?.year ?? null,
    conflicted: relation.conflicted,
    grouped: false,
  }));
  edges.push(
    ...graph.groups.map((group): EdgeData => {
      const [source, target] = group.towardsOwner ? [group.nodeId, group.owner] : [group.owner, group.nodeId];
      return {
        id: group.edgeId,
        source,
        target,
        relationType: group.relationType,
        group: RELATION_GROUP[group.relationType],
        label: t(relationKey(group.relationType)),
        sinceYear: null,
        untilYear: null,
        conflicted: false,
        grouped: true,
      };
    }),
  );
  return { nodes, edges };
}

/** A closed group as one node: "23 countries", sized as if it had a relation per member. */
function groupNode(group: EntityGroup, owner: string, lang: Lang): NodeData {
  const t = translator(lang);
  const count = group.members.length;
  const things = subtypePlural(group.type, count, lang);
  return {
    id: group.nodeId,
    label: t('groupLabel', { count, things }),
    fullName: t('groupFullName', { count, things, owner }),
    kind: group.kind,
    subtype: group.type,
    degree: count,
    size: nodeSize(count),
    startYear: null,
    endYear: null,
    more: 0,
    expanded: false,
    members: count,
  };
}

export interface SyncResult {
  added: string[];
  removed: string[];
  updated: string[];
}

type ElementData = NodeData | EdgeData;

function sameData(current: Record<string, unknown>, next: ElementData): boolean {
  return Object.entries(next).every(([key, value]) => current[key] === value);
}

/**
 * Brings `cy` to exactly the given elements. New nodes are placed next to an already placed
 * neighbour so an incremental layout starts from a sensible spot.
 */
export function syncElements(cy: Core, next: { nodes: NodeData[]; edges: EdgeData[] }): SyncResult {
  const wanted = new Map<string, ElementData>();
  next.nodes.forEach((n) => wanted.set(n.id, n));
  next.edges.forEach((e) => wanted.set(e.id, e));
  const result: SyncResult = { added: [], removed: [], updated: [] };

  cy.batch(() => {
    const stale = cy.elements().filter((el) => !wanted.has(el.id()));
    result.removed = stale.map((el) => el.id());
    cy.remove(stale);

    for (const [id, data] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        if (!sameData(existing.data() as Record<string, unknown>, data)) {
          existing.data(data);
          result.updated.push(id);
        }
      }
    }

    const newNodes = next.nodes.filter((n) => cy.getElementById(n.id).empty());
    const anchors = neighbourAnchors(cy, newNodes, next.edges);
    const extent = cy.extent();
    const viewCentre = { x: extent.x1 + extent.w / 2, y: extent.y1 + extent.h / 2 };
    const additions: ElementDefinition[] = newNodes.map((n, i) => ({
      group: 'nodes',
      data: { ...n },
      position: spread(anchors.get(n.id) ?? viewCentre, i),
    }));
    const newEdges = next.edges.filter((e) => cy.getElementById(e.id).empty());
    additions.push(...newEdges.map((e): ElementDefinition => ({ group: 'edges', data: { ...e } })));
    cy.add(additions);
    result.added = additions.map((a) => a.data.id ?? '');
  });
  // Cytoscape keeps a label's measured size across data() changes (a new language would be drawn
  // clipped to the old label's width); re-applying the stylesheet measures the labels again.
  if (result.updated.length > 0) cy.style().update();
  return result;
}

function neighbourAnchors(cy: Core, newNodes: NodeData[], edges: EdgeData[]): Map<string, { x: number; y: number }> {
  const anchors = new Map<string, { x: number; y: number }>();
  const pending = new Set(newNodes.map((n) => n.id));
  for (const edge of edges) {
    const [fresh, placed] = pending.has(edge.source) ? [edge.source, edge.target] : [edge.target, edge.source];
    if (!pending.has(fresh) || anchors.has(fresh)) continue;
    const anchor = cy.getElementById(placed);
    if (anchor.nonempty()) anchors.set(fresh, { ...anchor.position() });
  }
  return anchors;
}

/** Points on a small spiral around the anchor, so fresh nodes do not start stacked. */
function spread(anchor: { x: number; y: number }, index: number): { x: number; y: number } {
  const angle = index * 2.4;
  const radius = 40 + 6 * index;
  return { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
}
