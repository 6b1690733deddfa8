/**
 * A tiny fetch-based GraphQL client for the same-origin /graphql endpoint, typed by operation
 * name from the generated types.
 */
import type {
  AddSourceMutation,
  AddSourceMutationVariables,
  AtlasQuery,
  AtlasQueryVariables,
  ChangesQuery,
  ChangesQueryVariables,
  CompareQuery,
  CompareQueryVariables,
  ConflictsQuery,
  ConflictsQueryVariables,
  EntitiesWithRelationsQuery,
  EntitiesWithRelationsQueryVariables,
  EntityDetailsQuery,
  EntityDetailsQueryVariables,
  ExportEvidenceQuery,
  ExportEvidenceQueryVariables,
  HistoryQuery,
  HistoryQueryVariables,
  NeighborhoodQuery,
  NeighborhoodQueryVariables,
  ProposeChangeMutation,
  ProposeChangeMutationVariables,
  ReaderPageQuery,
  ReaderPageQueryVariables,
  RelationDetailsQuery,
  RelationDetailsQueryVariables,
  ReviewChangeMutation,
  ReviewChangeMutationVariables,
  SearchPassagesQuery,
  SearchPassagesQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  SignInMutation,
  SignInMutationVariables,
  SignOutMutation,
  SignOutMutationVariables,
  SourcesQuery,
  SourcesQueryVariables,
  TraceQuery,
  TraceQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from './generated';
import { operationDocuments } from './document';
import evidenceSource from './evidence.graphql?raw';
import { ApiError, isErrorCode, type ErrorCode, type FieldProblem } from './errors';
import operationsSource from './operations.graphql?raw';

export interface Operations {
  Atlas: { data: AtlasQuery; variables: AtlasQueryVariables };
  Search: { data: SearchQuery; variables: SearchQueryVariables };
  Neighborhood: { data: NeighborhoodQuery; variables: NeighborhoodQueryVariables };
  EntitiesWithRelations: { data: EntitiesWithRelationsQuery; variables: EntitiesWithRelationsQueryVariables };
  EntityDetails: { data: EntityDetailsQuery; variables: EntityDetailsQueryVariables };
  RelationDetails: { data: RelationDetailsQuery; variables: RelationDetailsQueryVariables };
  Trace: { data: TraceQuery; variables: TraceQueryVariables };
  Compare: { data: CompareQuery; variables: CompareQueryVariables };
  ReaderPage: { data: ReaderPageQuery; variables: ReaderPageQueryVariables };
  SearchPassages: { data: SearchPassagesQuery; variables: SearchPassagesQueryVariables };
  Sources: { data: SourcesQuery; variables: SourcesQueryVariables };
  Conflicts: { data: ConflictsQuery; variables: ConflictsQueryVariables };
  ExportEvidence: { data: ExportEvidenceQuery; variables: ExportEvidenceQueryVariables };
  Viewer: { data: ViewerQuery; variables: ViewerQueryVariables };
  SignIn: { data: SignInMutation; variables: SignInMutationVariables };
  SignOut: { data: SignOutMutation; variables: SignOutMutationVariables };
  AddSource: { data: AddSourceMutation; variables: AddSourceMutationVariables };
  ProposeChange: { data: ProposeChangeMutation; variables: ProposeChangeMutationVariables };
  ReviewChange: { data: ReviewChangeMutation; variables: ReviewChangeMutationVariables };
  Changes: { data: ChangesQuery; variables: ChangesQueryVariables };
  History: { data: HistoryQuery; variables: HistoryQueryVariables };
}
export type OperationName = keyof Operations;

export const GRAPHQL_ENDPOINT = '/graphql';

const documents = operationDocuments(`${operationsSource}\n${evidenceSource}`);

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: {
    message: string;
    extensions?: { code?: unknown; requestId?: unknown; field?: unknown; problems?: unknown; current?: unknown };
  }[];
}

/** Answers asked for ahead of the app (see prefetch.ts), by operation and variables, with when they were asked. */
const askedAhead = new Map<string, { at: number; answer: Promise<unknown> }>();
/** An answer asked for ahead serves the first matching request within this time; later ones ask again. */
const ASKED_AHEAD_FOR_MS = 10_000;

const requestKey = (operationName: OperationName, variables: unknown) =>
  `${operationName} ${JSON.stringify(variables)}`;

/** Sends a request now, for the first `request` with the same operation and variables to take up. */
export function requestAhead<K extends OperationName>(operationName: K, variables: Operations[K]['variables']): void {
  const answer = send(operationName, variables);
  // Taken up or not, a failure here must not surface as an unhandled rejection.
  answer.catch(() => undefined);
  askedAhead.set(requestKey(operationName, variables), { at: performance.now(), answer });
}

export function request<K extends OperationName>(
  operationName: K,
  variables: Operations[K]['variables'],
  signal?: AbortSignal,
): Promise<Operations[K]['data']> {
  const key = requestKey(operationName, variables);
  const ahead = askedAhead.get(key);
  askedAhead.delete(key);
  if (ahead !== undefined && performance.now() - ahead.at < ASKED_AHEAD_FOR_MS)
    return ahead.answer as Promise<Operations[K]['data']>;
  return send(operationName, variables, signal);
}

/**
 * Queries go out as GET with an automatic persisted query id (the SHA-256 of the document), so
 * that browsers, proxies and CDNs can keep the answers and revalidate them by their ETag; the
 * document itself is sent only when the server does not know the id yet (the APQ protocol).
 * Requests too long for a URL, or without Web Crypto (not a secure context), are POSTed whole.
 */
const MAX_GET_URL = 4000;
const PERSISTED_QUERY_NOT_FOUND: ErrorCode = 'PERSISTED_QUERY_NOT_FOUND';
const ACCEPT = 'application/graphql-response+json, application/json';
const MUTATION = /^\s*mutation\b/;

const hashes = new Map<string, Promise<string | null>>();

function sha256(text: string): Promise<string | null> {
  let hash = hashes.get(text);
  if (hash === undefined) {
    hash =
      globalThis.crypto?.subtle === undefined
        ? Promise.resolve(null)
        : crypto.subtle
            .digest('SHA-256', new TextEncoder().encode(text))
            .then((digest) => [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''));
    hashes.set(text, hash);
  }
  return hash;
}

function getUrl(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.set(name, value);
  return `${GRAPHQL_ENDPOINT}?${search.toString()}`;
}

async function send<K extends OperationName>(
  operationName: K,
  variables: Operations[K]['variables'],
  signal?: AbortSignal,
): Promise<Operations[K]['data']> {
  const query = documents.get(operationName);
  if (query === undefined) throw new Error(`Unknown operation ${operationName}`);
  // The session is an HttpOnly same-origin cookie; the JSON content type satisfies Apollo's CSRF check.
  const post = (body: Record<string, unknown>) =>
    exchange<Operations[K]['data']>(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: ACCEPT },
      body: JSON.stringify({ ...body, variables, operationName }),
      signal: signal ?? null,
    });
  // Mutations are never sent as GET (nor may a proxy repeat them).
  if (MUTATION.test(query)) return answer(await post({ query }));
  const hash = await sha256(query);
  if (hash === null) return answer(await post({ query }));
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
  const byId = getUrl({ operationName, variables: JSON.stringify(variables), extensions });
  if (byId.length > MAX_GET_URL) return answer(await post({ query }));
  // CSRF prevention on the server lets a GET through only with a header a form cannot send.
  const get = (url: string) =>
    exchange<Operations[K]['data']>(url, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: ACCEPT, 'apollo-require-preflight': 'true' },
      signal: signal ?? null,
    });
  const first = await get(byId);
  if (!first.errors?.some((e) => e.extensions?.code === PERSISTED_QUERY_NOT_FOUND)) return answer(first);
  // The server does not know the id yet: the document goes with it once, and is kept under it.
  const withQuery = getUrl({ operationName, query, variables: JSON.stringify(variables), extensions });
  return answer(
    withQuery.length > MAX_GET_URL
      ? await post({ query, extensions: JSON.parse(extensions) as unknown })
      : await get(withQuery),
  );
}

/** One HTTP exchange: the parsed GraphQL response, or an ApiError when there is none. */
async function exchange<TData>(url: string, init: RequestInit): Promise<GraphQLResponse<TData>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(error instanceof Error ? error.message : String(error), 'unreachable');
  }
  if (response.status >= 500 && !isJson(response)) {
    throw new ApiError(`HTTP ${response.status}`, 'unreachable');
  }
  try {
    return (await response.json()) as GraphQLResponse<TData>;
  } catch {
    throw new ApiError(`HTTP ${response.status}: not a GraphQL response`, 'unreachable');
  }
}

function answer<TData>(body: GraphQLResponse<TData>): TData {
  const errors = body.errors ?? [];
  if (errors.length > 0) {
    // One request, one kind of failure: the first error that names a known code names it.
    const coded = errors.find((e) => isErrorCode(e.extensions?.code));
    const code = (coded?.extensions?.code as ErrorCode | undefined) ?? null;
    const requestId = errors[0]?.extensions?.requestId;
    throw new ApiError(
      errors.map((e) => e.message).join('; '),
      'rejected',
      code,
      typeof requestId === 'string' ? requestId : null,
      { problems: errors.flatMap(fieldProblems), current: coded?.extensions?.current ?? null },
    );
  }
  if (body.data === undefined || body.data === null) throw new ApiError('Empty response', 'rejected');
  return body.data;
}

/** The fields an error names: every one of `extensions.problems`, else `extensions.field` with the message. */
function fieldProblems(error: NonNullable<GraphQLResponse<unknown>['errors']>[number]): FieldProblem[] {
  const { field, problems } = error.extensions ?? {};
  if (Array.isArray(problems)) {
    return problems.flatMap((p: unknown) => {
      const { field: at, message } = (p ?? {}) as { field?: unknown; message?: unknown };
      return typeof at === 'string'
        ? [{ field: at, message: typeof message === 'string' ? message : error.message }]
        : [];
    });
  }
  return typeof field === 'string' ? [{ field, message: error.message }] : [];
}

function isJson(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').includes('json');
}
