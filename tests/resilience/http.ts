/** Raw HTTP to the app under test, and how an answer is classified for the summary. */

export interface HttpRequest {
  method?: string;
  /** Path and query, e.g. `/graphql` or `/graphql?query=…`. */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

export interface HttpOutcome {
  /** Null when no HTTP answer came (connection refused or reset, client time-out). */
  status: number | null;
  headers: Headers;
  text: string;
  startedAt: number;
  endedAt: number;
  /** Why no answer came, e.g. `ECONNREFUSED` or `client timeout`. */
  networkError?: string;
}

export const CLIENT_TIMEOUT_MS = 15_000;

export async function send(baseUrl: string, request: HttpRequest, timeoutMs = CLIENT_TIMEOUT_MS): Promise<HttpOutcome> {
  const startedAt = Date.now();
  try {
    const response = await fetch(new URL(request.path ?? '/graphql', baseUrl), {
      method: request.method ?? 'POST',
      headers: request.headers ?? {},
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, startedAt, endedAt: Date.now() };
  } catch (error) {
    return {
      status: null,
      headers: new Headers(),
      text: '',
      startedAt,
      endedAt: Date.now(),
      networkError: networkErrorName(error),
    };
  }
}

function networkErrorName(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'client timeout';
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : (error as Error).message;
}

/** A GraphQL POST as the explorer sends it. */
export function graphqlRequest(query: string, variables?: Record<string, unknown>): HttpRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
  };
}

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

/** The body as a GraphQL response (`data` and/or a non-empty `errors` list of messages), or null if it is not one. */
export function parseGraphQL(text: string): GraphQLBody | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { data, errors } = body as Record<string, unknown>;
  if (errors !== undefined) {
    const wellFormed =
      Array.isArray(errors) &&
      errors.length > 0 &&
      errors.every(
        (e) => typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string',
      );
    if (!wellFormed) return null;
  } else if (data === undefined) return null;
  return body as GraphQLBody;
}

export function errorCodes(body: GraphQLBody | null): string[] {
  return (body?.errors ?? []).map((e) => String(e.extensions?.code ?? 'no code'));
}

/** A short class for the summary: `200`, `503 UNAVAILABLE`, `network ECONNREFUSED` … */
export function outcomeClass(outcome: HttpOutcome): string {
  if (outcome.status === null) return `network ${outcome.networkError}`;
  const codes = [...new Set(errorCodes(parseGraphQL(outcome.text)))];
  return codes.length > 0 ? `${outcome.status} ${codes.join('+')}` : String(outcome.status);
}

/** Polls until `ready` says yes or the time is up; resolves to the milliseconds it took, or null. */
export async function waitUntil(
  ready: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 100,
): Promise<number | null> {
  const startedAt = Date.now();
  for (;;) {
    if (await ready()) return Date.now() - startedAt;
    if (Date.now() - startedAt > timeoutMs) return null;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export const httpStatus = async (baseUrl: string, path: string): Promise<number | null> =>
  (await send(baseUrl, { method: 'GET', path }, 3000)).status;
