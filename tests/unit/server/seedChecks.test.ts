/** The checks that keep the seed right: each passes on good input and fails on a planted example. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { descriptionProblems, type DescribedEntity } from '../../../server/src/seed/checks/descriptions.js';
import { nameCollisions, splitNameWarnings, type NamedEntity } from '../../../server/src/seed/checks/names.js';
import {
  japaneseInEnglishProblems,
  longestSharedRun,
  ownWordsProblems,
} from '../../../server/src/seed/checks/ownWords.js';
import { relationEndProblems } from '../../../server/src/seed/checks/relationEnds.js';
import { formatSeedError, validateSeed, type SeedFile } from '../../../server/src/seed/validate.js';

const source = '1954年9月、東南アジア集団防衛条約（マニラ条約）が調印され、翌年に東南アジア条約機構が発足した。';

describe('own words', () => {
  it('finds a long run copied from the source, whitespace ignored', () => {
    const copied = 'マニラ条約）が調印され、翌年に 東南アジア条約機構が発足';
    expect(longestSharedRun(copied, source, []).counted).toBeGreaterThanOrEqual(16);
    const problems = ownWordsProblems(
      [
        {
          file: 'f.yaml',
          entry: 'facts[0]',
          field: 'claims[0].noteJa',
          text: copied,
          sources: [{ label: '004:1-1', text: source }],
        },
      ],
      [],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/repeats \d+ consecutive characters of 004:1-1/);
  });

  it('accepts a paraphrase, and names or short quoted terms that match the source', () => {
    const paraphrase = 'SEATOは1954年のマニラ条約を基礎に翌年できた。';
    expect(longestSharedRun(paraphrase, source, []).counted).toBeLessThan(16);
    const withName = '東南アジア集団防衛条約（マニラ条約）を受けて機構ができた。';
    expect(longestSharedRun(withName, source, []).counted).toBeGreaterThanOrEqual(16);
    expect(longestSharedRun(withName, source, ['東南アジア集団防衛条約']).counted).toBeLessThan(16);
    const quoted = '資料は「東南アジア集団防衛条約（マニラ条約）」と呼ぶ。';
    expect(longestSharedRun(quoted, source, []).counted).toBeLessThan(16);
  });

  it('does not let a name inside a copied sentence break the run', () => {
    const dissolved = '組織としての SEATO は 1977 年に公式に解体された一方、同条約は法的には現在も失効していない。';
    const copied = '組織としてのSEATOは1977年に公式に解体された。';
    const run = longestSharedRun(copied, dissolved, ['SEATO']);
    expect(run).toEqual({ run: '組織としてのSEATOは1977年に公式に解体された', counted: 21 });
    expect(
      longestSharedRun('SEATOという機構そのものは、1977年に正式に解散した。', dissolved, ['SEATO']).counted,
    ).toBeLessThan(16);
  });

  it('refuses Japanese text in an English note', () => {
    const texts = [
      { file: 'f.yaml', entry: 'facts[0]', field: 'claims[0].note', text: 'SEATO was dissolved in 1977.' },
      { file: 'f.yaml', entry: 'facts[0]', field: 'claims[1].note', text: '組織としてのSEATOは解体された。' },
    ];
    expect(japaneseInEnglishProblems(texts)).toEqual([expect.objectContaining({ field: 'claims[1].note' })]);
  });

  it('does not let a long quotation pass as a term', () => {
    const quotedSentence = '資料によれば「1954年9月、東南アジア集団防衛条約（マニラ条約）が調印され」た。';
    expect(longestSharedRun(quotedSentence, source, []).counted).toBeGreaterThanOrEqual(16);
  });
});

const named = (id: string, fields: Partial<NamedEntity>): NamedEntity => ({
  id,
  file: 'entities/x.yaml',
  entry: `entities (${id})`,
  name: id,
  nameJa: id,
  acronym: null,
  aliases: [],
  aliasesJa: [],
  description: `About ${id}.`,
  descriptionJa: `${id}について。`,
  sharedNames: [],
  ...fields,
});

describe('names', () => {
  const australia = named('actor:australia', { name: 'Australia', nameJa: 'オーストラリア' });
  const anzus = named('framework:anzus', {
    name: 'ANZUS Treaty',
    acronym: 'ANZUS',
    aliases: ['Australia', 'New Zealand', 'United States Security Treaty'],
    description: 'The security treaty among Australia, New Zealand and the United States.',
  });

  it('refuses an alias that is another entity name, naming file, entry and field', () => {
    const problems = nameCollisions([australia, anzus]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'entities/x.yaml',
        entry: 'entities (framework:anzus)',
        field: 'aliases',
        message: expect.stringContaining('"Australia" is also the name of actor:australia'),
      }),
    ]);
  });

  it('refuses a shared acronym unless both entities mark it shared', () => {
    const arf = named('framework:arf', { acronym: 'ARF' });
    const reaction = named('actor:allied-reaction-force', { acronym: 'arf' });
    expect(nameCollisions([arf, reaction])).toHaveLength(2);
    expect(nameCollisions([{ ...arf, sharedNames: ['ARF'] }, reaction])).toHaveLength(2);
    expect(
      nameCollisions([
        { ...arf, sharedNames: ['ARF'] },
        { ...reaction, sharedNames: ['ARF'] },
      ]),
    ).toEqual([]);
  });

  it('warns when a list looks like one name split at its commas', () => {
    expect(splitNameWarnings([anzus])).toEqual([expect.objectContaining({ field: 'aliases[0]' })]);
    expect(splitNameWarnings([named('framework:ip4', { aliases: ['IP4', 'AP4'] })])).toEqual([]);
  });
});

describe('relation kinds', () => {
  it('accepts the kinds of the vocabulary and names the end that breaks them', () => {
    const framework = (id: string) => ({ id, kind: 'Framework' as const });
    const actor = (id: string) => ({ id, kind: 'Actor' as const });
    expect(relationEndProblems('SUPERSEDES', framework('framework:itpp'), framework('framework:ipcp'))).toEqual([]);
    expect(relationEndProblems('SUPERSEDES', actor('actor:nsatu'), actor('actor:sagu'))).toEqual([
      { field: 'from', message: 'SUPERSEDES runs from Framework, but "actor:nsatu" is an Actor' },
      { field: 'to', message: 'SUPERSEDES runs to Framework, but "actor:sagu" is an Actor' },
    ]);
  });
});

describe('descriptions', () => {
  const described = (id: string, description: string, claimCount = 1): DescribedEntity => ({
    id,
    file: 'entities/states.yaml',
    entry: `entities (${id})`,
    description,
    descriptionJa: `${description}（日本語）`,
    claimCount,
  });

  it('refuses two entities with the same description and one that no claim supports', () => {
    expect(descriptionProblems([described('actor:a', 'One.'), described('actor:b', 'Two.')])).toEqual([]);
    const problems = descriptionProblems([described('actor:a', 'A state.'), described('actor:b', 'A state.', 0)]);
    expect(problems.map((p) => `${p.entry}: ${p.field}`)).toEqual([
      'entities (actor:b): description',
      'entities (actor:b): descriptionJa',
      'entities (actor:b): description',
    ]);
    expect(problems[2]!.message).toMatch(/no claim supports it/);
  });
});

describe('the checks inside seed validation', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-checks-'));
  writeFileSync(path.join(dir, 'doc.txt'), `${source}\n二行目。\n`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sources: SeedFile = {
    file: 'sources.yaml',
    text: '- {id: "004", file: doc.txt, lineCount: 2, title: T, titleJa: 題, date: "2020"}\n',
  };
  const entities = (extra = ''): SeedFile => ({
    file: 'entities/core.yaml',
    text: `entities:
  - {id: framework:seato, kind: Framework, type: alliance, name: SEATO, nameJa: 東南アジア条約機構, description: A pact., descriptionJa: 条約機構。}
  - {id: actor:nsatu, kind: Actor, type: body, name: NSATU, nameJa: 支援訓練組織, description: A command., descriptionJa: 司令部。${extra}}
`,
  });
  const fact = (noteJa: string): SeedFile => ({
    file: 'documents/004.yaml',
    text: `facts:
  - entity: framework:seato
    claims: [{doc: "004", lines: 1, start: "1955", note: SEATO began in 1955., noteJa: "${noteJa}"}]
  - entity: actor:nsatu
    claims: [{doc: "004", lines: 2, note: A command., noteJa: 司令部。}]
`,
  });
  const run = (...files: SeedFile[]) =>
    validateSeed([sources, ...files], { sourcesDir: dir })
      .errors.map(formatSeedError)
      .join('\n');

  it('passes a seed in its own words', () => {
    expect(run(entities(), fact('SEATOは条約の翌年に発足した。'))).toBe('');
  });

  it('refuses a copied note, a relation of the wrong kinds, and a clashing alias, by file, entry and field', () => {
    const found = run(
      entities(', aliases: [SEATO]'),
      fact('1954年9月、東南アジア集団防衛条約（マニラ条約）が調印され'),
      {
        file: 'documents/002.yaml',
        text: 'relations:\n  - {type: SUPERSEDES, from: actor:nsatu, to: framework:seato, claims: [{doc: "004", lines: 2, note: n, noteJa: n}]}\n',
      },
    );
    expect(found).toMatch(
      /documents\/004\.yaml: facts\[0\] \(framework:seato\): claims\[0\]\.noteJa — repeats \d+ consecutive characters of 004:1-1/,
    );
    expect(found).toMatch(
      /documents\/002\.yaml: relations\[0\] \(SUPERSEDES actor:nsatu → framework:seato\): from — SUPERSEDES runs from Framework/,
    );
    expect(found).toMatch(
      /entities\/core\.yaml: entities\[1\] \(actor:nsatu\): aliases — "SEATO" is also the name of framework:seato/,
    );
  });
});
