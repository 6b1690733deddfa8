/** Errors translated where they arise: driver failures to typed errors, typed errors to code and status. */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, QueryTimeoutError, translateDriverError } from '../../../server/src/db/errors.js';
import { ERRORS, isPublicCode, translateError } from '../../../server/src/graphql/errors.js';

const driverError = (code: string, message = 'driver says no') => Object.assign(new Error(message), { code });
const raised = (cause: Error) => new GraphQLError(cause.message, { path: ['entity'], originalError: cause });

describe('driver failures in data access', () => {
  it('become DatabaseUnavailableError when the database cannot be reached', () => {
    for (const code of ['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable'])
      expect(translateDriverError(driverError(code))).toBeInstanceOf(DatabaseUnavailableError);
    expect(translateDriverError(driverError('N/A', 'Connection acquisition timed out'))).toBeInstanceOf(
      DatabaseUnavailableError,
    );
  });

  it('become QueryTimeoutError when the database stopped a query for its time', () => {
    const original = driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    const typed = translateDriverError(original);
    expect(typed).toBeInstanceOf(QueryTimeoutError);
    expect((typed as Error).cause).toBe(original);
  });

  it('stay as they are otherwise (a bug, masked further up)', () => {
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(translateDriverError(syntax)).toBe(syntax);
    const plain = new TypeError('x is undefined');
    expect(translateDriverError(plain)).toBe(plain);
  });
});

describe('typed errors in the GraphQL layer', () => {
  it('get their code, message and HTTP status from the one table, at their place in the answer', () => {
    const unavailable = translateError(raised(new DatabaseUnavailableError(driverError('ServiceUnavailable'))));
    expect(unavailable.message).toBe(ERRORS.UNAVAILABLE.raisedAs!.message);
    expect(unavailable.path).toEqual(['entity']);
    expect(unavailable.extensions).toEqual({
      code: 'UNAVAILABLE',
      http: { status: 503, headers: new Map([['retry-after', '5']]) },
    });
    const timeout = translateError(raised(new QueryTimeoutError(null)));
    expect(timeout.extensions.code).toBe('TIMEOUT');
    expect(timeout.message).toMatch(/took too long/);
  });

  it('leave other errors to be masked, and errors that already have a code alone', () => {
    const bug = raised(new TypeError('x is undefined'));
    expect(translateError(bug)).toBe(bug);
    const refused = new GraphQLError('first must be between 1 and 50', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(translateError(refused)).toBe(refused);
  });

  it('never show INTERNAL_SERVER_ERROR or an unknown code as they are', () => {
    expect(isPublicCode('INTERNAL_SERVER_ERROR')).toBe(false);
    expect(isPublicCode('Neo.ClientError.Statement.SyntaxError')).toBe(false);
    expect(isPublicCode('BAD_USER_INPUT')).toBe(true);
  });
});
