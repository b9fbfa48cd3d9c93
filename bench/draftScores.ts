/**
 * `npm run bench:draft`: drafts the seed article, the held-out articles of test/fixtures/draft
 * and the curators' worked examples (seed/examples 04 to 09) from their text, scores each draft
 * against the documents a curator made by hand, and prints two tables: the issue's targets
 * (recall and precision of people, organizations and positions, references resolved to the
 * right id, verbatim excerpts, validity, time) and the second cut's facts (statements, events
 * and their dates, links and participants, participant groups, amendments). Exit code 1 when a
 * target is missed. `--verbose` lists what was missed and what was extra; `--set NAME` drafts
 * one set (seed, held-out, examples).
 */

import type { ArticleResult } from '../src/draft/score/runDraftBench';
import {
  benchArticle,
  benchArticles,
  meetsTargets,
  TARGETS,
  totals,
} from '../src/draft/score/runDraftBench';
import type { Score } from '../src/draft/score/scoreDraft';
import { PROJECT_ROOT } from '../src/projectRoot';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const rp = (s: Score) => `${pct(s.recall)} / ${pct(s.precision)}`;
const of = (a: number, b: number) => `${a}/${b}`;

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

function targetsTable(results: { set: string; result: ArticleResult }[]): void {
  const rows = results.map(({ set, result: r }) => [
    `${set}: ${r.name}`,
    rp(r.people),
    rp(r.organizations),
    rp(r.positions),
    of(r.references.correct, r.references.expected),
    of(r.excerpts.verbatim, r.excerpts.total),
    r.valid ? 'yes' : 'NO',
    `${r.ms.toFixed(0)} ms`,
    meetsTargets(r) ? 'met' : 'MISSED',
  ]);
  for (const set of [...new Set(results.map((r) => r.set))]) {
    const t = totals(results.filter((r) => r.set === set).map((r) => r.result));
    rows.push([
      `${set} (micro-average)`,
      `${pct(t.peopleRecall)} / ${pct(t.peoplePrecision)}`,
      `${pct(t.orgRecall)} / ${pct(t.orgPrecision)}`,
      `${pct(t.positionRecall)} / ${pct(t.positionPrecision)}`,
      pct(t.references),
      pct(t.verbatim),
      t.valid ? 'yes' : 'NO',
      `max ${t.maxMs.toFixed(0)} ms`,
      '',
    ]);
  }
  table(
    [
      'article',
      'people R / P',
      'organizations R / P',
      'positions R / P',
      'ids right',
      'verbatim',
      'valid',
      'time',
      'targets',
    ],
    rows,
  );
}

function secondCutTable(results: { set: string; result: ArticleResult }[]): void {
  const rows = results.map(({ set, result: r }) => [
    `${set}: ${r.name}`,
    `${rp(r.statements)} (kind ${of(r.statements.kindRight, r.statements.matched)})`,
    `${rp(r.events)} (date ${of(r.events.dateRight, r.events.matched)})`,
    rp(r.eventLinks),
    `${pct(r.participants.recall)} (role ${of(r.participants.roleRight, r.participants.matched)})`,
    rp(r.groups),
    rp(r.amendments),
  ]);
  for (const set of [...new Set(results.map((r) => r.set))]) {
    const t = totals(results.filter((r) => r.set === set).map((r) => r.result));
    rows.push([
      `${set} (micro-average)`,
      `${pct(t.statementRecall)} / ${pct(t.statementPrecision)} (kind ${pct(t.statementKinds)})`,
      `${pct(t.eventRecall)} / ${pct(t.eventPrecision)} (date ${pct(t.eventDates)})`,
      `${pct(t.eventLinkRecall)} / ${pct(t.eventLinkPrecision)}`,
      `${pct(t.participantRecall)} (role ${pct(t.participantRoles)})`,
      `${pct(t.groupRecall)} / ${pct(t.groupPrecision)}`,
      `${pct(t.amendmentRecall)} / ${pct(t.amendmentPrecision)}`,
    ]);
  }
  table(
    [
      'article',
      'statements R / P',
      'events R / P',
      'event links R / P',
      'participants R',
      'groups R / P',
      'amendments R / P',
    ],
    rows,
  );
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const setAt = process.argv.indexOf('--set');
  const only = setAt >= 0 ? process.argv[setAt + 1] : undefined;
  const results: { set: string; result: ArticleResult }[] = [];
  for (const article of benchArticles(PROJECT_ROOT)) {
    if (only && article.set !== only) continue;
    results.push({ set: article.set, result: await benchArticle(article) });
  }
  console.log("The issue's targets\n");
  targetsTable(results);
  console.log(
    `\ntargets: people R,P >= ${pct(TARGETS.peopleRecall)}; organizations R,P >= ${pct(TARGETS.orgRecall)}; positions R >= ${pct(TARGETS.positionRecall)}; ids >= ${pct(TARGETS.references)}; every excerpt verbatim; valid; < ${TARGETS.ms} ms`,
  );
  console.log('\nThe second cut: statements, events, groups, amendments\n');
  secondCutTable(results);
  if (verbose) {
    for (const { result: r } of results) {
      console.log(`\n${r.name}`);
      for (const kind of [
        'people',
        'organizations',
        'statements',
        'events',
        'groups',
        'amendments',
      ] as const)
        console.log(
          `  ${kind}: missed ${r.missed[kind].join('; ') || '-'}; extra ${r.extra[kind].join('; ') || '-'}`,
        );
      console.log(`  positions missed: ${r.missed.positions.join(', ') || '-'}`);
      console.log(`  event links missed: ${r.missed.eventLinks.join(', ') || '-'}`);
      console.log(`  wrong ids: ${r.references.wrong.join(', ') || '-'}`);
      if (r.problems.length > 0) console.log(`  problems: ${r.problems.join('; ')}`);
    }
  }
  process.exitCode = results.every((r) => meetsTargets(r.result)) ? 0 : 1;
}

void main();
