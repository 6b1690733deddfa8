/** Curation forms and review: a change's field diff, uploaded source text, validation errors by field. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../web/src/api/errors';
import { problemFor } from '../../../web/src/components/curation/fieldErrors';
import { fieldDiff } from '../../../web/src/components/curation/fieldDiff';
import { countLines, decodeUtf8 } from '../../../web/src/components/curation/sourceText';

describe('field diff', () => {
  it('lists every field of something new as added', () => {
    const after = JSON.stringify({ id: 'claim:x', note: 'Japan joined.', lineStart: 3, lineEnd: 4, until: null });
    expect(fieldDiff(null, after)).toEqual([
      { field: 'id', before: null, after: 'claim:x', kind: 'added' },
      { field: 'note', before: null, after: 'Japan joined.', kind: 'added' },
      { field: 'lineStart', before: null, after: '3', kind: 'added' },
      { field: 'lineEnd', before: null, after: '4', kind: 'added' },
    ]);
  });

  it('shows only what differs, nested fields by dotted path, lists of names on one line', () => {
    const before = { note: 'A', claim: { lineEnd: 4, since: '2020' }, aliases: ['Quad'], deprecated: false };
    const after = { note: 'A', claim: { lineEnd: 6, since: '2020' }, aliases: ['Quad', 'QSD'], deprecated: true };
    expect(fieldDiff(JSON.stringify(before), JSON.stringify(after))).toEqual([
      { field: 'claim.lineEnd', before: '4', after: '6', kind: 'changed' },
      { field: 'aliases', before: 'Quad', after: 'Quad, QSD', kind: 'changed' },
      { field: 'deprecated', before: 'false', after: 'true', kind: 'changed' },
    ]);
  });

  it('names removed fields and indexes lists of objects', () => {
    const before = { reason: 'typo', sides: [{ doc: '001' }] };
    const after = { sides: [{ doc: '002' }] };
    expect(fieldDiff(JSON.stringify(before), JSON.stringify(after))).toEqual([
      { field: 'sides[0].doc', before: '001', after: '002', kind: 'changed' },
      { field: 'reason', before: 'typo', after: null, kind: 'removed' },
    ]);
  });

  it('keeps text that is not a JSON object whole, and nothing for two equal sides', () => {
    expect(fieldDiff('not json', '"a string"')).toEqual([
      { field: 'value', before: 'not json', after: 'a string', kind: 'changed' },
    ]);
    expect(fieldDiff('{"a":1}', '{"a":1}')).toEqual([]);
    expect(fieldDiff(null, null)).toEqual([]);
  });
});

describe('uploaded source text', () => {
  it('reads UTF-8 (dropping a BOM) and refuses other encodings', () => {
    const utf8 = new TextEncoder().encode('\uFEFF日米同盟\nline 2\n');
    expect(decodeUtf8(utf8.buffer)).toBe('日米同盟\nline 2\n');
    // Shift_JIS for 日本: not valid UTF-8.
    expect(decodeUtf8(new Uint8Array([0x93, 0xfa, 0x96, 0x7b]).buffer)).toBeNull();
  });

  it('counts lines as the server numbers them', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('one')).toBe(1);
    expect(countLines('one\ntwo\n')).toBe(2);
    expect(countLines('one\n\nthree')).toBe(3);
  });
});

describe('validation errors by field', () => {
  const refused = (...fields: string[]) =>
    new ApiError('refused', 'rejected', 'BAD_USER_INPUT', null, {
      problems: fields.map((field) => ({ field, message: `${field} is wrong` })),
      current: null,
    });

  it('belong to the field the server names, or to the group that holds it', () => {
    expect(problemFor(refused('claim.noteJa'), 'claim.noteJa')).toBe('claim.noteJa is wrong');
    expect(problemFor(refused('claim.noteJa'), 'claim.note')).toBeNull();
    expect(problemFor(refused('newEntity.name'), 'newEntity')).toBe('newEntity.name is wrong');
    expect(problemFor(refused('input.title'), 'title')).toBe('input.title is wrong');
    expect(problemFor(refused('sides[0]'), 'sides')).toBe('sides[0] is wrong');
    expect(problemFor(refused(), 'title')).toBeNull();
    expect(problemFor(null, 'title')).toBeNull();
  });

  it('each field shows its own problem when several are refused at once', () => {
    const error = refused('claim.note', 'claim.lineEnd');
    expect(problemFor(error, 'claim.note')).toBe('claim.note is wrong');
    expect(problemFor(error, 'claim.lineEnd')).toBe('claim.lineEnd is wrong');
  });
});
