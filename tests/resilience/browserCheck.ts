/**
 * Check 5: browser safety, in Debian's Chromium against the running app.
 *  (a) The app works under its Content-Security-Policy: no violation events, no "Refused to …"
 *      console messages, no page errors, while searching, reading details and opening the console.
 *  (b) Markup in data is text: an extra entity whose name, description and claim notes hold
 *      `<img onerror>` and `<script>` is loaded, found by search and opened; the strings are shown
 *      literally and `window.__pwned` stays undefined.
 *  (c) The built bundle (web/dist) holds no secrets.
 */
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { stringify } from 'yaml';
import { CONTENT_SECURITY_POLICY, WEB_DIST } from '../../server/src/http/app.js';
import { REPO_ROOT } from '../../server/src/repoRoot.js';
import { SEED_DIR, SOURCES_DIR } from '../../server/src/seed/paths.js';
import { formatSeedError, readSeedDirectory, validateSeed } from '../../server/src/seed/validate.js';
import { fingerprintText, type Report } from './report.js';
import type { ResilienceStack } from './stack.js';

const CHECK = '5 browser safety';
const PROBE_ID = 'actor:resilience-markup-probe';
const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
const SHOWN = {
  name: `Markup probe ${IMG}`,
  description: `A test entity whose description holds ${SCRIPT} and ${IMG}.`,
  entityNote: `Entity claim note ${SCRIPT}`,
  relationNote: `Relation claim note ${IMG} ${SCRIPT}`,
};
const SCREENSHOT = path.join(REPO_ROOT, 'test-results', 'resilience', 'markup-probe.png');

/** The seed plus one entity, one fact and one relation carrying markup, validated like any seed file. */
function probeDataset() {
  const probe = {
    entities: [
      {
        id: PROBE_ID,
        kind: 'Actor',
        type: 'organisation',
        name: SHOWN.name,
        nameJa: `マークアップ検査 ${SCRIPT}`,
        aliases: [SCRIPT],
        description: SHOWN.description,
        descriptionJa: `説明 ${IMG}`,
      },
    ],
    facts: [{ entity: PROBE_ID, claims: [{ doc: '001', lines: 3, note: SHOWN.entityNote, noteJa: `注 ${SCRIPT}` }] }],
    relations: [
      {
        type: 'PARTNER_OF',
        from: PROBE_ID,
        to: 'actor:japan',
        claims: [{ doc: '001', lines: [1, 2], note: SHOWN.relationNote, noteJa: `注 ${IMG}` }],
      },
    ],
  };
  const files = [...readSeedDirectory(SEED_DIR), { file: 'documents/resilience-probe.yaml', text: stringify(probe) }];
  const result = validateSeed(files, { sourcesDir: SOURCES_DIR });
  if (result.errors.length > 0)
    throw new Error(`the probe data set is invalid: ${result.errors.map(formatSeedError).join('; ')}`);
  return result.dataset;
}

interface PageWatch {
  violations: string[];
  problems: string[];
}

/** Records CSP violation events (from before any script of the page runs), console errors and page errors. */
async function watch(page: Page): Promise<PageWatch> {
  const found: PageWatch = { violations: [], problems: [] };
  await page.exposeFunction('__reportCspViolation', (text: string) => void found.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content.Security.Policy|Refused to/i.test(text)) found.violations.push(`console: ${text}`);
    else if (message.type() === 'error' && !text.includes('favicon')) found.problems.push(`console error: ${text}`);
  });
  page.on('pageerror', (error) => void found.problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    found.problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return found;
}

async function visibleText(page: Page, text: string): Promise<boolean> {
  const match = page.getByText(text, { exact: false });
  return (await match.count()) > 0 && (await match.first().isVisible());
}

async function exerciseApp(stack: ResilienceStack, report: Report): Promise<void> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const watched = await watch(page);
    const response = await page.goto(stack.url);
    const policy = response?.headers()['content-security-policy'] ?? null;
    await page.waitForFunction(() => (window as unknown as { __atlas?: unknown }).__atlas !== undefined);

    await page.getByTestId('main-search').fill('Markup probe');
    const option = page.locator(`[role=option][data-entity-id="${PROBE_ID}"]`);
    await option.waitFor();
    await option.click();
    await page.getByTestId('details-title').filter({ hasText: 'Markup probe' }).waitFor();
    // The relation's citations sit in a closed <details>, fetched when opened: open it as a reader
    // would, and wait for them to be drawn.
    await page.locator('.relation-row details summary').first().click();
    await page.locator('.relation-row details .citation-source').first().waitFor();
    const shown = Object.fromEntries(
      await Promise.all(
        Object.entries(SHOWN).map(async ([field, text]) => [field, await visibleText(page, text)] as const),
      ),
    );
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
    }));

    // The console panel (GraphiQL, lazily loaded) is the part most likely to need eval or inline code.
    await page.getByTestId('tab-console').click();
    await page.getByTestId('console-draw').waitFor();
    await page.waitForTimeout(1500);

    report.measure(
      CHECK,
      'CSP header on the page',
      policy === null ? 'missing' : policy === CONTENT_SECURITY_POLICY ? 'present (the app’s policy)' : policy,
    );
    report.measure(
      CHECK,
      'markup shown as text',
      Object.entries(shown)
        .map(([k, v]) => `${k} ${v ? 'yes' : 'NO'}`)
        .join(', '),
    );
    report.verdict(
      CHECK,
      'the app works under its CSP (no violations)',
      policy !== null && watched.violations.length === 0 && watched.problems.length === 0,
      `${watched.violations.length} violations, ${watched.problems.length} other problems${[
        ...watched.violations,
        ...watched.problems,
      ]
        .slice(0, 3)
        .map((p) => `; ${p.slice(0, 160)}`)
        .join('')}`,
    );
    report.verdict(
      CHECK,
      'markup in names, descriptions and notes is shown as text, never run',
      !injected.pwned && injected.images === 0 && injected.scripts === 0 && Object.values(shown).every(Boolean),
      `window.__pwned ${injected.pwned ? 'SET' : 'undefined'}, injected <img> ${injected.images}, <script> ${injected.scripts}; screenshot ${path.relative(REPO_ROOT, SCREENSHOT)}`,
    );
  } finally {
    await browser.close();
  }
}

/** Values and shapes that must never be in files served to browsers. */
function secretPatterns(): { name: string; pattern: RegExp }[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const passwords = new Set<string>();
  if (process.env.NEO4J_PASSWORD) passwords.add(process.env.NEO4J_PASSWORD);
  for (const file of ['.env', '.env.example']) {
    try {
      const value = /^NEO4J_PASSWORD=(.+)$/m.exec(readFileSync(path.join(REPO_ROOT, file), 'utf8'))?.[1]?.trim();
      if (value) passwords.add(value);
    } catch {
      // No such file: nothing to look for.
    }
  }
  return [
    ...[...passwords].map((value) => ({ name: 'a NEO4J_PASSWORD value', pattern: new RegExp(escape(value)) })),
    { name: 'NEO4J_* variable name', pattern: /NEO4J_(?:PASSWORD|USER|URI)/ },
    { name: 'bolt/neo4j URI', pattern: /\b(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\// },
    { name: 'private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
    { name: 'AWS access key', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
    { name: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36}\b/ },
    { name: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
    { name: 'API secret key', pattern: /\bsk-[A-Za-z0-9]{32,}/ },
    { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
    { name: 'JSON web token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  ];
}

function scanBundle(report: Report): void {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(WEB_DIST);
  const patterns = secretPatterns();
  const hits: string[] = [];
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'latin1');
    bytes += text.length;
    for (const { name, pattern } of patterns) {
      const match = pattern.exec(text);
      if (match) hits.push(`${name} in ${path.relative(WEB_DIST, file)}: ${match[0].slice(0, 40)}`);
    }
  }
  report.measure(
    CHECK,
    'bundle scanned',
    `${files.length} files, ${(bytes / 1024).toFixed(0)} KiB, ${patterns.length} patterns${files.some((f) => f.endsWith('.map')) ? ', source maps present' : ''}`,
  );
  report.verdict(
    CHECK,
    'the bundle holds no secrets',
    hits.length === 0,
    hits.length === 0 ? 'no matches' : hits.slice(0, 5).join('; '),
  );
}

export async function browserCheck(stack: ResilienceStack, report: Report): Promise<void> {
  scanBundle(report);
  const probePrint = await stack.load(probeDataset());
  report.measure(CHECK, 'markup probe loaded', fingerprintText(probePrint));
  try {
    await exerciseApp(stack, report);
  } finally {
    await stack.restoreSeed();
  }
  const after = await stack.repo.fingerprint();
  report.verdict(
    CHECK,
    'seed restored after the probe',
    after.checksum === stack.seedFingerprint.checksum,
    fingerprintText(after),
  );
}
