/**
 * Check 4: broken seed directories. Each is a copy of seed/ with one thing broken; the seed
 * command (`server/src/seed/cli.ts`, pointed at the copy by ATLAS_SEED_DIR and at the resilience
 * Neo4j by NEO4J_URI) must refuse it: non-zero exit, a message naming the file (and the entry and
 * field where there is one), and nothing written.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { SEED_DIR } from '../../server/src/seed/paths.js';
import { exitWithin, runTs } from './processes.js';
import { fingerprintText, type Report } from './report.js';
import type { ResilienceStack } from './stack.js';

const CHECK = '4 bad seed files';
const CONCURRENCY = 3;
const COMMAND_TIMEOUT_MS = 120_000;
/** Entries in the "huge file" case: several times the largest real seed file. */
const HUGE_FILE_ENTRIES = 8000;

interface BadSeed {
  name: string;
  /** Breaks the copy of seed/ in `dir`. */
  breakIt: (dir: string) => void;
  /** What the message must name: a file, and an entry and field when the problem has them. */
  expect: { file: string; entry?: string; field?: string };
}

type SeedFileContent = Record<string, Record<string, unknown>[]>;

/** Parses a seed file of the copy, lets `change` edit it, writes it back as YAML. */
function editYaml(dir: string, file: string, change: (content: SeedFileContent) => void): void {
  const full = path.join(dir, file);
  const content = parse(readFileSync(full, 'utf8')) as SeedFileContent;
  change(content);
  writeFileSync(full, stringify(content));
}

const relation = (content: SeedFileContent, index: number) => content.relations![index]!;
const firstClaim = (entry: Record<string, unknown>) => (entry.claims as Record<string, unknown>[])[0]!;

const BAD_SEEDS: readonly BadSeed[] = [
  {
    name: 'dangling id',
    breakIt: (dir) => editYaml(dir, 'documents/002.yaml', (c) => void (relation(c, 3).to = 'actor:no-such-entity')),
    expect: { file: 'documents/002.yaml', entry: 'relations[3]', field: 'to' },
  },
  {
    name: 'duplicate id',
    breakIt: (dir) => editYaml(dir, 'entities/states.yaml', (c) => void c.entities!.push({ ...c.entities![0]! })),
    expect: { file: 'entities/states.yaml', entry: 'entities[', field: 'id' },
  },
  {
    name: 'bad date',
    breakIt: (dir) =>
      editYaml(dir, 'documents/003.yaml', (c) => void (firstClaim(relation(c, 0)).since = '2023-13-45')),
    expect: { file: 'documents/003.yaml', entry: 'relations[0]', field: 'claims[0].since' },
  },
  {
    name: 'missing citation',
    breakIt: (dir) => editYaml(dir, 'documents/004.yaml', (c) => void delete relation(c, 2).claims),
    expect: { file: 'documents/004.yaml', entry: 'relations[2]', field: 'claims' },
  },
  {
    name: 'citation past the end of its document',
    breakIt: (dir) =>
      editYaml(dir, 'documents/001.yaml', (c) => void (firstClaim(relation(c, 0)).lines = [9000, 9001])),
    expect: { file: 'documents/001.yaml', entry: 'relations[0]', field: 'claims[0].lines' },
  },
  {
    name: 'unknown source document',
    breakIt: (dir) => editYaml(dir, 'documents/000.yaml', (c) => void (firstClaim(relation(c, 1)).doc = '042')),
    expect: { file: 'documents/000.yaml', entry: 'relations[1]', field: 'claims[0].doc' },
  },
  {
    name: 'wrong type: a number for a name',
    breakIt: (dir) => editYaml(dir, 'entities/core.yaml', (c) => void (c.entities![1]!.name = 42)),
    expect: { file: 'entities/core.yaml', entry: 'entities[1]', field: 'name' },
  },
  {
    name: 'wrong type: text for line numbers',
    breakIt: (dir) => editYaml(dir, 'documents/002.yaml', (c) => void (firstClaim(relation(c, 5)).lines = 'ten')),
    expect: { file: 'documents/002.yaml', entry: 'relations[5]', field: 'claims[0].lines' },
  },
  {
    name: 'relation type outside the vocabulary',
    breakIt: (dir) => editYaml(dir, 'documents/002.yaml', (c) => void (relation(c, 0).type = 'FRIENDS_WITH')),
    expect: { file: 'documents/002.yaml', entry: 'relations[0]', field: 'type' },
  },
  {
    name: 'a list where a map is expected',
    breakIt: (dir) =>
      editYaml(dir, 'documents/002.yaml', (c) => void ((relation(c, 4).claims as unknown[])[0] = ['doc', '002'])),
    expect: { file: 'documents/002.yaml', entry: 'relations[4]', field: 'claims[0]' },
  },
  {
    name: 'a map where a list is expected',
    breakIt: (dir) =>
      editYaml(
        dir,
        'entities/core.yaml',
        (c) => void ((c as Record<string, unknown>).entities = { nato: 'actor:nato' }),
      ),
    expect: { file: 'entities/core.yaml', entry: 'entities' },
  },
  {
    name: 'truncated YAML',
    breakIt: (dir) => {
      const full = path.join(dir, 'documents/003.yaml');
      const text = readFileSync(full, 'utf8');
      // Cut inside a flow sequence half-way through the file: `lines: [16` never closes.
      const cut = text.indexOf('lines: [', Math.floor(text.length / 2)) + 'lines: [16'.length;
      writeFileSync(full, text.slice(0, cut));
    },
    expect: { file: 'documents/003.yaml', entry: 'line ' },
  },
  {
    name: 'duplicate key in an entry',
    breakIt: (dir) => {
      const full = path.join(dir, 'entities/core.yaml');
      writeFileSync(full, readFileSync(full, 'utf8').replace(/^( {4}name: .*)$/m, '$1\n    name: Second name'));
    },
    expect: { file: 'entities/core.yaml', entry: 'line ' },
  },
  {
    name: 'huge file with one bad entry at the end',
    breakIt: (dir) => {
      const facts = Array.from({ length: HUGE_FILE_ENTRIES }, (_, i) => ({
        entity: 'actor:japan',
        claims: [
          { doc: '001', lines: [1 + (i % 150), 1 + (i % 150)], note: `Padding fact ${i}.`, noteJa: `埋め草 ${i}。` },
        ],
      }));
      facts.push({ entity: 'actor:japan', claims: [{ doc: '999', lines: [1, 1], note: 'x', noteJa: 'x' }] });
      writeFileSync(path.join(dir, 'documents/005.yaml'), stringify({ facts }));
    },
    expect: { file: 'documents/005.yaml', entry: `facts[${HUGE_FILE_ENTRIES}]`, field: 'claims[0].doc' },
  },
  {
    name: 'YAML alias bomb',
    breakIt: (dir) => {
      const letters = 'abcdefghij';
      const lines = [`a: &a [${Array(9).fill('"lol"').join(', ')}]`];
      for (let i = 1; i < letters.length; i++)
        lines.push(
          `${letters[i]}: &${letters[i]} [${Array(9)
            .fill(`*${letters[i - 1]}`)
            .join(', ')}]`,
        );
      writeFileSync(path.join(dir, 'documents/006.yaml'), lines.join('\n') + '\n');
    },
    expect: { file: 'documents/006.yaml' },
  },
  {
    name: 'non-UTF-8 file',
    breakIt: (dir) => {
      const full = path.join(dir, 'documents/001.yaml');
      const text = readFileSync(full);
      const at = text.indexOf('note: ') + 'note: '.length;
      // "Café " in Latin-1: 0xE9 alone is not valid UTF-8.
      writeFileSync(
        full,
        Buffer.concat([text.subarray(0, at), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20]), text.subarray(at)]),
      );
    },
    expect: { file: 'documents/001.yaml' },
  },
  {
    name: 'empty file',
    breakIt: (dir) => writeFileSync(path.join(dir, 'documents/003.yaml'), ''),
    expect: { file: 'documents/003.yaml' },
  },
  {
    name: 'missing sources.yaml',
    breakIt: (dir) => rmSync(path.join(dir, 'sources.yaml')),
    expect: { file: 'sources.yaml' },
  },
];

/** A message line naming the file, entry and field as formatSeedError writes them: `file: entry: field — …`. */
function namesTheProblem(lines: readonly string[], expect: BadSeed['expect']): boolean {
  return lines.some((line) => {
    const at = line.indexOf(expect.file);
    if (at < 0) return false;
    const rest = line.slice(at + expect.file.length);
    if (expect.entry !== undefined && !rest.startsWith(`: ${expect.entry}`)) return false;
    return expect.field === undefined || new RegExp(`\\): ${expect.field.replace(/[[\].]/g, '\\$&')} — `).test(rest);
  });
}

interface Outcome {
  seed: BadSeed;
  code: number | null;
  wrote: boolean;
  named: boolean;
  firstMessage: string;
  ms: number;
}

async function tryBadSeed(stack: ResilienceStack, seed: BadSeed, dir: string): Promise<Outcome> {
  cpSync(SEED_DIR, dir, { recursive: true });
  seed.breakIt(dir);
  const startedAt = Date.now();
  const run = runTs('server/src/seed/cli.ts', {
    ATLAS_SEED_DIR: dir,
    NEO4J_URI: stack.neo4j.uri,
    NEO4J_PASSWORD: '',
    LOG_LEVEL: 'info',
  });
  const stderr: string[] = [];
  let wrote = false;
  run.onLine((line, stream) => {
    if (stream === 'stderr') stderr.push(line);
    else if (line.includes('"msg":"seed loaded"')) wrote = true;
  });
  const exit = await exitWithin(run, COMMAND_TIMEOUT_MS);
  const firstMessage =
    stderr.find((l) => l.startsWith('  ')) ?? stderr[0] ?? (exit.timedOut ? 'timed out' : '(nothing)');
  return {
    seed,
    code: exit.code,
    wrote,
    named: namesTheProblem(stderr, seed.expect),
    firstMessage: firstMessage.trim(),
    ms: Date.now() - startedAt,
  };
}

export async function badSeedCheck(stack: ResilienceStack, report: Report): Promise<void> {
  const root = path.join(stack.workDir, 'bad-seeds');
  mkdirSync(root, { recursive: true });
  const before = await stack.repo.fingerprint();
  const outcomes: Outcome[] = [];
  const queue = BAD_SEEDS.map((seed, i) => ({ seed, dir: path.join(root, String(i)) }));
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift())
      outcomes.push(await tryBadSeed(stack, next.seed, next.dir));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const after = await stack.repo.fingerprint();
  rmSync(root, { recursive: true, force: true });

  report.measure(CHECK, 'broken seed directories tried', `${BAD_SEEDS.length}, ${CONCURRENCY} at a time`);
  report.measure(CHECK, 'graph before / after', `${fingerprintText(before)} / ${fingerprintText(after)}`);
  for (const seed of BAD_SEEDS) {
    const o = outcomes.find((x) => x.seed === seed)!;
    const named = [seed.expect.file, seed.expect.entry, seed.expect.field].filter(Boolean).join(' › ');
    report.verdict(
      CHECK,
      `refused: ${seed.name}`,
      o.code !== 0 && o.code !== null && !o.wrote && o.named,
      `exit ${o.code}${o.wrote ? ', WROTE to the database' : ''}, ${o.named ? 'names' : 'does not name'} ${named} (${o.ms} ms): ${o.firstMessage.slice(0, 150)}`,
    );
  }
  report.verdict(
    CHECK,
    'nothing written (fingerprint unchanged)',
    after.checksum === before.checksum,
    `${fingerprintText(before)} → ${fingerprintText(after)}`,
  );
  if (await stack.restoreSeed()) report.measure(CHECK, 'clean-up', 'seed reloaded by the runner');
}
