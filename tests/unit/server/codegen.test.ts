/** The typed views of the schema (server resolvers, web operations) are up to date with the SDL. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.js';
import { REPO_ROOT } from '../../../server/src/repoRoot.js';

describe('GraphQL code generation', () => {
  it('committed generated types match the schema and operations (run `npm run codegen`)', async () => {
    const outputs = await generate({ ...config, cwd: REPO_ROOT, silent: true }, false);
    expect(outputs.map((o: { filename: string }) => path.relative(REPO_ROOT, o.filename)).sort()).toEqual([
      'server/src/graphql/generated.ts',
      'web/src/api/generated.ts',
    ]);
    for (const output of outputs) expect(readFileSync(output.filename, 'utf8')).toBe(output.content);
  }, 60_000);
});
