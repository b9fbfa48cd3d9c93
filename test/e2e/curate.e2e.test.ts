/**
 * The curator's assistant in a real browser against the real server and Neo4j: an article is
 * drafted, its facts shown beside the highlighted text, a fact dropped (taking its position
 * along), a title edited, an id chosen, the dry run and the import run, the YAML downloaded;
 * the second cut's facts in the form (a statement with its quote highlighted, a group with its
 * count, edited; a statement dropped with its speaker); a wrong token gets a readable refusal.
 * Screenshots at laptop and phone sizes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { parse } from 'yaml';

import { PROJECT_ROOT } from '../../src/projectRoot';
import { AUTH_OVERRIDES, KEYS } from '../utils/authHeaders';
import type { BrowserSuite } from '../utils/browser';
import { saveScreenshot, startBrowserSuite } from '../utils/browser';
import { postGraphQL } from '../utils/listen';

let suite: BrowserSuite | undefined;

const ARTICLE = readFileSync(
  join(PROJECT_ROOT, 'test', 'fixtures', 'draft', 'ahmu-karolinska-2019-09-24.txt'),
  'utf8',
);

beforeAll(async () => {
  suite = await startBrowserSuite(() => Promise.resolve(), AUTH_OVERRIDES);
});

afterAll(() => suite?.stop());

function server(): BrowserSuite {
  if (!suite) throw new Error('no browser');
  return suite;
}

/** The row of the fact whose label is exactly `label`. */
function row(page: Page, label: string) {
  return page
    .locator('#fact-list li.fact')
    .filter({
      has: page.locator('.fact-label', {
        hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      }),
    })
    .first();
}

async function draftArticle(page: Page, token: string, article = ARTICLE): Promise<void> {
  await page.fill('#token', token);
  await page.fill('#article-input', article);
  await page.click('#draft-button');
}

/** Written for this test: a meeting with a chair, a counted group and a pledge. */
const MEETING =
  'Xinhua University Holds Spring Meeting on Teaching Reform\n\n' +
  'In early 2015, Zhao Lei, Secretary of the Party Committee of Xinhua University (XHU), chaired a meeting on teaching reform attended by 30 deans of schools of the university. ' +
  'Zhao Lei promised that the university would expand joint training with its affiliated hospitals. The meeting was held in Wuhan.';

it('drafts an article, reviews it and imports it', async () => {
  const page = await server().open(1366, 900, '/curate');
  await draftArticle(page, KEYS.curator);
  await page.locator('#fact-list li.fact').first().waitFor();
  await page.locator('#curate-status', { hasText: 'Drafted' }).waitFor();

  // Known people carry their graph ids; every excerpt is highlighted in the text.
  expect(await row(page, 'Li Jun').locator('select').inputValue()).toBe('person/li-jun');
  expect(await page.locator('#article-view mark').count()).toBeGreaterThan(20);
  await row(page, 'Zhou Min').locator('.fact-label').click();
  expect(await page.locator('#article-view mark.active').first().textContent()).toContain(
    'Zhou Min',
  );
  await saveScreenshot(page, 'curate-review');

  // Dropping a person drops their position with them.
  await row(page, 'Zhou Min').locator('input[type=checkbox]').uncheck();
  const position = row(page, 'Zhou Min: Dean');
  expect(await position.getAttribute('class')).toContain('dropped');
  expect(await position.locator('input[type=checkbox]').isDisabled()).toBe(true);

  // Edit a title; choose a new id for a known person, then the graph's again.
  const maLin = row(page, 'Ma Lin: Deputy Director');
  await maLin.locator('input[type=text]').fill('Deputy Director General');
  await maLin.locator('input[type=text]').press('Tab');
  const liJun = row(page, 'Li Jun').locator('select');
  await liJun.selectOption('person/li-jun-2');
  await row(page, 'Li Jun').locator('input[type=text]').waitFor();
  await row(page, 'Li Jun').locator('select').selectOption('person/li-jun');

  // The dry run shows the diff and writes nothing.
  await page.click('#dry-run');
  await page.locator('#diff-summary', { hasText: 'Dry run source/' }).waitFor();
  expect(await page.locator('#diff-entities, .diff-entities li').count()).toBeGreaterThan(5);
  const before = await postGraphQL(
    server().baseUrl,
    '{ organization(id: "org/karolinska-institutet") { id } }',
  );
  expect((before.body.data as { organization: unknown }).organization).toBeNull();

  // The YAML holds the edits and leaves out what was dropped.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const path = await download.path();
  const yaml = readFileSync(path, 'utf8');
  const document = parse(yaml) as { people?: { id: string }[]; positions?: { title: string }[] };
  expect(document.people?.map((p) => p.id)).not.toContain('person/zhou-min');
  expect(document.positions?.map((p) => p.title)).toContain('Deputy Director General');
  expect(yaml).toContain('Karolinska Institutet');

  await page.click('#import');
  await page.locator('#diff-summary', { hasText: 'Imported source/' }).waitFor();
  const after = await postGraphQL(
    server().baseUrl,
    '{ organization(id: "org/karolinska-institutet") { name } person(id: "person/zhou-min") { id } }',
  );
  expect(after.body.data).toEqual({
    organization: { name: 'Karolinska Institutet' },
    person: null,
  });
  await saveScreenshot(page, 'curate-imported', true);
});

it('shows a statement with its quote and a group with its count, and edits and drops them', async () => {
  const page = await server().open(1366, 900, '/curate');
  await draftArticle(page, KEYS.curator, MEETING);
  await page.locator('#curate-status', { hasText: 'Drafted' }).waitFor();

  // The statement: its quote, verbatim, highlighted in the form and in the article.
  const statements = page.locator('section[aria-label="Statements"] li.fact');
  expect(await statements.count()).toBe(1);
  const quote = 'the university would expand joint training with its affiliated hospitals';
  expect(await statements.first().locator('blockquote mark.quote').textContent()).toBe(quote);
  const marked = await page.locator('#article-view mark.quote').allTextContents();
  expect(marked.join('')).toBe(quote);
  expect(await statements.first().locator('input[type=text]').inputValue()).toBe('PLEDGED');

  // The group with its count; a new count goes into the document.
  const group = page.locator('section[aria-label="Participant groups"] li.fact').first();
  expect(await group.locator('input[type=number]').inputValue()).toBe('30');
  expect(await group.locator('input[type=text]').inputValue()).toBe('deans of schools');
  await group.locator('input[type=number]').fill('32');
  await group.locator('input[type=number]').press('Tab');
  // The chair's role is a term of the draft.
  expect(
    await page
      .locator('section[aria-label="Roles, kinds and designations (terms)"] li.fact')
      .count(),
  ).toBe(1);
  await saveScreenshot(page, 'curate-statement-group');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const yaml = readFileSync(await download.path(), 'utf8');
  const document = parse(yaml) as {
    events?: { groups?: { count?: number; description: string }[] }[];
    statements?: { quote: string; kind: string }[];
  };
  expect(document.events?.[0]?.groups).toMatchObject([
    { description: 'deans of schools', count: 32 },
  ]);
  expect(document.statements).toMatchObject([{ quote, kind: 'PLEDGED' }]);

  // The dry run takes the statement and the group.
  await page.click('#dry-run');
  await page.locator('#diff-summary', { hasText: 'Dry run source/' }).waitFor();
  expect(await page.locator('.diff-entities li', { hasText: 'statement/' }).count()).toBe(1);

  // Dropping the speaker drops the statement with them.
  await row(page, 'Zhao Lei').locator('input[type=checkbox]').uncheck();
  expect(await statements.first().getAttribute('class')).toContain('dropped');
  expect(await page.locator('#article-view mark.quote').count()).toBe(0);
});

it('says why a token is refused, and lays out on a phone', async () => {
  const page = await server().open(390, 844, '/curate');
  await draftArticle(page, KEYS.reader);
  await page.locator('#curate-status [role=alert]', { hasText: 'FORBIDDEN' }).waitFor();
  await draftArticle(page, KEYS.curator);
  await page.locator('#fact-list li.fact').first().waitFor();
  await saveScreenshot(page, 'curate-phone');
});

it('breaks no rule of the Content-Security-Policy (the curator page above, under the server’s own)', () => {
  expect(server().cspViolations()).toEqual([]);
});
