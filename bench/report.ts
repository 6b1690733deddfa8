/** The benchmark's record: latest.json (every figure) and latest.md (tables, ratios, targets). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiOptions, ApiResult, LoadFigures, ScenarioResult } from './api/apiBench.js';
import type { BrowserResult } from './browser/browserBench.js';
import type { BenchSize } from './generate.js';
import type { ImportSectionResult } from './import/importBench.js';
import { mib, ratio, round } from './lib/stats.js';

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  java: string;
  neo4j: string | null;
  os: string;
}

export async function machineInfo(neo4jVersion: string | null): Promise<MachineInfo> {
  // `java -version` writes to stderr.
  const version = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const java = `${version.stderr ?? ''}${version.stdout ?? ''}`.split('\n')[0]?.trim() || 'java unknown';
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    java,
    neo4j: neo4jVersion,
    os: `${os.type()} ${os.release()}`,
  };
}

/** The 1-, 5- and 15-minute load averages now (Linux). */
export function readLoadAverage(): number[] {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
}

/** The machine's load around one section: other engineers' work shares its cores. */
export interface SectionLoad {
  section: string;
  startedAt: string;
  start: number[];
  endedAt?: string;
  end?: number[];
}

/** How the API bench got its synthetic graph: from the import section, loaded here, or a store kept from an earlier run. */
export interface StoreUse {
  size: BenchSize;
  how: 'import' | 'loaded' | 'reused';
  /** Loading time, when loaded in this run. */
  seconds: number | null;
  dir: string | null;
}

export interface BenchResults {
  machine: MachineInfo;
  command: string;
  date: string;
  wallSeconds: number;
  sections: string[];
  sizes: BenchSize[];
  apiOptions: ApiOptions;
  imports: ImportSectionResult[];
  api: ApiResult[];
  browser: BrowserResult | null;
  loads: SectionLoad[];
  stores: StoreUse[];
  /** What failed or stopped the run, if anything did: every section that finished is still reported. */
  failure: string | null;
}

interface Target {
  section: string;
  figure: string;
  value: string;
  target: string;
  met: boolean;
}

const yes = (met: boolean) => (met ? 'yes' : '**no**');
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const x = (n: number) => `${fmt(n, 2)}×`;

function table(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The issue's cold p99 limits at 16 connections, ms, by dataset kind and scenario. */
const COLD_P99_LIMITS: Record<'seed' | 'synthetic', Record<string, number>> = {
  seed: { search: 50, 'entity details actor:japan': 150, 'neighborhood actor:japan': 150 },
  synthetic: { search: 300, 'entity details': 300, neighborhood: 300, 'trace h4': 300 },
};
/** Warm (repeated requests) at 16 connections: p99 at most this, and at least this share of the bytes floor's req/s. */
const WARM_P99_LIMIT_MS = 20;
const WARM_BYTES_SHARE = 0.3;
/** One request at a time, each entity's details asked once on the cold app: the median at most this. */
const SEQUENTIAL_DETAILS_LIMIT_MS = 15;
const GRAPHQL_OVERHEAD_LIMIT = 1.5;
/**
 * "API RSS bounded": the peak resident memory of each app process over a dataset's whole run
 * (every scenario at up to 64 connections; the warm one with its response cache, 64 MB by
 * default) stays under this.
 */
const APP_PEAK_RSS_LIMIT_MIB = 1024;

/** How many times more a request costs through GraphQL than through the driver alone (cold). */
const graphqlOverhead = (s: ScenarioResult) => ratio(s.driverFloor.requestsPerSecond, s.cold.requestsPerSecond);

function importSection(imports: ImportSectionResult[], targets: Target[]): string {
  const parts = ['## Import', ''];
  parts.push(
    "The project's loader (streamed batches of 1000, one transaction each; into an empty database, as here, it creates " +
      'entities, relations and claims, and merges them on any later load) against a baseline writing the same rows ' +
      'with plain `UNWIND … CREATE` (bench/cypher/), through the same driver into the same fresh state (schema applied, ' +
      "empty). Each in its own process; peak RSS is that process's VmHWM. The loader also writes the claims and their " +
      'citations, which the baseline does not, in a second session alongside entities and relations: its relations ' +
      'step shares the two cores with the claims, where the baseline has them to itself.',
    '',
  );
  const rows: (string | number)[][] = [];
  for (const i of imports) {
    const relRatio = ratio(i.loader.relationsPerSecond, i.baseline.relationsPerSecond);
    const rssRatio = ratio(i.loader.peakRssBytes, i.baseline.peakRssBytes);
    const runs = i.loader.runs.length;
    /** A loader-vs-baseline row without a target. */
    const informational = (figure: string, pick: (side: ImportSectionResult['loader']) => number) => [
      i.size,
      figure,
      fmt(pick(i.loader)),
      fmt(pick(i.baseline)),
      x(ratio(pick(i.loader), pick(i.baseline))),
      '',
      '',
    ];
    rows.push(
      [
        i.size,
        `relations/s (median of ${runs} run${runs > 1 ? 's' : ''})`,
        fmt(i.loader.relationsPerSecond),
        fmt(i.baseline.relationsPerSecond),
        x(relRatio),
        '≥ 0.5×',
        yes(relRatio >= 0.5),
      ],
      informational('relations/s, median of the tenths of the step', (side) => side.relationsPerSecondSegmentMedian),
      informational(
        'rows of all steps per CPU-second, whole import (importer + Neo4j)',
        (side) => side.rowsPerCpuSecond,
      ),
      informational('entities/s', (side) => side.entitiesPerSecond),
      [
        i.size,
        'peak RSS of the process (MiB)',
        mib(i.loader.peakRssBytes),
        mib(i.baseline.peakRssBytes),
        x(rssRatio),
        '≤ 2× (bounded)',
        yes(rssRatio <= 2),
      ],
      [
        i.size,
        'whole load, s (loader: + claims, conflicts, clean-up)',
        fmt(i.loader.totalSeconds, 1),
        fmt(i.baseline.totalSeconds, 1),
        x(ratio(i.loader.totalSeconds, i.baseline.totalSeconds)),
        '',
        '',
      ],
    );
    targets.push(
      {
        section: 'import',
        figure: `${i.size} relations/s vs baseline`,
        value: x(relRatio),
        target: '≥ 0.5×',
        met: relRatio >= 0.5,
      },
      {
        section: 'import',
        figure: `${i.size} loader peak RSS vs baseline`,
        value: `${mib(i.loader.peakRssBytes)} MiB (${x(rssRatio)})`,
        target: '≤ 2×',
        met: rssRatio <= 2,
      },
    );
  }
  parts.push(table(['size', 'figure', 'loader', 'baseline', 'ratio', 'target', 'met?'], rows));
  return parts.join('\n');
}

function figures(f: LoadFigures): string[] {
  return [fmt(f.requestsPerSecond), fmt(f.p50Ms, 1), fmt(f.p99Ms, 1)];
}

function apiTargets(r: ApiResult, targets: Target[]): void {
  const kind = r.dataset === 'seed' ? 'seed' : 'synthetic';
  const details = r.sequential.find((s) => s.scenario === 'entity details');
  if (kind === 'seed' && details)
    targets.push({
      section: 'api',
      figure: `seed entity details, sequential, cold, ${details.answer.distinctRequests} entities each asked once, median`,
      value: `${fmt(details.answer.sequentialMedianMs, 1)} ms`,
      target: `≤ ${SEQUENTIAL_DETAILS_LIMIT_MS} ms`,
      met: details.answer.sequentialMedianMs <= SEQUENTIAL_DETAILS_LIMIT_MS,
    });
  for (const temperature of ['cold', 'warm'] as const)
    targets.push({
      section: 'api',
      figure: `${r.dataset} app peak RSS (VmHWM) over the whole run, ${temperature} app`,
      value: `${mib(r.appPeakRssBytes[temperature])} MiB (after the run ${mib(r.appRssAfterBytes[temperature])} MiB)`,
      target: `≤ ${APP_PEAK_RSS_LIMIT_MIB} MiB`,
      met: mib(r.appPeakRssBytes[temperature]) <= APP_PEAK_RSS_LIMIT_MIB,
    });
  for (const s of r.scenarios) {
    const limit = COLD_P99_LIMITS[kind][s.scenario];
    if (s.connections === 16 && limit !== undefined) {
      const bytesShare = ratio(s.warm.requestsPerSecond, s.bytesFloor.requestsPerSecond);
      targets.push(
        {
          section: 'api',
          figure: `${r.dataset} ${s.scenario} cold p99 @16`,
          value: `${fmt(s.cold.p99Ms, 1)} ms`,
          target: `≤ ${limit} ms`,
          met: s.cold.p99Ms <= limit,
        },
        {
          section: 'api',
          figure: `${r.dataset} ${s.scenario} warm p99 @16`,
          value: `${fmt(s.warm.p99Ms, 1)} ms`,
          target: `≤ ${WARM_P99_LIMIT_MS} ms`,
          met: s.warm.p99Ms <= WARM_P99_LIMIT_MS,
        },
        {
          section: 'api',
          figure: `${r.dataset} ${s.scenario} warm req/s vs bytes floor @16`,
          value: x(bytesShare),
          target: `≥ ${WARM_BYTES_SHARE}×`,
          met: bytesShare >= WARM_BYTES_SHARE,
        },
        {
          section: 'api',
          figure: `${r.dataset} ${s.scenario} GraphQL overhead, cold (driver req/s ÷ ours) @16`,
          value: x(graphqlOverhead(s)),
          target: `≤ ${GRAPHQL_OVERHEAD_LIMIT}×`,
          met: graphqlOverhead(s) <= GRAPHQL_OVERHEAD_LIMIT,
        },
      );
    }
    if (s.connections === 64) {
      const errors = s.cold.errors + s.warm.errors;
      const answered = s.cold.requests + s.warm.requests;
      // No answer at all is no evidence of zero errors.
      targets.push({
        section: 'api',
        figure: `${r.dataset} ${s.scenario} errors @64 (cold + warm)`,
        value: `${errors} of ${answered} requests`,
        target: '0 (of some)',
        met: errors === 0 && s.cold.requests > 0 && s.warm.requests > 0,
      });
    }
  }
}

function storeNote(store: StoreUse): string {
  const how = {
    import: 'the database the import section loaded',
    loaded: `loaded in this run with the project's loader (${store.seconds ?? '?'} s) and kept for later runs`,
    reused:
      'a store loaded by an earlier run from the same generator, loader and Cypher (the bench only reads it; `--fresh` loads it again)',
  }[store.how];
  return `The ${store.size} graph: ${how}.`;
}

function apiSection(results: ApiResult[], options: ApiOptions, targets: Target[], stores: StoreUse[]): string {
  const parts = [
    '## API under load',
    '',
    "The web app's own operations (web/src/api/operations.graphql) and the hub cases, each with a rotation of " +
      'arguments. autocannon; per scenario a ' +
      `${options.warmupSeconds} s warm-up of each app and the driver floor, then at each connection count ` +
      `${options.rounds} rounds of ${options.durationSeconds} s of each app and one of each floor, interleaved; ` +
      'figures are medians over the rounds. **Cold**: the app with its response cache off (`RESPONSE_CACHE_MB=0`); ' +
      '**warm**: the app with its default cache, each request of the rotation asked once before its rounds, then ' +
      'the same requests repeated (an app without a cache answers both alike). A scenario slower than 100 ms ' +
      'sequentially would finish few or no requests in such a round: its cold app and driver floor get one round ' +
      'each in which a number of requests are answered (column "rounds"; the warm app and the bytes floor stay timed). ' +
      '**Bytes floor**: a bare `http` server answering the same captured bytes. **Driver floor**: the same Cypher ' +
      "through the project's repository and neo4j-driver behind a bare `http` handler. Errors: non-2xx, socket " +
      'errors, timeouts and GraphQL errors, summed over the rounds of both apps. "sequential ms": each request of the ' +
      'rotation sent once, one at a time, to the cold app before the load (its median). RSS: peak resident memory of ' +
      'each app process while the scenario ran.',
  ];
  for (const r of results) {
    parts.push('', `### ${r.dataset === 'seed' ? 'Seed data' : `Synthetic graph ${r.dataset}`}`, '');
    const store = stores.find((st) => st.size === r.dataset);
    if (store) parts.push(storeNote(store), '');
    parts.push(
      table(
        [
          'query',
          'conns',
          'rounds',
          'cold req/s',
          'cold p50 ms',
          'cold p99 ms',
          'warm req/s',
          'warm p50 ms',
          'warm p99 ms',
          'errors',
          'driver req/s',
          'driver p99',
          'bytes req/s',
          'cold/driver req/s',
          'warm/bytes req/s',
          'sequential ms',
          'answer KB',
          'nodes',
          'truncated',
          'RSS cold/warm MiB',
        ],
        r.scenarios.map((s) => [
          s.scenario,
          s.connections,
          s.rounds,
          ...figures(s.cold),
          ...figures(s.warm),
          s.cold.errors + s.warm.errors,
          fmt(s.driverFloor.requestsPerSecond),
          fmt(s.driverFloor.p99Ms, 1),
          fmt(s.bytesFloor.requestsPerSecond),
          x(ratio(s.cold.requestsPerSecond, s.driverFloor.requestsPerSecond)),
          x(ratio(s.warm.requestsPerSecond, s.bytesFloor.requestsPerSecond)),
          fmt(s.answer.sequentialMedianMs, 1),
          fmt(s.answer.bytes / 1024, 1),
          s.answer.nodes ?? '–',
          s.answer.truncated === null ? '–' : String(s.answer.truncated),
          `${mib(s.appPeakRssBytes.cold)} / ${mib(s.appPeakRssBytes.warm)}`,
        ]),
      ),
    );
    parts.push(
      '',
      'One request at a time, before the load: each request of the rotation sent once to the cold app.',
      '',
      table(
        ['query', 'operation', 'distinct requests', 'median ms', 'answer KB (median)', 'errors', 'under load'],
        r.sequential.map((q) => [
          q.scenario,
          q.operation,
          q.answer.distinctRequests,
          fmt(q.answer.sequentialMedianMs, 1),
          fmt(q.answer.bytes / 1024, 1),
          q.answer.captureErrors,
          r.scenarios.some((s) => s.scenario === q.scenario) ? 'yes' : 'no (sequential only)',
        ]),
      ),
    );
    parts.push(
      '',
      `App RSS after the run: cold ${mib(r.appRssAfterBytes.cold)} MiB, warm ${mib(r.appRssAfterBytes.warm)} MiB; ` +
        `peak (VmHWM): cold ${mib(r.appPeakRssBytes.cold)} MiB, warm ${mib(r.appPeakRssBytes.warm)} MiB.`,
    );
    apiTargets(r, targets);
  }
  return parts.join('\n');
}

/**
 * The issue's frame targets (5k and 20k elements), for panning as a user does it, with the renderer
 * the app chooses. 33 ms at 20k is the target with a GPU; without one, no worse than the 2D canvas.
 */
function frameLimit(f: BrowserResult['frames'][number], gpu: boolean): { ms: number; text: string } | undefined {
  if (f.mode !== 'gesture' || !f.chosen) return undefined;
  if (f.elements >= 4000 && f.elements < 15_000) return { ms: 20, text: '≤ 20 ms' };
  if (f.elements < 15_000) return undefined;
  if (gpu) return { ms: 33, text: '≤ 33 ms (GPU)' };
  // Frame times come in whole display frames: one frame's slack is the resolution of the measurement.
  const canvasFloor = f.renderer === 'canvas' ? f.floorP95Ms : Number.NaN;
  return {
    ms: canvasFloor + FRAME_MS,
    text: `no GPU: ≤ bare Cytoscape's 2D canvas p95 + 1 frame (${fmt(canvasFloor + FRAME_MS, 1)} ms)`,
  };
}

/** One display frame at 60 Hz, the step in which requestAnimationFrame deltas come. */
const FRAME_MS = 1000 / 60;
/** The first words of the seed app's first-useful-view figure (bench/browser/explorationBench.ts). */
const FIRST_USEFUL_VIEW = 'first useful view on load';

/** Whether the GL Chromium drew WebGL with is a GPU's (not software, not missing). */
const hasGpu = (b: BrowserResult) =>
  b.webglRenderer !== null && !/swiftshader|llvmpipe|software/i.test(b.webglRenderer);

const rendererName = (r: 'canvas' | 'webgl') => (r === 'webgl' ? 'WebGL' : '2D canvas');

function browserSection(b: BrowserResult, targets: Target[]): string {
  const rows: (string | number)[][] = [
    [
      'first-load JS, gzip KB',
      fmt(b.firstLoadJsGzipBytes.ours / 1024, 1),
      fmt(b.firstLoadJsGzipBytes.floor / 1024, 1),
      x(ratio(b.firstLoadJsGzipBytes.ours, b.firstLoadJsGzipBytes.floor)),
      '≤ 300 KB',
      yes(b.firstLoadJsGzipBytes.ours <= 300 * 1024),
    ],
    [
      `first drawn graph on the seed, ms (${b.firstDrawMs.elements} elements)`,
      fmt(b.firstDrawMs.ours),
      fmt(b.firstDrawMs.floor),
      x(ratio(b.firstDrawMs.ours, b.firstDrawMs.floor)),
      '≤ 1000 ms',
      yes(b.firstDrawMs.ours <= 1000),
    ],
    ...b.seedApp.map((f) => [
      `${f.figure}, ms${f.runsMs && f.runsMs.length > 1 ? ` (runs: ${f.runsMs.map((ms) => fmt(ms)).join(', ')})` : ''}`,
      fmt(f.ms),
      f.floorMs === undefined ? '' : fmt(f.floorMs),
      f.floorMs === undefined ? '' : x(ratio(f.ms, f.floorMs)),
      f.limitMs === undefined ? '' : `≤ ${f.limitMs} ms`,
      f.limitMs === undefined ? '' : yes(f.ms <= f.limitMs),
    ]),
    ...b.layoutMs.map((l) => [
      `fcose layout, ${l.nodes} nodes / ${l.edges} edges, ms`,
      fmt(l.ours),
      fmt(l.floor),
      x(ratio(l.ours, l.floor)),
      '',
      '',
    ]),
    ...b.frames.flatMap((f) => {
      const limit = frameLimit(f, hasGpu(b));
      const motion = f.mode === 'gesture' ? 'mouse pan/zoom' : 'full redraw (cy.panBy/zoom)';
      const drawn = `${rendererName(f.renderer)}${f.chosen ? ' (chosen)' : ''}`;
      return [
        [
          `frame time, ${drawn}, ${motion}, ${f.elements} elements, median ms`,
          fmt(f.oursMedianMs, 1),
          fmt(f.floorMedianMs, 1),
          x(ratio(f.oursMedianMs, f.floorMedianMs)),
          '',
          '',
        ],
        [
          `frame time, ${drawn}, ${motion}, ${f.elements} elements, p95 ms`,
          fmt(f.oursP95Ms, 1),
          fmt(f.floorP95Ms, 1),
          x(ratio(f.oursP95Ms, f.floorP95Ms)),
          limit ? limit.text : '',
          limit ? yes(f.oursP95Ms <= limit.ms) : '',
        ],
      ];
    }),
    ...b.jsHeapBytes.map((h) => [
      `JS heap after GC, ${rendererName(h.renderer)}, ${h.elements} elements, MiB`,
      mib(h.ours),
      mib(h.floor),
      x(ratio(h.ours, h.floor)),
      '',
      '',
    ]),
  ];
  targets.push(
    {
      section: 'browser',
      figure: 'first-load JS gzip',
      value: `${fmt(b.firstLoadJsGzipBytes.ours / 1024, 1)} KB`,
      target: '≤ 300 KB',
      met: b.firstLoadJsGzipBytes.ours <= 300 * 1024,
    },
    {
      section: 'browser',
      figure: 'first drawn graph (seed)',
      value: `${fmt(b.firstDrawMs.ours)} ms`,
      target: '≤ 1000 ms',
      met: b.firstDrawMs.ours <= 1000,
    },
  );
  for (const f of b.seedApp)
    if (f.limitMs !== undefined)
      targets.push({
        section: 'browser',
        figure: f.figure,
        value: `${fmt(f.ms)} ms`,
        target: `≤ ${f.limitMs} ms`,
        met: f.ms <= f.limitMs,
      });
  if (!b.seedApp.some((f) => f.figure.startsWith(FIRST_USEFUL_VIEW) && f.limitMs !== undefined))
    targets.push({
      section: 'browser',
      figure: `${FIRST_USEFUL_VIEW} (no scenario measured it: bench/browser/seedAppScenarios.ts)`,
      value: '–',
      target: '≤ 1000 ms',
      met: false,
    });
  for (const f of b.frames) {
    const limit = frameLimit(f, hasGpu(b));
    if (limit)
      targets.push({
        section: 'browser',
        figure: `frame p95 while panning (mouse) at ${f.elements} elements, ${rendererName(f.renderer)} (chosen)`,
        value: `${fmt(f.oursP95Ms, 1)} ms`,
        target: limit.text,
        met: f.oursP95Ms <= limit.ms,
      });
  }
  const gl =
    b.webglRenderer === null
      ? 'Chromium offered no WebGL 2: frames are for the 2D canvas only.'
      : `WebGL ran on ${b.webglRenderer}` +
        (/swiftshader|llvmpipe|software/i.test(b.webglRenderer)
          ? ' — in software, on the CPU: no GPU was measured. Where the GL is software the app keeps the 2D canvas ' +
            '(web/src/canvas/renderer.ts), so the targets apply to the 2D canvas rows here; the WebGL rows show why.'
          : '.');
  return [
    '## Front end (Chromium, headless, software rendering)',
    '',
    gl,
    '',
    "Ours: the built app (bundle, first draw) and the app's own GraphView component on a bench page (layout, frames, " +
      'heap). Floor: a bundle of the libraries alone (React, Cytoscape, fcose), and bare Cytoscape with its default style ' +
      'drawing the same elements with the same layout options. First draw: navigation to the first frame showing graph ' +
      "elements (the app's test hook lists them). Frames: requestAnimationFrame deltas on a preset layout, first while " +
      'Playwright drags the view with the mouse and then zooms with the wheel (how a user moves it: Cytoscape draws from a ' +
      'cached texture meanwhile where the app turns that on, above 500 elements), then while a script moves it through ' +
      '`cy.panBy`/`cy.zoom`, which redraws every element every frame (as the fit animations do). Medians over repeated ' +
      'runs where stated in the JSON. Each frame row is drawn by one renderer (the floor by the same); "chosen" marks ' +
      'the one the app picks for that many elements in this browser.',
    ...(b.seedAppDescriptions ?? []).flatMap((d) => ['', d]),
    '',
    table(['figure', 'ours', 'floor', 'ratio', 'target', 'met?'], rows),
  ].join('\n');
}

/** The slowest cold request on the large graph, and whether the database or the layers above it limit it. */
function slowestPath(results: ApiResult[], largest: string): string {
  const r = results.find((a) => a.dataset === largest) ?? results.at(-1);
  const candidates = r?.scenarios.filter((s) => s.connections === 16) ?? [];
  if (candidates.length === 0) return '';
  const slowest = candidates.reduce((a, b) => (b.cold.p99Ms > a.cold.p99Ms ? b : a));
  const dbShare = ratio(slowest.driverFloor.p50Ms, slowest.cold.p50Ms);
  const limit =
    dbShare >= 0.6
      ? `the database: the same Cypher alone (driver floor) already takes ${fmt(dbShare * 100)}% of our median latency`
      : `the layers above the database (GraphQL execution, resolvers, serialisation): the driver floor takes only ${fmt(dbShare * 100)}% of our median latency`;
  return [
    '## Slowest path',
    '',
    `On ${r!.dataset} at 16 connections the slowest request, cold, is **${slowest.scenario}**: p99 ${fmt(slowest.cold.p99Ms, 1)} ms, ` +
      `p50 ${fmt(slowest.cold.p50Ms, 1)} ms, ${fmt(slowest.cold.requestsPerSecond)} req/s, answers of ` +
      `${fmt(slowest.answer.bytes / 1024, 1)} KB. What limits it: ${limit}.`,
  ].join('\n');
}

/** The load average around each section, read from /proc/loadavg: how much the run shared the machine. */
function loadSection(loads: SectionLoad[], cores: number): string {
  const avg = (values: number[] | undefined) => (values === undefined ? '–' : values.map((v) => fmt(v, 2)).join(' / '));
  const time = (iso: string | undefined) => (iso === undefined ? '–' : `${iso.slice(11, 19)} UTC`);
  return [
    '## Machine load during the run',
    '',
    `Load average (1 / 5 / 15 min, /proc/loadavg) at the start and end of each section. The machine has ${cores} ` +
      `cores and is shared: a load above ${cores} means this run's processes waited for a core behind other work, ` +
      'so latencies and frame times here are worse than on an idle machine; the floors, measured in the same ' +
      'minutes, share that load.',
    '',
    table(
      ['section', 'started', 'load at start', 'ended', 'load at end'],
      loads.map((l) => [l.section, time(l.startedAt), avg(l.start), time(l.endedAt), avg(l.end)]),
    ),
  ].join('\n');
}

export async function writeReport(results: BenchResults): Promise<string[]> {
  const targets: Target[] = [];
  const largest = results.sizes.at(-1)!;
  const m = results.machine;
  const sections = [
    '# Alliance Atlas benchmarks',
    '',
    `Command: \`${results.command}\` — ${results.date}, ${results.wallSeconds} s wall time.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; ${m.java}; Neo4j ${m.neo4j ?? '–'} ` +
      '(local, heap 4g, page cache 2g; the seed on a throwaway store, the synthetic graph as said under API). Other work ' +
      'may share the machine: ratios against baselines measured ' +
      'in the same run are the figures to compare, not absolute numbers.',
  ];
  if (results.failure !== null) sections.push('', `**Not everything was measured:** ${results.failure}`);
  if (results.loads.length > 0) sections.push('', loadSection(results.loads, m.cores));
  if (results.imports.length > 0) sections.push('', importSection(results.imports, targets));
  if (results.api.length > 0) sections.push('', apiSection(results.api, results.apiOptions, targets, results.stores));
  if (results.browser) sections.push('', browserSection(results.browser, targets));
  if (results.api.length > 0) sections.push('', slowestPath(results.api, largest));
  sections.push(
    '',
    '## Targets',
    '',
    table(
      ['section', 'figure', 'value', 'target', 'met?'],
      targets.map((t) => [t.section, t.figure, t.value, t.target, yes(t.met)]),
    ),
    '',
  );
  await mkdir(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, 'latest.json');
  const md = path.join(RESULTS_DIR, 'latest.md');
  await writeFile(json, `${JSON.stringify({ ...results, targets }, null, 2)}\n`);
  await writeFile(md, sections.join('\n'));
  return [json, md];
}
