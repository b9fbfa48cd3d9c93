/** One pass/fail check of a scenario, with what was measured. */
export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

/** What a scenario measured and whether it passed. */
export interface ScenarioReport {
  scenario: string;
  /** Figures in the order they are printed. */
  figures: [string, string | number][];
  checks: Check[];
}

/** True when every check of the report passed (and there was at least one). */
export function passed(report: ScenarioReport): boolean {
  return report.checks.length > 0 && report.checks.every((check) => check.pass);
}

/** A check built from a condition and a detail saying what was seen. */
export function check(name: string, pass: boolean, detail: string): Check {
  return { name, pass, detail };
}

/** The report as printed: figures, one line per check, and the final verdict line. */
export function formatReport(report: ScenarioReport): string {
  const width = Math.max(0, ...report.figures.map(([label]) => label.length));
  return [
    `== ${report.scenario}`,
    ...report.figures.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    ...report.checks.map(
      (c) => `  [${c.pass ? 'PASS' : 'FAIL'}] ${c.name}${c.detail ? ` (${c.detail})` : ''}`,
    ),
    `${report.scenario}: ${passed(report) ? 'PASS' : 'FAIL'}`,
  ].join('\n');
}

/** The p-th percentile (0-100) of a list of numbers, nearest rank; 0 for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}
