import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatSeedError, readSeedDirectory, validateSeed, type SeedFile } from '../../../server/src/seed/validate.js';

const sources: SeedFile = {
  file: 'sources.yaml',
  text: `
- id: "001"
  file: doc.txt
  lineCount: 50
  title: A document
  titleJa: 文書
  date: "2024"
`,
};

const entities: SeedFile = {
  file: 'entities/core.yaml',
  text: `
entities:
  - id: actor:japan
    kind: Actor
    type: state
    name: Japan
    nameJa: 日本
    description: A state.
    descriptionJa: 国家。
  - id: framework:quad
    kind: Framework
    type: grouping
    name: Quad
    nameJa: クアッド
    description: A dialogue.
    descriptionJa: 対話。
`,
};

const goodRelation = `
relations:
  - type: MEMBER_OF
    from: actor:japan
    to: framework:quad
    claims:
      - doc: "001"
        lines: [3, 4]
        since: "2007"
        note: Japan takes part.
        noteJa: 日本が参加。
`;

function validate(...files: SeedFile[]) {
  return validateSeed([sources, entities, ...files]);
}

function messages(...files: SeedFile[]): string[] {
  return validate(...files).errors.map(formatSeedError);
}

describe('seed validation', () => {
  it('accepts a well-formed file and resolves dates from claims', () => {
    const result = validate({ file: 'documents/001.yaml', text: goodRelation });
    expect(result.errors).toEqual([]);
    expect(result.dataset.relations).toHaveLength(1);
    expect(result.dataset.relations[0]).toMatchObject({
      id: 'actor:japan-[MEMBER_OF]->framework:quad',
      since: { value: '2007', precision: 'YEAR', year: 2007 },
    });
    expect(result.dataset.claims[0]).toMatchObject({ doc: '001', lineStart: 3, lineEnd: 4 });
  });

  const broken: [string, string, RegExp][] = [
    [
      'an unknown relation type',
      goodRelation.replace('MEMBER_OF', 'FRIENDS_WITH'),
      /documents\/bad\.yaml: relations\[0\] \(FRIENDS_WITH .*type — unknown relation type "FRIENDS_WITH"/,
    ],
    [
      'a dangling reference',
      goodRelation.replace('framework:quad', 'framework:nowhere'),
      /relations\[0\] .*: to — unknown entity "framework:nowhere"/,
    ],
    [
      'a line range past the end of the file',
      goodRelation.replace('[3, 4]', '[3, 400]'),
      /claims\[0\]\.lines — line 400 is past the end of doc\.txt \(50 lines\)/,
    ],
    ['a backwards range', goodRelation.replace('[3, 4]', '[9, 4]'), /claims\[0\]\.lines — range 9-4 runs backwards/],
    ['a bad date', goodRelation.replace('"2007"', '"2007-13"'), /claims\[0\]\.since — month 13/],
    [
      'an unknown document',
      goodRelation.replace('doc: "001"', 'doc: "009"'),
      /claims\[0\]\.doc — unknown source document "009"/,
    ],
    [
      'a relation with no claims',
      goodRelation.replace(/claims:[\s\S]*$/, 'claims: []\n'),
      /relations\[0\] .*: claims — needs at least one claim/,
    ],
    ['a claim with no Japanese note', goodRelation.replace(/\s+noteJa: .*/, ''), /claims\[0\]\.noteJa/],
    ['a misspelt field', goodRelation.replace('since:', 'sinse:'), /claims\[0\].*Unrecognized key.*sinse/],
    [
      'a start date on a relation claim',
      goodRelation.replace('since:', 'start:'),
      /claims\[0\]\.start — use since\/until on relation claims/,
    ],
    [
      'truncated YAML',
      'relations:\n  - type: MEMBER_OF\n    from: [actor:japan\n',
      /documents\/bad\.yaml: line \d+, column \d+ — not valid YAML/,
    ],
    ['an unknown section', 'people: []\n', /documents\/bad\.yaml: people — unknown section/],
    [
      'a duplicate id',
      'entities:\n  - {id: actor:japan, kind: Actor, type: state, name: J, nameJa: 日, description: d, descriptionJa: d}\n',
      /entities\[0\] \(actor:japan\): id — duplicate id "actor:japan", already defined in entities\/core\.yaml/,
    ],
    [
      'an entity without a Japanese name',
      'entities:\n  - {id: actor:korea, kind: Actor, type: state, name: Korea, description: d, descriptionJa: d}\n',
      /entities\[0\] \(actor:korea\): nameJa/,
    ],
    [
      'a kind that does not match its id',
      'entities:\n  - {id: actor:asean, kind: Framework, type: grouping, name: A, nameJa: A, description: d, descriptionJa: d}\n',
      /entities\[0\] \(actor:asean\): id — a Framework id must start with "framework:"/,
    ],
    [
      'a type that does not belong to the kind',
      'entities:\n  - {id: actor:korea, kind: Actor, type: alliance, name: K, nameJa: 韓国, description: d, descriptionJa: d}\n',
      /type — "alliance" is not a Actor type/,
    ],
  ];

  it.each(broken)('rejects %s, naming file, entry and field', (_what, text, expected) => {
    const found = messages({ file: 'documents/bad.yaml', text });
    expect(found.join('\n')).toMatch(expected);
  });

  it('says a missing or unreadable sources.yaml alone, not every claim that cites one of its documents', () => {
    const files = [entities, { file: 'documents/001.yaml', text: goodRelation }];
    expect(validateSeed(files).errors.map(formatSeedError)).toEqual([
      'sources.yaml — is missing: the seed needs its list of source documents',
    ]);
    const notAList = validateSeed([{ file: 'sources.yaml', text: 'id: "001"\n' }, ...files]).errors;
    expect(notAList.length).toBeGreaterThan(0);
    expect(notAList.every((e) => e.file === 'sources.yaml')).toBe(true);
  });

  it('rejects an empty file by name', () => {
    expect(messages({ file: 'documents/003.yaml', text: '  \n' }).join('\n')).toMatch(
      /documents\/003\.yaml — is empty/,
    );
  });

  it('rejects a YAML alias bomb by name instead of expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    expect(messages({ file: 'documents/bomb.yaml', text: levels.join('\n') + '\n' }).join('\n')).toMatch(
      /documents\/bomb\.yaml — cannot be read: .*alias/i,
    );
  });

  it('rejects a file that is not UTF-8, read from disk', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-utf8-'));
    writeFileSync(path.join(dir, 'sources.yaml'), sources.text!);
    writeFileSync(
      path.join(dir, 'latin1.yaml'),
      Buffer.from([0x65, 0x6e, 0x74, 0x69, 0x74, 0x69, 0x65, 0x73, 0x3a, 0x20, 0xe9, 0x0a]),
    );
    const files = readSeedDirectory(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(validateSeed(files).errors.map(formatSeedError)).toContain('latin1.yaml — is not valid UTF-8 text');
  });

  it('merges one relation stated by two documents into one relation with both claims', () => {
    const second = goodRelation.replace('[3, 4]', '[10, 12]');
    const result = validate(
      { file: 'documents/a.yaml', text: goodRelation },
      { file: 'documents/b.yaml', text: second },
    );
    expect(result.errors).toEqual([]);
    expect(result.dataset.relations).toHaveLength(1);
    expect(result.dataset.claims.map((c) => c.lineStart)).toEqual([3, 10]);
  });

  it('records disagreeing dates as a conflict and keeps both claims', () => {
    const other = goodRelation.replace('[3, 4]', '[20, 21]').replace('"2007"', '"2017"');
    const result = validate(
      { file: 'documents/a.yaml', text: goodRelation },
      { file: 'documents/b.yaml', text: other },
    );
    expect(result.errors).toEqual([]);
    const [conflict] = result.dataset.conflicts;
    expect(conflict).toMatchObject({
      kind: 'DATE',
      subjectId: 'actor:japan-[MEMBER_OF]->framework:quad',
      field: 'since',
    });
    const [a, b] = result.dataset.claims;
    expect(a!.conflictsWith).toEqual([b!.id]);
    expect(b!.conflictsWith).toEqual([a!.id]);
    // The widest reading is kept so "as of" filters never hide what one source states.
    expect(result.dataset.relations[0]!.since?.value).toBe('2007');
  });

  it('does not call a refinement a conflict', () => {
    const refined = goodRelation.replace('[3, 4]', '[20, 21]').replace('"2007"', '"2007-03"');
    const result = validate(
      { file: 'documents/a.yaml', text: goodRelation },
      { file: 'documents/b.yaml', text: refined },
    );
    expect(result.dataset.conflicts).toEqual([]);
    expect(result.dataset.relations[0]!.since?.value).toBe('2007-03');
  });

  it('needs claims on every side of a named disagreement', () => {
    const text = `${goodRelation}        conflict: who-joined\n        side: japan\nconflicts:\n  - {id: who-joined, topic: Who joined, topicJa: 誰が参加したか, sides: [{id: japan, position: Japan, positionJa: 日本}, {id: korea, position: Korea, positionJa: 韓国}]}\n`;
    expect(messages({ file: 'documents/a.yaml', text }).join('\n')).toMatch(
      /conflicts \(who-joined\): sides\[1\] — side "korea" has no claims/,
    );
  });

  it('refuses a claim that names a disagreement but not its side', () => {
    const text = `${goodRelation}        conflict: who-joined\nconflicts:\n  - {id: who-joined, topic: Who joined, topicJa: 誰が参加したか, sides: [{id: japan, position: Japan, positionJa: 日本}, {id: korea, position: Korea, positionJa: 韓国}]}\n`;
    expect(messages({ file: 'documents/a.yaml', text }).join('\n')).toMatch(
      /side — names conflict "who-joined" but not its side; one of japan, korea/,
    );
  });

  it('checks a huge file entry by entry without giving up', () => {
    const many = Array.from(
      { length: 5000 },
      (_, i) =>
        `  - {type: MEMBER_OF, from: actor:japan, to: framework:quad, key: k${i}, claims: [{doc: "001", lines: [${(i % 60) + 1}, ${(i % 60) + 1}], note: n, noteJa: n}]}`,
    ).join('\n');
    const result = validate({ file: 'documents/huge.yaml', text: `relations:\n${many}\n` });
    // Lines 51-60 are past the 50-line file: 10 entries in every 60, each reported on its own.
    expect(result.errors).toHaveLength(830);
    expect(result.errors.every((e) => e.field === 'claims[0].lines')).toBe(true);
    expect(result.errors[0]!.entry).toBe('relations[50] (MEMBER_OF actor:japan → framework:quad)');
  });
});
