/**
 * An overview map: node positions as dots and the viewport as a frame; click or drag to pan.
 * Redrawn at most once per animation frame.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef, type PointerEvent } from 'react';
import { KIND_STYLE } from '../vocabulary';

const WIDTH = 180;
const HEIGHT = 120;
/** Room between the graph and the map's edge. */
const PAD = 8;

interface Mapping {
  scale: number;
  offsetX: number;
  offsetY: number;
  x1: number;
  y1: number;
}

export function MiniMap({ cy, label }: { cy: Core; label: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const mapping = useRef<Mapping | null>(null);

  useEffect(() => {
    let frame = 0;
    const draw = () => {
      frame = 0;
      const canvas = canvasRef.current;
      const context = canvas?.getContext('2d');
      if (canvas == null || context == null) return;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = WIDTH * ratio;
      canvas.height = HEIGHT * ratio;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, WIDTH, HEIGHT);
      const nodes = cy.nodes(':visible');
      if (nodes.empty()) return;
      // The map is centred on the graph. (Spanning the viewport as well drew the graph off to one
      // side: the fitted view leaves room for the legend and the panels on one side only.) The
      // viewport frame is clipped to the map where it reaches beyond.
      const box = nodes.boundingBox({ includeLabels: false });
      const extent = cy.extent();
      const scale = Math.min((WIDTH - 2 * PAD) / Math.max(box.w, 1), (HEIGHT - 2 * PAD) / Math.max(box.h, 1));
      const offsetX = (WIDTH - box.w * scale) / 2;
      const offsetY = (HEIGHT - box.h * scale) / 2;
      mapping.current = { scale, offsetX, offsetY, x1: box.x1, y1: box.y1 };
      nodes.forEach((node) => {
        const p = node.position();
        const kind = node.data('kind') as keyof typeof KIND_STYLE;
        context.fillStyle = KIND_STYLE[kind]?.color ?? '#888';
        context.fillRect(offsetX + (p.x - box.x1) * scale - 1.5, offsetY + (p.y - box.y1) * scale - 1.5, 3, 3);
      });
      const clip = (value: number, max: number) => Math.min(Math.max(value, 1), max - 1);
      const left = clip(offsetX + (extent.x1 - box.x1) * scale, WIDTH);
      const top = clip(offsetY + (extent.y1 - box.y1) * scale, HEIGHT);
      const right = clip(offsetX + (extent.x2 - box.x1) * scale, WIDTH);
      const bottom = clip(offsetY + (extent.y2 - box.y1) * scale, HEIGHT);
      context.strokeStyle = '#1c7ed6';
      context.lineWidth = 1.5;
      context.strokeRect(left, top, right - left, bottom - top);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    schedule();
    cy.on('viewport position add remove style render', schedule);
    return () => {
      cy.off('viewport position add remove style render', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [cy]);

  const panTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const m = mapping.current;
    if (m === null) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const modelX = (event.clientX - rect.left - m.offsetX) / m.scale + m.x1;
    const modelY = (event.clientY - rect.top - m.offsetY) / m.scale + m.y1;
    const zoom = cy.zoom();
    cy.pan({ x: cy.width() / 2 - modelX * zoom, y: cy.height() / 2 - modelY * zoom });
  };

  return (
    <canvas
      ref={canvasRef}
      className="minimap"
      data-overlay
      style={{ width: WIDTH, height: HEIGHT }}
      aria-label={label}
      role="img"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        panTo(event);
      }}
      onPointerMove={(event) => {
        if (event.buttons === 1) panTo(event);
      }}
    />
  );
}
