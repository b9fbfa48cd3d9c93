/**
 * `npm run bench:draft`: drafts the seed article and the held-out articles of
 * test/fixtures/draft from their text, scores each draft against the document a curator made
 * by hand, and prints recall and precision of people, organizations and positions, references
 * resolved to the right id, verbatim excerpts, validity and time per article. Exit code 1 when
 * a target is missed. `--verbose` lists what was missed and what was extra.
 */
import { join } from 'node:path';

import {
  benchArticle,
  benchArticles,
  meetsTargets,
  TARGETS,
  totals,
} from '../src/draft/score/runDraftBench';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const results = [];
  for (const article of benchArticles(join(__dirname, '..')))
    results.push(await benchArticle(article));
  const rows = results.map((r) => [
    r.name,
    `${pct(r.people.recall)} / ${pct(r.people.precision)}`,
    `${pct(r.organizations.recall)} / ${pct(r.organizations.precision)}`,
    `${pct(r.positions.recall)} / ${pct(r.positions.precision)}`,
    `${r.references.correct}/${r.references.expected}`,
    `${r.excerpts.verbatim}/${r.excerpts.total}`,
    r.valid ? 'yes' : 'NO',
    `${r.ms.toFixed(0)} ms`,
    meetsTargets(r) ? 'met' : 'MISSED',
  ]);
  const t = totals(results);
  rows.push([
    'all (micro-average)',
    `${pct(t.peopleRecall)} / ${pct(t.peoplePrecision)}`,
    `${pct(t.orgRecall)} / ${pct(t.orgPrecision)}`,
    `${pct(t.positionRecall)} / ${pct(t.positionPrecision)}`,
    pct(t.references),
    pct(t.verbatim),
    t.valid ? 'yes' : 'NO',
    `max ${t.maxMs.toFixed(0)} ms`,
    '',
  ]);
  const header = [
    'article',
    'people R / P',
    'organizations R / P',
    'positions R / P',
    'ids right',
    'verbatim',
    'valid',
    'time',
    'targets',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
  console.log(
    `\ntargets: people R,P >= ${pct(TARGETS.peopleRecall)}; organizations R,P >= ${pct(TARGETS.orgRecall)}; positions R >= ${pct(TARGETS.positionRecall)}; ids >= ${pct(TARGETS.references)}; every excerpt verbatim; valid; < ${TARGETS.ms} ms`,
  );
  if (verbose) {
    for (const r of results) {
      console.log(`\n${r.name}`);
      console.log(
        `  missed people: ${r.missed.people.join(', ') || '-'}; extra: ${r.extra.people.join(', ') || '-'}`,
      );
      console.log(
        `  missed organizations: ${r.missed.organizations.join(', ') || '-'}; extra: ${r.extra.organizations.join(', ') || '-'}`,
      );
      console.log(`  missed positions: ${r.missed.positions.join(', ') || '-'}`);
      console.log(`  wrong ids: ${r.references.wrong.join(', ') || '-'}`);
      if (r.problems.length > 0) console.log(`  problems: ${r.problems.join('; ')}`);
    }
  }
  process.exitCode = results.every(meetsTargets) ? 0 : 1;
}

void main();
