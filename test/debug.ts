import { launchChromium } from './utils/browser';
import { listen } from './utils/listen';
import { startTestServer } from './utils/testServer';
async function main() {
  const b = await launchChromium();
  const t = await startTestServer();
  await t.seed();
  const url = await listen(t.server);
  const page = await b.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.stack));
  page.on('requestfailed', (r) => console.log('failed', r.url()));
  page.on('response', (r) => console.log('resp', r.status(), r.url().slice(0, 100)));
  await page.goto(`${url}/explore?id=person/li-jun`);
  await page.waitForTimeout(4000);
  await page.screenshot({ path: 'test-artifacts/debug.png' });
  console.log((await page.locator('body').textContent())?.slice(0, 500));
  await b.close();
  await t.stop();
}
void main();
