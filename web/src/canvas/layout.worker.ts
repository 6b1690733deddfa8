/** Runs fcose off the main thread: one request in, positions out (tagged with the request's id). */
import { computeFcosePositions, type FcoseRequest } from './fcoseLayout';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<FcoseRequest & { id: number }>) => void): void;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, ...request } = event.data;
  void computeFcosePositions(request).then((positions) => scope.postMessage({ id, positions }));
});
