/**
 * The dashboard, list, source and GraphiQL pages of issue 15 in a real browser against the real
 * server and Neo4j: the source page with every quotation highlighted and linked to its facts and
 * back (point 7), dashboard filters in the URL with click-through to lists (point 9), the
 * matrix's values, legend and names and the new charts (point 10), one banner while the database
 * is away (point 11), GraphiQL 5 with its explorer and examples (points 1 and 13). Pages run
 * under the server's own Content-Security-Policy (the strict one; GraphiQL's editor gets inline
 * styles and data: fonts) and report no violation; screenshots at 1440×900 and 390×844 go to
 * test-artifacts/.
 */
import { readdirSync, readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { importDocument } from '../../src/import/importDocument';
import type { BrowserSuite } from '../utils/browser';
import { saveScreenshot, startBrowserSuite, underPolicy } from '../utils/browser';
import { postGraphQL } from '../utils/listen';
import { timelineDocument } from '../utils/timelineDocument';

const SOURCE = 'source/ahmu-bgi-2018-04-20';
const SIGNED_EXCERPT =
  'Li Jun, secretary of CPC Party Committee of Anhui Medical University (AHMU), visited BGI in Shenzhen, and signed a memorandum of cooperation';
const MEMORANDUM_NAME = 'Memorandum of cooperation between AHMU and BGI';

let suite: BrowserSuite | undefined;
let violations: string[] = [];

beforeAll(async () => {
  suite = await startBrowserSuite((t) =>
    importDocument(t.db, timelineDocument(), { file: 'timeline.yaml' }),
  );
});

afterAll(() => suite?.stop());

afterEach(() => {
  expect(violations).toEqual([]);
  violations = [];
});

function server(): BrowserSuite {
  if (!suite) throw new Error('no browser');
  return suite;
}

async function openPage(
  path: string,
  options: { width?: number; height?: number } = {},
): Promise<Page> {
  const page = await server().browser.newPage({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  violations = await underPolicy(page);
  await page.goto(`${server().baseUrl}${path}`);
  return page;
}

async function api<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { status, body } = await postGraphQL(server().baseUrl, query, variables);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** The rows of a chart's data table, opened as a person would, as text cells. */
async function tableRows(page: Page, key: string): Promise<string[][]> {
  const card = page.locator(`#chart-${key}`);
  const details = card.locator('details.data-view');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const rows = card.locator('table.data tbody tr');
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    out.push(await rows.nth(i).locator('th, td').allTextContents());
  }
  return out;
}

it('point 7: the source page highlights every quotation and links its facts to the explorer and back', async () => {
  interface Excerpts {
    source: { excerpts: { id: string; excerpt: string; start: number; end: number }[] };
  }
  const { source } = await api<Excerpts>(
    `{ source(id: "${SOURCE}") { excerpts { id excerpt start end } } }`,
  );
  const signed = source.excerpts.find((x) => x.excerpt === SIGNED_EXCERPT);
  if (!signed) throw new Error('the signed excerpt is missing');
  const page = await openPage(`/source?id=${SOURCE}`);
  await page.locator('.source-text mark').first().waitFor();
  // Every quotation has a highlight: each one's characters are all inside marks.
  const covered = await page.evaluate(`[...document.querySelectorAll('.source-text mark')]
      .flatMap((m) => m.dataset.excerpts.split(' '))`);
  expect(new Set(covered as string[])).toEqual(new Set(source.excerpts.map((x) => x.id)));
  expect(await page.locator('.source-head h1').textContent()).toBe(
    'Li Jun Visits BGI and National Gene Bank to Promote Precision Medicine',
  );
  // Choose the quotation: its facts, each a link into the explorer.
  await page.locator(`mark[data-excerpts~="${signed.id}"]`).last().click();
  await page.locator('#facts blockquote', { hasText: SIGNED_EXCERPT }).first().waitFor();
  const group = page.locator(`#facts .fact-group[data-excerpt="${signed.id}"]`);
  expect(await group.locator('.fact-list a').allTextContents()).toEqual([
    `Li Jun signed ${MEMORANDUM_NAME}`,
    'Li Jun signed at Signing of the AHMU–BGI memorandum of cooperation',
  ]);
  expect(new URL(page.url()).searchParams.get('excerpt')).toBe(signed.id);
  await saveScreenshot(page, 'issue15-07-source-page');
  await group.getByRole('link', { name: `Li Jun signed ${MEMORANDUM_NAME}` }).click();
  await page.waitForURL(/\/explore\?/);
  await page
    .locator('#panel h2#panel-title', { hasText: `Li Jun — signed → ${MEMORANDUM_NAME}` })
    .waitFor();
  // … and back from the relationship's evidence to its place in the source.
  await page.locator('#panel .source-link').first().click();
  await page.waitForURL(/\/source\?/);
  await page.locator('.source-text mark.chosen').first().waitFor();
  expect(new URL(page.url()).searchParams.get('excerpt')).toBe(signed.id);
  expect((await page.locator('.source-text mark.chosen').allTextContents()).join('')).toBe(
    SIGNED_EXCERPT,
  );
  await page.close();

  const phone = await openPage(`/source?id=${SOURCE}&excerpt=${encodeURIComponent(signed.id)}`, {
    width: 390,
    height: 844,
  });
  await phone.locator('#facts .fact-list').first().waitFor();
  expect(await phone.evaluate('document.documentElement.scrollWidth')).toBe(390);
  await saveScreenshot(phone, 'issue15-07-source-390x844', true);
  await phone.close();
});

interface FilteredStats {
  stats: {
    programs: number;
    programsByYear: { year: number; programs: number }[];
    programsByStatus: { status: string; programs: number }[];
    peopleByOrganization: { organization: { name: string }; people: number }[];
    programsByDiseaseArea: { area: { name: string }; programs: number }[];
    collaborationMatrix: { organizations: { id: string; name: string }[]; programs: number[][] };
  };
}
const FILTERED = `query($filter: ProgramFilter) { stats(filter: $filter) {
  programs
  programsByYear { year programs }
  programsByStatus { status programs }
  peopleByOrganization(first: 10) { organization { name } people }
  programsByDiseaseArea { area { name } programs }
  collaborationMatrix(first: 8) { organizations { id name } programs }
} }`;

it('point 9: filters apply to every chart, stay in the URL, and bars open the matching list', async () => {
  const page = await openPage('/dashboard');
  await page.locator('#chart-matrix canvas').waitFor();
  await page.locator('#area').selectOption('area/cancer');
  await page.waitForURL(/area=area%2Fcancer/);
  const { stats } = await api<FilteredStats>(FILTERED, { filter: { diseaseArea: 'area/cancer' } });
  await page
    .locator('.matching', { hasText: `${stats.programs} programs match: focusing on Cancer.` })
    .waitFor();
  await page.locator('#chart-years canvas').waitFor();
  expect(await tableRows(page, 'years')).toEqual(
    stats.programsByYear.map((row) => [String(row.year), String(row.programs)]),
  );
  expect(await tableRows(page, 'status')).toEqual(
    stats.programsByStatus.map((row) => [row.status.toLowerCase(), String(row.programs)]),
  );
  await page.getByRole('checkbox', { name: 'active', exact: true }).check();
  await page.waitForURL(/status=ACTIVE/);
  const active = await api<FilteredStats>(FILTERED, {
    filter: { diseaseArea: 'area/cancer', status: ['ACTIVE'] },
  });
  await page
    .locator('.matching', {
      hasText: `${active.stats.programs} programs match: active · focusing on Cancer.`,
    })
    .waitFor();
  await saveScreenshot(page, 'issue15-09-dashboard-filtered', true);

  // A reload keeps the filters.
  const link = page.url();
  await page.reload();
  await page
    .locator('.matching', { hasText: 'programs match: active · focusing on Cancer.' })
    .waitFor();
  expect(await page.locator('#area').inputValue()).toBe('area/cancer');
  expect(page.url()).toBe(link);

  // A bar of the status chart, clicked on the canvas, opens the list of its programs.
  await page.getByRole('checkbox', { name: 'active', exact: true }).uncheck();
  await page.waitForURL((url) => !url.searchParams.has('status'));
  await page
    .locator('.matching', { hasText: `${stats.programs} programs match: focusing on Cancer.` })
    .waitFor();
  await page.locator('#chart-status canvas').waitFor();
  await page.locator('#chart-status canvas').scrollIntoViewIfNeeded();
  const box = await page.locator('#chart-status canvas').boundingBox();
  if (!box) throw new Error('no status chart');
  // The middle of three bars (active), aimed along its width as a hand would.
  for (const dx of [0, -8, 8, -16, 16, -24, 24, -32, 32]) {
    await page.mouse.click(box.x + box.width / 2 + 15 + dx, box.y + box.height - 60);
    await page.waitForTimeout(300);
    if (page.url().includes('/list?')) break;
  }
  await page.waitForURL(/\/list\?/);
  const listUrl = new URL(page.url());
  expect(listUrl.searchParams.get('area')).toBe('area/cancer');
  expect(listUrl.searchParams.get('status')).toBe('ACTIVE');
  interface Programs {
    programs: { totalCount: number; nodes: { name: string }[] };
    organizations: { totalCount: number };
  }
  const expected = await api<Programs>(
    `{ programs(filter: { diseaseArea: "area/cancer", status: [ACTIVE] }, first: 50, orderBy: [{ field: START, direction: DESC }, { field: NAME }]) { totalCount nodes { name } }
       organizations(filter: { hasProgram: { diseaseArea: "area/cancer", status: [ACTIVE] } }) { totalCount } }`,
  );
  await page
    .locator('.list-summary', {
      hasText: `${expected.programs.totalCount} programs: active · focusing on Cancer.`,
    })
    .waitFor();
  expect(await page.locator('.list-table tbody th').allTextContents()).toEqual(
    expected.programs.nodes.map((p) => p.name),
  );
  await saveScreenshot(page, 'issue15-09-list');
  await page.getByRole('link', { name: 'Organizations taking part' }).click();
  await page
    .locator('.list-summary', {
      hasText: `${expected.organizations.totalCount} organizations taking part in programs: active · focusing on Cancer.`,
    })
    .waitFor();
  await page.close();

  const phone = await openPage(listUrl.pathname + listUrl.search, { width: 390, height: 844 });
  await phone.locator('.list-table').waitFor();
  expect(await phone.evaluate('document.documentElement.scrollWidth')).toBe(390);
  await saveScreenshot(phone, 'issue15-09-list-390x844', true);
  await phone.close();
});

it('point 10: the matrix has values, a legend and one kind of name; status and people are charted', async () => {
  const { stats } = await api<FilteredStats>(FILTERED, {});
  const page = await openPage('/dashboard');
  await page.locator('#chart-matrix canvas').waitFor();
  const matrix = stats.collaborationMatrix;
  const max = Math.max(...matrix.programs.flat());
  expect(await page.locator('#chart-matrix .matrix-legend').getAttribute('aria-label')).toBe(
    `Colour scale: 0 to ${max} shared programs`,
  );
  expect(await page.locator('#chart-matrix .matrix-legend').textContent()).toBe(
    `0${max}shared programs`,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#chart-matrix').getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8').split(/\r?\n/);
  const quote = (name: string) => (name.includes(',') ? `"${name}"` : name);
  expect(lines[0]).toBe(
    ['Organization', ...matrix.organizations.map((o) => quote(o.name))].join(','),
  );
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
    matrix.organizations.map((o) => quote(o.name)),
  );
  // A cell opens the programs the two organizations share.
  await page.locator('#chart-matrix details.data-view summary').click();
  const [a, b] = matrix.organizations;
  if (!a || !b) throw new Error('the matrix is empty');
  await page.locator('#chart-matrix table.data tbody tr').first().locator('td a').first().click();
  await page.waitForURL(/\/list\?/);
  expect(new URL(page.url()).searchParams.getAll('org')).toEqual([a.id, b.id]);
  await page
    .locator('.list-summary', {
      hasText: `${matrix.programs[0]?.[1] ?? -1} programs: with ${a.name} and ${b.name} as parties.`,
    })
    .waitFor();
  await page.goBack();
  await page.locator('#chart-people canvas').waitFor();
  expect(await tableRows(page, 'people')).toEqual(
    stats.peopleByOrganization.map((row) => [row.organization.name, String(row.people)]),
  );
  expect(await tableRows(page, 'status')).toEqual(
    stats.programsByStatus.map((row) => [row.status.toLowerCase(), String(row.programs)]),
  );
  const areas = stats.programsByDiseaseArea.filter((row) => row.programs > 0).length;
  expect(await page.locator('#chart-disease-areas .subtitle').textContent()).toBe(
    `${areas} disease areas, by programs focusing on each.`,
  );
  await page.locator('body').evaluate('document.activeElement && document.activeElement.blur()');
  await saveScreenshot(page, 'issue15-10-dashboard', true);
  await page.close();
});

it('point 11: while the database is away, one banner with one retry, the charts greyed', async () => {
  const page = await server().browser.newPage({ viewport: { width: 1440, height: 900 } });
  violations = await underPolicy(page);
  await page.route('**/graphql', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        errors: [
          {
            message: 'The database is unavailable right now; try again shortly.',
            extensions: { code: 'DATABASE_UNAVAILABLE' },
          },
        ],
      }),
    }),
  );
  await page.goto(`${server().baseUrl}/dashboard`);
  await page.locator('.banner', { hasText: 'DATABASE_UNAVAILABLE' }).waitFor();
  expect(await page.getByRole('alert').count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  expect(await page.locator('.banner').textContent()).toBe(
    'Could not load the dashboard: The database is unavailable right now; try again shortly. (DATABASE_UNAVAILABLE)Try again',
  );
  expect(await page.locator('.card.unavailable').count()).toBe(7);
  await saveScreenshot(page, 'issue15-11-dashboard-outage');
  await page.unroute('**/graphql');
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('#chart-matrix canvas').waitFor();
  await page.locator('.banner').waitFor({ state: 'hidden' });
  expect(await page.locator('.card.unavailable').count()).toBe(0);
  await page.locator('.card canvas').nth(6).waitFor();
  expect(await page.locator('.card canvas').count()).toBe(7);
  // The filters' vocabularies came back with it.
  await page.locator('#area option', { hasText: 'Cancer' }).waitFor({ state: 'attached' });
  await page.close();
});

it('points 1 and 13: GraphiQL 5 with the explorer plugin and the examples; hits show their descriptions', async () => {
  const page = await openPage('/graphiql');
  await page
    .locator('.graphiql-tab', { hasText: 'EveryProgramWithItsLeaders' })
    .waitFor({ timeout: 30_000 });
  await page.locator('.graphiql-query-editor', { hasText: 'EveryProgramWithItsLeaders' }).waitFor();
  await page.locator('.graphiql-execute-button').click();
  await page
    .locator('.graphiql-response', { hasText: MEMORANDUM_NAME })
    .waitFor({ timeout: 20_000 });

  // The explorer: point and click over the schema's root fields.
  await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
  const explorer = page.locator('.graphiql-plugin');
  await explorer.getByText('connection', { exact: true }).first().waitFor();
  await explorer.getByText('programs', { exact: true }).first().waitFor();
  await saveScreenshot(page, 'issue15-13-graphiql-explorer');

  // The examples: every file of docs/queries, each opening in a tab of its own.
  await page.getByRole('button', { name: 'Show Examples' }).click();
  const examples = page.locator('.examples-list button');
  // 21 since issue 17 added two (role and kind terms, statements) beside this branch's one.
  const files = readdirSync('docs/queries').filter((file) => file.endsWith('.graphql'));
  expect(files).toHaveLength(21);
  expect(await examples.count()).toBe(files.length);
  await examples.filter({ hasText: /^search$/ }).click();
  await page.locator('.graphiql-query-editor', { hasText: 'query Search' }).waitFor();
  // GraphiQL parses the new tab's operation before it can run it.
  await page.waitForTimeout(1000);
  await page.locator('.graphiql-execute-button').click();
  await page
    .locator('.graphiql-response', { hasText: 'University · Hefei' })
    .waitFor({ timeout: 20_000 });
  expect(await page.locator('.graphiql-tab').count()).toBe(2);
  // Tabs stay inside their bar.
  expect(
    await page.evaluate(
      `(() => { const t = document.querySelector('.graphiql-tabs'); return t.scrollWidth <= t.clientWidth + 1 || getComputedStyle(t).overflowX !== 'visible'; })()`,
    ),
  ).toBe(true);
  await saveScreenshot(page, 'issue15-13-graphiql-search');
  await page.close();

  const phone = await openPage(
    `/graphiql?query=${encodeURIComponent('{ search(query: "Harbor University Hospital", first: 1) { description } }')}`,
    { width: 390, height: 844 },
  );
  await phone.locator('.graphiql-query-editor', { hasText: 'search' }).waitFor({ timeout: 30_000 });
  // Run it (again if GraphiQL was still reading the schema when first asked).
  const answer = phone.locator('.graphiql-response', {
    // The response wraps at phone width: the words of the description, line by line.
    hasText: 'affiliated hospital',
  });
  for (let attempt = 0; attempt < 4 && (await answer.count()) === 0; attempt++) {
    await phone.waitForTimeout(1500);
    await phone.locator('.graphiql-execute-button').click();
    await answer.waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
  await answer.waitFor();
  expect(await phone.evaluate('document.documentElement.scrollWidth')).toBe(390);
  await saveScreenshot(phone, 'issue15-13-graphiql-390x844');
  await phone.close();
}, 150_000);

it('the dashboard fits a phone', async () => {
  const page = await openPage('/dashboard?area=area%2Fcancer', { width: 390, height: 844 });
  await page.locator('#chart-matrix canvas').waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(390);
  await saveScreenshot(page, 'issue15-dashboard-390x844', true);
  await page.close();
});
