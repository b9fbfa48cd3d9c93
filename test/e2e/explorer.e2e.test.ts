/**
 * The explorer in a real browser (Debian's Chromium, headless) against the real server and
 * Neo4j: search by keyboard, expand by clicking nodes on the canvas, read an edge's evidence,
 * connect two entities, page a hub's neighbours; screenshots at laptop and phone sizes.
 */
import type { Page } from 'playwright-core';

import { syntheticDocument, syntheticOrganizationId } from '../../src/synthetic/syntheticDocument';
import { importDocument } from '../../src/import/importDocument';
import type { BrowserSuite } from '../utils/browser';
import {
  graphElementPoint,
  graphNodeCount,
  saveScreenshot,
  startBrowserSuite,
} from '../utils/browser';

const LI_JUN = 'person/li-jun';
const MEMORANDUM = 'program/ahmu-bgi-memorandum-2018';
const SIGNED_EXCERPT =
  'Li Jun, secretary of CPC Party Committee of Anhui Medical University (AHMU), visited BGI in Shenzhen, and signed a memorandum of cooperation';
const HUB = syntheticOrganizationId('hub', 0);

let suite: BrowserSuite | undefined;

beforeAll(async () => {
  // An organization with 120 neighbours: expansion must cap and page them.
  suite = await startBrowserSuite((t) =>
    importDocument(
      t.db,
      syntheticDocument({ key: 'hub', organizations: 2, programs: 120, partnersPerProgram: 1 }),
      { file: 'hub.yaml' },
    ),
  );
});

afterAll(() => suite?.stop());

function openPage(width: number, height: number, path: string): Promise<Page> {
  if (!suite) throw new Error('no browser');
  return suite.open(width, height, path);
}

const panelTitle = (page: Page) => page.locator('#panel h2#panel-title');

async function clickGraphElement(page: Page, id: string): Promise<void> {
  const { x, y } = await graphElementPoint(page, id);
  await page.mouse.click(x, y);
}

it('finds Li Jun by keyboard, expands to the memorandum and shows the evidence of the edge', async () => {
  const page = await openPage(1366, 768, '/explore');
  const search = page.getByRole('combobox', { name: /Find a person/ });
  await search.focus();
  await page.keyboard.type('Li Jun');
  await page
    .getByRole('option', { name: /Li Jun/ })
    .first()
    .waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  await panelTitle(page).filter({ hasText: 'Li Jun' }).waitFor();
  await page.locator('#panel h3', { hasText: 'Relationships (4 of 4 drawn)' }).waitFor();
  expect(await graphNodeCount(page)).toBe(5);
  expect(new URL(page.url()).searchParams.get('id')).toBe(LI_JUN);

  // Click the memorandum on the canvas: it is shown and expanded in turn.
  await clickGraphElement(page, MEMORANDUM);
  await panelTitle(page)
    .filter({ hasText: /memorandum/i })
    .waitFor();
  await page.locator('#panel h3', { hasText: /Relationships \(\d+ of \d+ drawn\)/ }).waitFor();
  await page.waitForFunction(`document.getElementById('cy')._cyreg.cy.nodes().length > 5`);
  expect(await page.locator('#panel .properties').textContent()).toContain('AGREEMENT');

  // Click the edge between them: the panel quotes the source.
  const edgeId = [LI_JUN, 'HAS_ROLE_IN', 'SIGNED', MEMORANDUM].join('|');
  await clickGraphElement(page, edgeId);
  await panelTitle(page)
    .filter({ hasText: 'Li Jun — signed → Memorandum of cooperation between AHMU and BGI' })
    .waitFor();
  expect(await page.locator('#panel blockquote.excerpt').allTextContents()).toEqual([
    SIGNED_EXCERPT,
  ]);
  expect(await page.locator('#panel .cite a').first().textContent()).toBe(
    'Li Jun Visits BGI and National Gene Bank to Promote Precision Medicine',
  );
  await saveScreenshot(page, 'explorer-1366x768');
  await page.close();
});

it('reaches the same evidence from the side panel, without the canvas', async () => {
  const page = await openPage(1366, 768, `/explore?id=${LI_JUN}`);
  await page.locator('#panel h3', { hasText: 'Relationships (4 of 4 drawn)' }).waitFor();
  await page.getByRole('button', { name: /^Evidence: Li Jun — signed →/ }).click();
  expect(await page.locator('#panel blockquote.excerpt').allTextContents()).toEqual([
    SIGNED_EXCERPT,
  ]);
  await page.close();
});

it('draws the paths connecting two entities', async () => {
  const page = await openPage(1366, 768, '/explore');
  await page.getByText('Connect two entities').click();
  for (const [label, text, name] of [
    ['From', 'Li Jun', /Li Jun/],
    ['To', 'BGI', /^BGI/],
  ] as const) {
    await page.getByRole('combobox', { name: label, exact: true }).fill(text);
    await page.getByRole('option', { name }).first().click();
  }
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.locator('#panel', { hasText: /shortest paths? of \d+ relationships?/ }).waitFor();
  expect(await page.locator('#panel .path').count()).toBeGreaterThan(0);
  const marked = await page.evaluate(
    `document.getElementById('cy')._cyreg.cy.edges('.path').length`,
  );
  expect(marked).toBeGreaterThan(0);
  await page.locator('#panel .path .chain-words').first().click();
  await page.locator('#panel blockquote.excerpt').first().waitFor();
  await page.close();
});

it('caps a hub at 25 neighbours and pages the rest through its "more" node', async () => {
  const page = await openPage(1366, 768, `/explore?id=${HUB}`);
  await page.locator('#panel h3', { hasText: 'Relationships (25 of 120 drawn)' }).waitFor();
  expect(await graphNodeCount(page)).toBe(1 + 25 + 1);
  await page.locator('.graph-status', { hasText: '95 more neighbours' }).waitFor();

  await clickGraphElement(page, `more:${HUB}:*`);
  await page.locator('.graph-status', { hasText: '70 more neighbours' }).waitFor();
  expect(await graphNodeCount(page)).toBe(1 + 50 + 1);
  await page.close();
});

it('fits a phone screen', async () => {
  const page = await openPage(390, 844, `/explore?id=${LI_JUN}`);
  await page.locator('#panel h3', { hasText: 'Relationships (4 of 4 drawn)' }).waitFor();
  const width = await page.evaluate('document.documentElement.scrollWidth');
  expect(width).toBe(390);
  await saveScreenshot(page, 'explorer-390x844', true);
  await page.close();
});

it('says so when an entity does not exist', async () => {
  const page = await openPage(1366, 768, '/explore?id=person/nobody');
  await page
    .getByRole('alert')
    .filter({ hasText: 'No entity has the id person/nobody.' })
    .waitFor();
  await page.close();
});

it('breaks no rule of the Content-Security-Policy', () => {
  expect(suite?.cspViolations()).toEqual([]);
});
