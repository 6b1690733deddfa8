/**
 * What the run found: measurements and pass/fail verdicts grouped by check, printed as one table
 * that ends with the plain closing line CI reads: `Resilience: N passed, M failed`.
 */
import type { GraphFingerprint } from '../../server/src/db/atlasRepository.js';

/** A fingerprint as one short phrase: counts and the start of the checksum. */
export const fingerprintText = (f: GraphFingerprint): string =>
  `${f.nodes} nodes, ${f.relationships} rels, ${f.checksum.slice(0, 12)}`;

interface Row {
  check: string;
  measure: string;
  value: string;
  verdict?: boolean;
}

export class Report {
  private readonly rows: Row[] = [];

  /** A measurement to show in the summary table. */
  measure(check: string, measure: string, value: string | number): void {
    this.rows.push({ check, measure, value: String(value) });
  }

  /** A pass/fail verdict; `detail` says what was seen, pass or fail. */
  verdict(check: string, name: string, passed: boolean, detail: string): void {
    this.rows.push({ check, measure: name, value: detail, verdict: passed });
    console.log(`  ${passed ? 'PASS' : 'FAIL'}  ${check} / ${name}: ${detail}`);
  }

  get failed(): number {
    return this.rows.filter((r) => r.verdict === false).length;
  }

  get passed(): number {
    return this.rows.filter((r) => r.verdict === true).length;
  }

  /** The summary table (checks by number, measurements before verdicts) and the closing line. */
  print(runSeconds: number): void {
    const checks = [...new Set(this.rows.map((r) => r.check))].sort();
    const label = (r: Row) => (r.verdict === undefined ? r.measure : `${r.verdict ? 'PASS' : 'FAIL'} ${r.measure}`);
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
    console.log(`Resilience: ${this.passed} passed, ${this.failed} failed`);
  }
}
