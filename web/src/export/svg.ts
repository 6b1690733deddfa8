/** A hand-built SVG of the canvas from node positions, with a legend and the "as of" year. */
import { escapeXml } from './xml';

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  size: number;
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon';
  label: string;
  highlighted: boolean;
}

export interface SvgEdge {
  source: string;
  target: string;
  color: string;
  /** Dash pattern as the canvas draws the line (null: solid). */
  dash: readonly number[] | null;
  highlighted: boolean;
}

export interface SvgLegendItem {
  label: string;
  color: string;
  /** A node kind's shape; without one the item is a line, `dash` its pattern (null: solid). */
  shape?: SvgNode['shape'];
  dash?: readonly number[] | null;
}

export interface SvgScene {
  nodes: SvgNode[];
  edges: SvgEdge[];
  legend: { title: string; items: SvgLegendItem[] }[];
  title: string;
  caption: string;
  fontFamily: string;
  highlightColor: string;
}

const PADDING = 40;
const LEGEND_WIDTH = 210;
const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

function shapeSvg(shape: SvgNode['shape'], x: number, y: number, size: number, attrs: string): string {
  const r = size / 2;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" ${attrs}/>`;
    case 'round-rectangle':
      return `<rect x="${fmt(x - r)}" y="${fmt(y - r)}" width="${fmt(size)}" height="${fmt(size)}" rx="${fmt(r / 3)}" ${attrs}/>`;
    case 'diamond':
      return `<polygon points="${fmt(x)},${fmt(y - r)} ${fmt(x + r)},${fmt(y)} ${fmt(x)},${fmt(y + r)} ${fmt(x - r)},${fmt(y)}" ${attrs}/>`;
    case 'hexagon': {
      const points = Array.from({ length: 6 }, (_, i) => {
        const angle = (Math.PI / 3) * i;
        return `${fmt(x + r * Math.cos(angle))},${fmt(y + r * Math.sin(angle))}`;
      });
      return `<polygon points="${points.join(' ')}" ${attrs}/>`;
    }
  }
}

const dashAttribute = (dash: readonly number[] | null) =>
  dash === null ? '' : ` stroke-dasharray="${dash.join(' ')}"`;

export function toSvg(scene: SvgScene): string {
  const xs = scene.nodes.flatMap((n) => [n.x - n.size, n.x + n.size]);
  const ys = scene.nodes.flatMap((n) => [n.y - n.size, n.y + n.size + 16]);
  const minX = xs.length > 0 ? Math.min(...xs) : 0;
  const minY = ys.length > 0 ? Math.min(...ys) : 0;
  const graphWidth = (xs.length > 0 ? Math.max(...xs) - minX : 200) + 2 * PADDING;
  const legendRows = scene.legend.reduce((sum, section) => sum + section.items.length + 2, 0);
  const graphHeight = (ys.length > 0 ? Math.max(...ys) - minY : 200) + 2 * PADDING + 50;
  const height = Math.max(graphHeight, 70 + legendRows * 20);
  const width = graphWidth + LEGEND_WIDTH;
  const dx = PADDING - minX;
  const dy = PADDING + 50 - minY;
  const position = new Map(scene.nodes.map((n) => [n.id, { x: n.x + dx, y: n.y + dy }]));

  const edges = scene.edges.flatMap((e) => {
    const a = position.get(e.source);
    const b = position.get(e.target);
    if (a === undefined || b === undefined) return [];
    const color = e.highlighted ? scene.highlightColor : e.color;
    const dash = dashAttribute(e.dash);
    return [
      `<line x1="${fmt(a.x)}" y1="${fmt(a.y)}" x2="${fmt(b.x)}" y2="${fmt(b.y)}" stroke="${color}" stroke-width="${e.highlighted ? 4 : 1.5}"${dash} marker-end="url(#arrow)"/>`,
    ];
  });
  const nodes = scene.nodes.map((n) => {
    const p = position.get(n.id) ?? { x: 0, y: 0 };
    const stroke = n.highlighted ? scene.highlightColor : '#ffffff';
    return [
      `<g class="node" data-id="${escapeXml(n.id)}">`,
      shapeSvg(
        n.shape,
        p.x,
        p.y,
        n.size,
        `fill="${n.color}" stroke="${stroke}" stroke-width="${n.highlighted ? 4 : 1.5}"`,
      ),
      `<text x="${fmt(p.x)}" y="${fmt(p.y + n.size / 2 + 13)}" text-anchor="middle" font-size="11" fill="#1f2a37">${escapeXml(n.label)}</text>`,
      '</g>',
    ].join('');
  });

  let legendY = 70;
  const legend: string[] = [];
  for (const section of scene.legend) {
    legend.push(
      `<text x="${fmt(graphWidth)}" y="${legendY}" font-size="12" font-weight="600" fill="#1f2a37">${escapeXml(section.title)}</text>`,
    );
    legendY += 20;
    for (const item of section.items) {
      legend.push(
        item.shape === undefined
          ? `<line x1="${fmt(graphWidth)}" y1="${legendY - 4}" x2="${fmt(graphWidth + 22)}" y2="${legendY - 4}" stroke="${item.color}" stroke-width="2.5"${dashAttribute(item.dash ?? null)}/>`
          : shapeSvg(item.shape, graphWidth + 8, legendY - 4, 12, `fill="${item.color}"`),
        `<text x="${fmt(graphWidth + 30)}" y="${legendY}" font-size="11" fill="#44505e">${escapeXml(item.label)}</text>`,
      );
      legendY += 20;
    }
    legendY += 12;
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" font-family="${escapeXml(scene.fontFamily)}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="16" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#7d8a99"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PADDING}" y="30" font-size="18" font-weight="600" fill="#1f2a37">${escapeXml(scene.title)}</text>`,
    `<text x="${PADDING}" y="50" font-size="12" fill="#5b6776">${escapeXml(scene.caption)}</text>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="legend">${legend.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
