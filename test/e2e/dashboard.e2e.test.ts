/**
 * The dashboard in a real browser against the real server and Neo4j: its charts' numbers equal
 * `stats`, the CSV export holds the same rows, the query behind a chart opens in GraphiQL, a
 * failing API shows an error with a retry; screenshots at laptop and phone sizes.
 */
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import type { BrowserSuite } from '../utils/browser';
import { saveScreenshot, startBrowserSuite } from '../utils/browser';
import { postGraphQL } from '../utils/listen';

let suite: BrowserSuite | undefined;

beforeAll(async () => {
  suite = await startBrowserSuite();
});

afterAll(() => suite?.stop());

function server(): BrowserSuite {
  if (!suite) throw new Error('no browser');
  return suite;
}

interface StatsAnswer {
  stats: {
    programsByDiseaseArea: { area: { name: string }; programs: number }[];
    programsByYear: { year: number; programs: number }[];
    organizationsByPartners: { organization: { name: string }; partners: number }[];
    collaborationMatrix: { organizations: { name: string }[]; programs: number[][] };
  };
}

async function stats(): Promise<StatsAnswer['stats']> {
  const { status, body } = await postGraphQL(
    server().baseUrl,
    `{ stats {
        programsByDiseaseArea(first: 15) { area { name } programs }
        programsByYear { year programs }
        organizationsByPartners(first: 10) { organization { name } partners }
        collaborationMatrix(first: 8) { organizations { name } programs }
    } }`,
  );
  expect(status).toBe(200);
  return (body.data as StatsAnswer).stats;
}

function openDashboard(width: number, height: number): Promise<Page> {
  return server().open(width, height, '/dashboard');
}

/** The rows of a chart's data table, opened as a person would, as text cells. */
async function tableRows(page: Page, key: string): Promise<string[][]> {
  const card = page.locator(`#chart-${key}`);
  await card.locator('details.data-view summary').click();
  const rows = card.locator('table.data tbody tr');
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    out.push(await rows.nth(i).locator('th, td').allTextContents());
  }
  return out;
}

it('shows charts whose numbers equal stats, and exports them as CSV', async () => {
  const page = await openDashboard(1366, 768);
  const expected = await stats();
  await page.locator('#chart-matrix canvas').waitFor();

  // The chart shows the 15 areas with the most programs, those with none left out.
  const areas = expected.programsByDiseaseArea.filter((row) => row.programs > 0);
  expect(await tableRows(page, 'disease-areas')).toEqual(
    areas.map((row) => [row.area.name, String(row.programs)]),
  );
  expect(await tableRows(page, 'years')).toEqual(
    expected.programsByYear.map((row) => [String(row.year), String(row.programs)]),
  );
  expect(await tableRows(page, 'partners')).toEqual(
    expected.organizationsByPartners.map((row) => [row.organization.name, String(row.partners)]),
  );
  const matrix = expected.collaborationMatrix;
  expect(await tableRows(page, 'matrix')).toEqual(
    matrix.organizations.map((org, i) => [org.name, ...(matrix.programs[i] ?? []).map(String)]),
  );
  expect(areas.length).toBeGreaterThan(0);
  expect(await page.locator('.count-value').first().textContent()).toMatch(/^\d+$/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#chart-disease-areas').getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('disease-areas.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.split(/\r?\n/)).toEqual([
    'Disease area,Programs',
    ...areas.map((row) =>
      [row.area.name.includes(',') ? `"${row.area.name}"` : row.area.name, row.programs].join(','),
    ),
  ]);

  await page.locator('body').evaluate('document.activeElement && document.activeElement.blur()');
  await saveScreenshot(page, 'dashboard-1366x768');
  await page.close();
});

it('shows the query behind a chart and opens it in GraphiQL', async () => {
  const page = await openDashboard(1366, 768);
  const card = page.locator('#chart-years');
  await card.locator('details.query-view summary').click();
  expect(await card.locator('details.query-view pre').textContent()).toContain('programsByYear');
  await card.getByRole('link', { name: 'Open in GraphiQL' }).click();
  await page.waitForURL(/\/graphiql\?query=/);
  await page
    .locator('.graphiql-query-editor', { hasText: 'programsByYear' })
    .waitFor({ timeout: 20_000 });
  await page.close();
});

it('hides the GraphiQL links where the server does not serve GraphiQL', async () => {
  const page = await server().browser.newPage({ viewport: { width: 1366, height: 768 } });
  // As a production server answers (GraphiQL off unless GRAPHIQL=true).
  await page.route('**/graphiql', (route) =>
    route.request().method() === 'HEAD' ? route.fulfill({ status: 404 }) : route.continue(),
  );
  await page.goto(`${server().baseUrl}/dashboard`);
  const card = page.locator('#chart-years');
  await card.locator('canvas').waitFor();
  await page.waitForFunction('document.documentElement.classList.contains("no-graphiql")');
  expect(await card.getByRole('link', { name: 'Open in GraphiQL' }).isVisible()).toBe(false);
  expect(await page.getByRole('link', { name: 'GraphiQL', exact: true }).isVisible()).toBe(false);
  expect(await page.getByRole('link', { name: 'Explorer' }).isVisible()).toBe(true);
  await page.close();
});

it('shows an error with a retry when the API fails, and recovers', async () => {
  const page = await server().browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.route('**/graphql', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        errors: [
          { message: 'The database is unavailable.', extensions: { code: 'DATABASE_UNAVAILABLE' } },
        ],
      }),
    }),
  );
  await page.goto(`${server().baseUrl}/dashboard`);
  const card = page.locator('#chart-disease-areas');
  await page.getByRole('alert').filter({ hasText: 'DATABASE_UNAVAILABLE' }).waitFor();
  await page.unroute('**/graphql');
  await page.getByRole('button', { name: 'Try again' }).click();
  await card.locator('canvas').waitFor();
  await page.close();
});

it('fits a phone screen', async () => {
  const page = await openDashboard(390, 844);
  await page.locator('#chart-matrix canvas').waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(390);
  await saveScreenshot(page, 'dashboard-390x844', true);
  await page.close();
});

it('breaks no rule of the Content-Security-Policy (the dashboard and GraphiQL above)', () => {
  expect(server().cspViolations()).toEqual([]);
});
