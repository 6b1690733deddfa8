/**
 * One list of error codes: the SDL's `enum ErrorCode` declares every code a client can see; the
 * server's table (graphql/errors.ts) and the web's list (web/src/api/errors.ts) hold the same set.
 */
import { describe, expect, it } from 'vitest';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ERROR_CODES as SERVER_CODES } from '../../../server/src/graphql/errors.js';
import { ERROR_CODES as WEB_CODES } from '../../../web/src/api/errors.js';
import { sdlEnum, sdlEnumDescriptions } from './schemaText.js';

const sorted = (values: Iterable<string>) => [...values].sort();

describe('error codes', () => {
  it('are the SDL enum ErrorCode, every value documented', () => {
    for (const [code, description] of sdlEnumDescriptions('ErrorCode'))
      expect(description?.trim(), `ErrorCode.${code} has a description`).toBeTruthy();
  });

  it("are the server's table, code for code", () => {
    expect(sorted(SERVER_CODES)).toEqual(sorted(sdlEnum('ErrorCode')));
  });

  it("are the web's list, code for code", () => {
    expect(sorted(WEB_CODES)).toEqual(sorted(sdlEnum('ErrorCode')));
  });

  it('include every code Apollo Server assigns itself', () => {
    expect(sdlEnum('ErrorCode')).toEqual(expect.arrayContaining(Object.values(ApolloServerErrorCode)));
  });
});
