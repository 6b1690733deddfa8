/**
 * What the run found: measurements and verdicts grouped by check, printed as one table that ends
 * with the plain closing line CI reads: `Resilience: N passed, M failed, K not checked` (or another title). A check the
 * machine cannot carry out (a service it cannot reach) is "not checked": neither a pass nor a
 * failure of the product, and always printed with the reason.
 */
import type { GraphFingerprint } from '../../server/src/db/atlasRepository.js';

/** A fingerprint as one short phrase: counts and the start of the checksum. */
export const fingerprintText = (f: GraphFingerprint): string =>
  `${f.nodes} nodes, ${f.relationships} rels, ${f.checksum.slice(0, 12)}`;

type Verdict = 'PASS' | 'FAIL' | 'NOT CHECKED';

interface Row {
  check: string;
  measure: string;
  value: string;
  verdict?: Verdict;
}

export class Report {
  private readonly rows: Row[] = [];

  /** `title` starts the closing line: `Resilience: …`, `Scale: …`. */
  constructor(private readonly title = 'Resilience') {}

  /** A measurement to show in the summary table. */
  measure(check: string, measure: string, value: string | number): void {
    this.rows.push({ check, measure, value: String(value) });
  }

  /** A pass/fail verdict; `detail` says what was seen, pass or fail. */
  verdict(check: string, name: string, passed: boolean, detail: string): void {
    this.record(check, name, passed ? 'PASS' : 'FAIL', detail);
  }

  /** A verdict this machine could not reach; `why` names what was missing. */
  notChecked(check: string, name: string, why: string): void {
    this.record(check, name, 'NOT CHECKED', why);
  }

  private record(check: string, name: string, verdict: Verdict, detail: string): void {
    this.rows.push({ check, measure: name, value: detail, verdict });
    console.log(`  ${verdict}  ${check} / ${name}: ${detail}`);
  }

  private count(verdict: Verdict): number {
    return this.rows.filter((r) => r.verdict === verdict).length;
  }

  get failed(): number {
    return this.count('FAIL');
  }

  get passed(): number {
    return this.count('PASS');
  }

  /** The summary table (checks by number, measurements before verdicts) and the closing line. */
  print(runSeconds: number): void {
    const checks = [...new Set(this.rows.map((r) => r.check))].sort();
    const label = (r: Row) => (r.verdict === undefined ? r.measure : `${r.verdict} ${r.measure}`);
    const checkWidth = Math.max(5, ...checks.map((c) => c.length));
    const measureWidth = Math.max(7, ...this.rows.map((r) => label(r).length));
    const rule = `+${'-'.repeat(checkWidth + 2)}+${'-'.repeat(measureWidth + 2)}+${'-'.repeat(60)}`;
    const out = [rule, `| ${'check'.padEnd(checkWidth)} | ${'measure'.padEnd(measureWidth)} | value`, rule];
    for (const check of checks) {
      const group = this.rows.filter((r) => r.check === check);
      const ordered = [
        ...group.filter((r) => r.verdict === undefined),
        ...group.filter((r) => r.verdict !== undefined),
      ];
      ordered.forEach((r, i) =>
        out.push(`| ${(i === 0 ? check : '').padEnd(checkWidth)} | ${label(r).padEnd(measureWidth)} | ${r.value}`),
      );
      out.push(rule);
    }
    console.log(`\n${out.join('\n')}\n`);
    console.log(`Run time: ${runSeconds.toFixed(0)} s`);
    console.log(
      `${this.title}: ${this.passed} passed, ${this.failed} failed, ${this.count('NOT CHECKED')} not checked`,
    );
  }
}
