/**
 * The time-ordered layout's year axis: ticks along the top of the canvas that follow pan and
 * zoom. Read off the nodes themselves (x = start year × YEAR_WIDTH plus one offset for the whole
 * layout), so it needs nothing from the layout run but its result.
 */
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { YEAR_WIDTH } from './layouts';

const MIN_TICK_SPACING = 56;
const STEPS = [1, 2, 5, 10, 20, 25, 50];

interface Tick {
  year: number;
  left: number;
}

function ticksOf(cy: Core): Tick[] {
  const dated = cy.nodes().filter((n) => typeof n.data('startYear') === 'number');
  if (dated.empty()) return [];
  const first = dated[0]!;
  const origin = first.position('x') - (first.data('startYear') as number) * YEAR_WIDTH;
  const zoom = cy.zoom();
  const pan = cy.pan();
  const step = STEPS.find((s) => s * YEAR_WIDTH * zoom >= MIN_TICK_SPACING) ?? 100;
  const extent = cy.extent();
  const from = Math.ceil((extent.x1 - origin) / YEAR_WIDTH / step) * step;
  const to = Math.floor((extent.x2 - origin) / YEAR_WIDTH);
  const ticks: Tick[] = [];
  for (let year = from; year <= to; year += step) {
    ticks.push({ year, left: (origin + year * YEAR_WIDTH) * zoom + pan.x });
  }
  return ticks;
}

export function YearAxis({ cy, label }: { cy: Core; label: string }) {
  const [ticks, setTicks] = useState<Tick[]>([]);
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          setTicks(ticksOf(cy));
        });
    };
    schedule();
    cy.on('viewport position add remove', schedule);
    return () => {
      cy.off('viewport position add remove', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [cy]);
  return (
    <div className="year-axis" data-overlay role="img" aria-label={label} data-testid="year-axis">
      {ticks.map((tick) => (
        <span key={tick.year} className="year-tick" style={{ left: tick.left }}>
          {tick.year}
        </span>
      ))}
    </div>
  );
}
