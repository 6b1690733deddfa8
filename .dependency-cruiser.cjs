/**
 * The layers of the code, enforced by `npm run lint` (dependency-cruiser). A module may import
 * from its own layer and the layers listed as below it, never upwards, and no import may close a
 * cycle. README.md's Architecture section explains the layers.
 */

/** Server: what each part of server/src may import from server/src (besides itself). */
const SERVER = [
  // The model, vocabulary, dates, relation ids, search and compare: pure, imports nothing else.
  { name: 'domain', from: 'domain/', may: [] },
  // Data access: the only code that talks Cypher.
  { name: 'db', from: 'db/', may: ['domain/', 'repoRoot.ts'] },
  // Seed validation and loading, beside db/: nothing but the process above reads it.
  { name: 'seed', from: 'seed/', except: 'seed/(cli|seedCommand)\\.ts$', may: ['domain/', 'db/', 'repoRoot.ts'] },
  // `npm run seed` itself is a process: it reads the configuration and connects.
  {
    name: 'seed-command',
    from: 'seed/(cli|seedCommand)\\.ts$',
    may: ['seed/', 'domain/', 'db/', 'neo4j/', 'config.ts', 'logger.ts', 'repoRoot.ts'],
  },
  // Curation (accounts, sessions, proposals, review): validates by the seed's rules, writes through db/.
  {
    name: 'curation',
    from: 'curation/',
    except: 'curation/(cli|exportCli)\\.ts$',
    may: ['domain/', 'db/', 'seed/', 'repoRoot.ts'],
  },
  // `npm run users` and `npm run export`: processes, like the seed command.
  {
    name: 'curation-command',
    from: 'curation/(cli|exportCli)\\.ts$',
    may: ['curation/', 'seed/', 'domain/', 'db/', 'neo4j/', 'config.ts', 'logger.ts', 'repoRoot.ts'],
  },
  { name: 'graphql', from: 'graphql/', may: ['domain/', 'db/', 'curation/', 'logger.ts'] },
  { name: 'http', from: 'http/', may: ['graphql/', 'curation/', 'domain/', 'db/', 'logger.ts', 'repoRoot.ts'] },
  // The process's database: the driver and the local Neo4j launcher.
  { name: 'neo4j', from: 'neo4j/', may: ['config.ts', 'logger.ts', 'repoRoot.ts'] },
  // Leaves. repoRoot.ts and logger.ts import nothing; config.ts only finds paths with repoRoot.ts.
  // repoRoot.ts: db/, seed/, http/, neo4j/ and config.ts (anything that opens a file of the repo);
  // logger.ts: graphql/, http/, neo4j/ and the processes; config.ts: neo4j/ and the processes
  // only (the layers below get their settings passed in).
  { name: 'repoRoot', from: 'repoRoot\\.ts$', may: [] },
  { name: 'logger', from: 'logger\\.ts$', may: [] },
  { name: 'config', from: 'config\\.ts$', may: ['repoRoot.ts'] },
  // The whole back end, and `npm start` on top of it.
  {
    name: 'atlas',
    from: 'atlas\\.ts$',
    may: [
      'domain/',
      'db/',
      'seed/',
      'curation/',
      'graphql/',
      'http/',
      'neo4j/',
      'config.ts',
      'logger.ts',
      'repoRoot.ts',
    ],
  },
  { name: 'main', from: 'main\\.ts$', may: ['atlas.ts', 'config.ts', 'logger.ts'] },
];

/** Web: folders of web/src from the bottom up; each may import its own layer and those below. */
const WEB = [
  ['api/', 'vocabulary.ts'],
  ['i18n/'],
  ['view/'],
  // Data: cache, requests, filters, temporal.
  ['graph/'],
  // Cytoscape: GraphView, elements, style, layouts, worker, minimap.
  ['canvas/'],
  ['export/'],
  ['components/', 'console/'],
  ['App.tsx', 'main.tsx', 'prefetch.ts', 'testHook.ts'],
];

const escapeDots = (part) => part.replace(/[.]/g, '\\.');
/** A path regex for parts under a root: `db/` matches the folder, `config.ts` the one file. */
const under = (root, parts) =>
  `^${root}(${parts.map((p) => (p.endsWith('/') ? escapeDots(p) : `${escapeDots(p)}$`)).join('|')})`;

const serverRules = SERVER.map(({ name, from, except, may }) => ({
  name: `server-${name}-layer`,
  comment: `server/src/${from.replace(/\\/g, '')} may import only ${may.length ? may.join(', ') : 'itself'} from server/src`,
  severity: 'error',
  from: { path: `^server/src/${from}`, ...(except ? { pathNot: `^server/src/${except}` } : {}) },
  to: {
    path: '^server/src/',
    pathNot: [`^server/src/${from}`, ...(may.length ? [under('server/src/', may)] : [])],
  },
}));

const webRules = WEB.slice(0, -1).map((layer, i) => {
  const above = WEB.slice(i + 1).flat();
  return {
    name: `web-${layer[0].replace(/[/.]/g, '')}-layer`,
    comment: `web/src/${layer.join(', ')} must not import ${above.join(', ')} (a layer above)`,
    severity: 'error',
    from: { path: under('web/src/', layer) },
    to: { path: under('web/src/', above) },
  };
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle ties modules into one: break it by moving what both need to a lower layer.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'web-not-server',
      comment: 'The web app talks to the server over GraphQL only (its types come from codegen).',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-not-web',
      comment: 'The server serves web/dist as files; it imports nothing of web/.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^web/' },
    },
    ...serverRules,
    ...webRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: the old cycle ran through them.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
  },
};
