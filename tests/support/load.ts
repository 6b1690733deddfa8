/** A load of HTTP requests (autocannon) that runs until stopped, for checks made while it runs. */
import autocannon, { type Options, type Result } from 'autocannon';

export interface RunningLoad {
  /** Ends the load; resolves with what it measured. */
  stop(): Promise<Result>;
  /** Resolves when the load ends (stopped, or its duration is over). */
  readonly done: Promise<Result>;
}

export function startLoad(options: Options): RunningLoad {
  let instance: { stop(): void } | undefined;
  const done = new Promise<Result>((resolve, reject) => {
    instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
  return {
    done,
    stop() {
      instance?.stop();
      return done;
    },
  };
}

/** Asks `probe` every `everyMs` until it returns true or `timeoutMs` is over; says which. */
export async function pollUntil(probe: () => Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
