/** Asks the layout worker for fcose positions; falls back to the main thread if workers fail. */
import type { FcosePositions, FcoseRequest } from './fcoseLayout';

// Loaded only if the worker cannot be used, so fcose stays out of the first-load bundle.
const computeOnMainThread = (request: FcoseRequest): Promise<FcosePositions> =>
  import('./fcoseLayout').then((module) => module.computeFcosePositions(request));

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { request: FcoseRequest; resolve: (positions: FcosePositions) => void }>();

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<{ id: number; positions: FcosePositions }>) => {
      waiting.get(event.data.id)?.resolve(event.data.positions);
      waiting.delete(event.data.id);
    });
    worker.addEventListener('error', () => {
      worker?.terminate();
      worker = null;
      // Whatever was waiting is laid out here instead.
      for (const { request, resolve } of waiting.values()) void computeOnMainThread(request).then(resolve);
      waiting.clear();
    });
  } catch {
    worker = null;
  }
  return worker;
}

/** Starts the worker ahead of the first layout: its script loads while the first answer is on its way. */
export function startLayoutWorker(): void {
  layoutWorker();
}

export function fcosePositions(request: FcoseRequest): Promise<FcosePositions> {
  const target = layoutWorker();
  if (target === null) return computeOnMainThread(request);
  const id = (nextId += 1);
  return new Promise((resolve) => {
    waiting.set(id, { request, resolve });
    target.postMessage({ id, ...request });
  });
}
