/**
 * GraphiQL in a real browser under the server's Content-Security-Policy: built with the pages
 * (GraphiQL 5, no inline script), it loads, runs an operation and shows its answer.
 */
import type { BrowserSuite } from '../utils/browser';
import { saveScreenshot, startBrowserSuite } from '../utils/browser';

let suite: BrowserSuite | undefined;

beforeAll(async () => {
  suite = await startBrowserSuite();
});

afterAll(() => suite?.stop());

it('runs an operation and shows its answer', async () => {
  if (!suite) throw new Error('no browser');
  const query = '{ person(id: "person/li-jun") { name honorific } }';
  const page = await suite.open(1366, 768, `/graphiql?query=${encodeURIComponent(query)}`);
  await page.locator('.graphiql-query-editor', { hasText: 'li-jun' }).waitFor({ timeout: 20_000 });
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response', { hasText: 'Prof.' }).waitFor({ timeout: 20_000 });
  // GraphiQL 5's editor (Monaco) draws spaces as no-break spaces.
  const answer = (await page.locator('.graphiql-response').textContent()) ?? '';
  expect(answer.replace(/\s/g, ' ')).toContain('Li Jun');
  await saveScreenshot(page, 'graphiql-1366x768');
  await page.close();
});

it('breaks no rule of the Content-Security-Policy', () => {
  expect(suite?.cspViolations()).toEqual([]);
});
