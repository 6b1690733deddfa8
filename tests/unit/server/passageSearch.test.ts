import { describe, expect, it } from 'vitest';
import { findMatch, passagePhrase } from '../../../server/src/domain/passageSearch.js';
import { splitLines } from '../../../server/src/seed/sourceTexts.js';

describe('passage search', () => {
  it('finds the text inside a line, ignoring case and full-width forms, with offsets into the original line', () => {
    const line = '1954年のマニラ条約でＳＥＡＴＯが発足した';
    const manila = findMatch(line, 'マニラ条約')!;
    expect(line.slice(manila.start, manila.end)).toBe('マニラ条約');
    const seato = findMatch(line, 'seato')!;
    expect(line.slice(seato.start, seato.end)).toBe('ＳＥＡＴＯ');
    expect(findMatch(line, 'ANZUS')).toBeNull();
  });

  it('quotes the text as one Lucene phrase, every operator escaped', () => {
    expect(passagePhrase('NATO" OR *:*')).toBe('"nato\\" or \\*\\:\\*"');
    expect(passagePhrase('  マニラ　条約 ')).toBe('"マニラ 条約"');
  });

  it('numbers lines as cat -n does: a final newline starts no line', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\nb\n ')).toEqual(['a', 'b', ' ']);
    expect(splitLines('\n\n')).toEqual(['', '']);
    expect(splitLines('')).toEqual([]);
  });
});
