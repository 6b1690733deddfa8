/**
 * One vocabulary: server/src/domain/vocabulary.ts is the list; every other place that names the
 * relation types or entity kinds (the SDL, the schema's constraints, the web's groups and both
 * translation tables, seed/README.md) holds exactly the same set.
 */
import { describe, expect, it } from 'vitest';
import {
  ENTITY_KINDS,
  RELATION_ENDS,
  RELATION_GROUP as SERVER_RELATION_GROUP,
  RELATION_TYPES,
  type EntityKind,
} from '../../../server/src/domain/vocabulary.js';
import { ENTITY_KINDS as WEB_ENTITY_KINDS, RELATION_GROUP } from '../../../web/src/vocabulary.js';
import { repoText, sdlEnum } from './schemaText.js';

const sorted = (values: Iterable<string>) => [...values].sort();
const TYPES = sorted(RELATION_TYPES);

/** The `rel_*` keys of one translation table in web/src/i18n/strings.ts (`const en = {…}` or `const ja …`). */
function translatedTypes(lang: 'en' | 'ja'): string[] {
  const text = repoText('web/src/i18n/strings.ts');
  const start = text.search(new RegExp(`^const ${lang}\\b`, 'm'));
  expect(start, `web/src/i18n/strings.ts has a table \`const ${lang}\``).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n};', start);
  return sorted([...text.slice(start, end).matchAll(/^\s*rel_([A-Z_]+):/gm)].map((m) => m[1]!));
}

/** seed/README.md's relation vocabulary table: type → from kinds → to kinds. */
function readmeVocabulary(): Map<string, { from: string[]; to: string[] }> {
  const text = repoText('seed/README.md');
  const section = text.slice(text.indexOf('## Relation vocabulary'));
  const rows = new Map<string, { from: string[]; to: string[] }>();
  const kinds = (side: string) =>
    sorted(
      side
        .split('/')
        .map((k) => k.replace(/\(.*\)/, '').trim())
        .flatMap((k) => (k === 'any' ? ENTITY_KINDS.map((kind) => kind.toLowerCase()) : [k])),
    );
  for (const match of section.matchAll(/^\| `([A-Z_]+)` \| ([^|]+?) → ([^|]+?) \|/gm))
    rows.set(match[1]!, { from: kinds(match[2]!), to: kinds(match[3]!) });
  return rows;
}

describe('the relation vocabulary', () => {
  it('is the SDL enum RelationType', () => {
    expect(sorted(sdlEnum('RelationType'))).toEqual(TYPES);
  });

  it("is the set of cypher/schema.cypher's per-type id constraints, each named after its type", () => {
    const constraints = [
      ...repoText('cypher/schema.cypher').matchAll(
        /CREATE CONSTRAINT (\w+) IF NOT EXISTS FOR \(\)-\[r:([A-Z_]+)\]-\(\) REQUIRE r\.id IS UNIQUE/g,
      ),
    ];
    expect(sorted(constraints.map((m) => m[2]!))).toEqual(TYPES);
    for (const [, name, type] of constraints) expect(name).toBe(`rel_${type!.toLowerCase()}_id`);
  });

  it("is the web's list (the keys of RELATION_GROUP in web/src/vocabulary.ts)", () => {
    expect(sorted(Object.keys(RELATION_GROUP))).toEqual(TYPES);
  });

  it("is grouped on the web as the server groups it (path ranking weighs hops by the server's groups)", () => {
    expect(RELATION_GROUP).toEqual(SERVER_RELATION_GROUP);
  });

  it('is translated in both tables of web/src/i18n/strings.ts', () => {
    expect(translatedTypes('en')).toEqual(TYPES);
    expect(translatedTypes('ja')).toEqual(TYPES);
  });

  it("is seed/README.md's vocabulary table, with the same from → to kinds", () => {
    const readme = readmeVocabulary();
    expect(sorted(readme.keys())).toEqual(TYPES);
    const lower = (kinds: readonly EntityKind[]) => sorted(kinds.map((k) => k.toLowerCase()));
    for (const type of RELATION_TYPES)
      expect({ type, ...readme.get(type) }).toEqual({
        type,
        from: lower(RELATION_ENDS[type].from),
        to: lower(RELATION_ENDS[type].to),
      });
  });
});

describe('the entity kinds', () => {
  it('are the SDL enum EntityKind and the web list, upper-cased', () => {
    const upper = sorted(ENTITY_KINDS.map((k) => k.toUpperCase()));
    expect(sorted(sdlEnum('EntityKind'))).toEqual(upper);
    expect(sorted(WEB_ENTITY_KINDS)).toEqual(upper);
  });
});
