/** The console's example tabs: valid queries of the schema, the same in each language but for their comments. */
import { buildSchema, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleQueries } from '../../../web/src/console/examples';
import { translator, type Lang } from '../../../web/src/i18n/strings';
import { repoText } from '../shared/schemaText.js';

const schema = buildSchema(repoText('server/src/graphql/schema.graphql'));
const LANGS: Lang[] = ['en', 'ja'];

describe('console examples', () => {
  it.each(LANGS)('are valid queries of the schema in %s', (lang) => {
    for (const query of exampleQueries(translator(lang)))
      expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('differ between the languages only in their comments, each written in that language', () => {
    const [en, ja] = LANGS.map((lang) => exampleQueries(translator(lang)));
    expect(en!.map((q) => print(parse(q)))).toEqual(ja!.map((q) => print(parse(q))));
    const ja0 = translator('ja');
    expect(ja![0]).toContain(`# ${ja0('consoleExampleDraw', { draw: ja0('drawResult') })}`);
    for (const query of ja!) expect(query.split('\n')[0]).toMatch(/^# .*[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
