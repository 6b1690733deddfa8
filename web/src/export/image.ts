/** PNG and SVG images of the canvas as shown, with the legend and the "as of" year. */
import type { Core } from 'cytoscape';
import { FONT_FAMILY, TRACE_COLOR } from '../canvas/style';
import {
  CONFLICT_STYLE,
  ENTITY_KINDS,
  GROUP_STYLE,
  KIND_STYLE,
  RELATION_GROUPS,
  type RelationGroup,
} from '../vocabulary';
import { groupKey, kindKey, type Translate } from '../i18n/strings';
import { toSvg, type SvgLegendItem, type SvgScene } from './svg';

export interface ImageText {
  title: string;
  caption: string;
}

/** The dash patterns Cytoscape draws for the groups' line styles (its defaults), for the images. */
const LINE_DASH: Record<'solid' | 'dashed' | 'dotted', readonly number[] | null> = {
  solid: null,
  dashed: [6, 3],
  dotted: [1, 1],
};

export function legendSections(t: Translate): SvgScene['legend'] {
  return [
    {
      title: t('kinds'),
      items: ENTITY_KINDS.map((kind): SvgLegendItem => ({
        label: t(kindKey(kind)),
        color: KIND_STYLE[kind].color,
        shape: KIND_STYLE[kind].shape,
      })),
    },
    {
      title: t('relationGroups'),
      items: [
        ...RELATION_GROUPS.map((group): SvgLegendItem => ({
          label: t(groupKey(group)),
          color: GROUP_STYLE[group].color,
          dash: LINE_DASH[GROUP_STYLE[group].line],
        })),
        { label: t('conflictEdge'), color: CONFLICT_STYLE.color, dash: CONFLICT_STYLE.dash },
      ],
    },
  ];
}

export function canvasSvg(cy: Core, t: Translate, text: ImageText): string {
  const nodes = cy.nodes(':visible').map((node) => {
    const kind = node.data('kind') as keyof typeof KIND_STYLE;
    return {
      id: node.id(),
      x: node.position('x'),
      y: node.position('y'),
      size: node.width(),
      color: KIND_STYLE[kind].color,
      shape: KIND_STYLE[kind].shape,
      label: String(node.data('label')),
      highlighted: node.hasClass('traced'),
    };
  });
  const edges = cy.edges(':visible').map((edge) => {
    const group = edge.data('group') as RelationGroup;
    const conflicted = edge.data('conflicted') === true;
    return {
      source: edge.source().id(),
      target: edge.target().id(),
      color: conflicted ? CONFLICT_STYLE.color : GROUP_STYLE[group].color,
      dash: conflicted ? CONFLICT_STYLE.dash : LINE_DASH[GROUP_STYLE[group].line],
      highlighted: edge.hasClass('traced'),
    };
  });
  return toSvg({
    nodes,
    edges,
    legend: legendSections(t),
    title: text.title,
    caption: text.caption,
    fontFamily: FONT_FAMILY,
    highlightColor: TRACE_COLOR,
  });
}

const LEGEND_WIDTH = 230;
const HEADER_HEIGHT = 64;

/** The canvas rendered at 2× with a header (title, caption) and the legend beside it. */
export async function canvasPng(cy: Core, t: Translate, text: ImageText): Promise<Blob> {
  const graph = await cy.png({
    output: 'blob-promise',
    full: true,
    scale: 2,
    bg: '#ffffff',
    maxWidth: 6000,
    maxHeight: 6000,
  });
  const bitmap = await createImageBitmap(graph);
  const sections = legendSections(t);
  const legendHeight = sections.reduce((sum, s) => sum + 40 + s.items.length * 40, 40);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width + LEGEND_WIDTH * 2;
  canvas.height = Math.max(bitmap.height + HEADER_HEIGHT * 2, legendHeight + HEADER_HEIGHT * 2);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('2D canvas unavailable');
  context.scale(2, 2);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1f2a37';
  context.font = `600 18px ${FONT_FAMILY}`;
  context.fillText(text.title, 20, 30);
  context.fillStyle = '#5b6776';
  context.font = `12px ${FONT_FAMILY}`;
  context.fillText(text.caption, 20, 50);
  context.drawImage(bitmap, 0, HEADER_HEIGHT, bitmap.width / 2, bitmap.height / 2);

  let y = HEADER_HEIGHT + 10;
  const x = bitmap.width / 2 + 20;
  for (const section of sections) {
    context.fillStyle = '#1f2a37';
    context.font = `600 12px ${FONT_FAMILY}`;
    context.fillText(section.title, x, y);
    y += 20;
    for (const item of section.items) {
      context.fillStyle = item.color;
      context.strokeStyle = item.color;
      if (item.shape === undefined) {
        context.lineWidth = 2.5;
        context.setLineDash(item.dash ?? []);
        context.beginPath();
        context.moveTo(x, y - 4);
        context.lineTo(x + 22, y - 4);
        context.stroke();
        context.setLineDash([]);
      } else {
        context.fill(shapePath(item.shape, x + 8, y - 4, 12));
      }
      context.fillStyle = '#44505e';
      context.font = `11px ${FONT_FAMILY}`;
      context.fillText(item.label, x + 30, y);
      y += 20;
    }
    y += 12;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob === null ? reject(new Error('PNG encoding failed')) : resolve(blob)), 'image/png'),
  );
}

/** A node shape as the canvas draws it, for the PNG legend. */
function shapePath(shape: NonNullable<SvgLegendItem['shape']>, x: number, y: number, size: number): Path2D {
  const r = size / 2;
  const path = new Path2D();
  const polygon = (points: [number, number][]) => {
    points.forEach(([px, py], i) => (i === 0 ? path.moveTo(px, py) : path.lineTo(px, py)));
    path.closePath();
  };
  switch (shape) {
    case 'ellipse':
      path.arc(x, y, r, 0, 2 * Math.PI);
      break;
    case 'round-rectangle':
      path.roundRect(x - r, y - r, size, size, r / 3);
      break;
    case 'diamond':
      polygon([
        [x, y - r],
        [x + r, y],
        [x, y + r],
        [x - r, y],
      ]);
      break;
    case 'hexagon':
      polygon(
        Array.from({ length: 6 }, (_, i): [number, number] => [
          x + r * Math.cos((Math.PI / 3) * i),
          y + r * Math.sin((Math.PI / 3) * i),
        ]),
      );
      break;
  }
  return path;
}
