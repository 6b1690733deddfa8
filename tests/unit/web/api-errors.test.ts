import { afterEach, describe, expect, it, vi } from 'vitest';
import { request } from '../../../web/src/api/client';
import { ApiError, ERROR_CODES, RETRYABLE_CODES } from '../../../web/src/api/errors';
import { errorKey, translator } from '../../../web/src/i18n/strings';

const en = translator('en');
const ja = translator('ja');

/** The API's answer, as the server sends it, for the client's one fetch. */
function answerWith(response: Response | Error): void {
  vi.stubGlobal('fetch', () => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response)));
}

const failure = (run: () => Promise<unknown>): Promise<ApiError> =>
  run().then(
    () => {
      throw new Error('the request succeeded');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(ApiError);
      return error as ApiError;
    },
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('API errors', () => {
  it('keeps the code and request id the server put in extensions', async () => {
    const body = {
      errors: [
        {
          message: 'The graph database is unavailable; retry in a few seconds.',
          extensions: { code: 'UNAVAILABLE', requestId: 'req-42' },
        },
      ],
    };
    answerWith(Response.json(body, { status: 503 }));
    const error = await failure(() => request('Atlas', {}));
    expect(error).toMatchObject({ reason: 'rejected', code: 'UNAVAILABLE', requestId: 'req-42', retryable: true });
    expect(error.message).toBe(body.errors[0]!.message);
    expect(errorKey(error)).toBe('error_UNAVAILABLE');
  });

  it('takes a refusal for good as not retryable, and an unknown code as a plain failure', async () => {
    answerWith(Response.json({ errors: [{ message: 'ids: at most 200', extensions: { code: 'BAD_USER_INPUT' } }] }));
    const refused = await failure(() => request('Atlas', {}));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', retryable: false });

    answerWith(Response.json({ errors: [{ message: 'odd', extensions: { code: 'SOMETHING_NEW' } }] }));
    const unknown = await failure(() => request('Atlas', {}));
    expect(unknown.code).toBeNull();
    expect(errorKey(unknown)).toBe('requestFailed');
  });

  it('tells no answer at all apart: network failures and non-GraphQL 5xx are "unreachable" and retryable', async () => {
    answerWith(new TypeError('Failed to fetch'));
    const network = await failure(() => request('Atlas', {}));
    expect(network).toMatchObject({ reason: 'unreachable', code: null, retryable: true });
    expect(errorKey(network)).toBe('apiUnreachable');

    answerWith(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect(await failure(() => request('Atlas', {}))).toMatchObject({ reason: 'unreachable' });
  });

  it('has a message for every code in English and Japanese, and retries only passing conditions', () => {
    for (const code of ERROR_CODES) {
      const key = errorKey({ reason: 'rejected', code });
      expect(en(key), code).not.toBe(key);
      expect(ja(key), code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(new Set(ERROR_CODES.map((code) => ja(errorKey({ reason: 'rejected', code })))).size).toBe(
      ERROR_CODES.length,
    );
    expect([...RETRYABLE_CODES].sort()).toEqual(['TIMEOUT', 'UNAVAILABLE']);
  });
});
