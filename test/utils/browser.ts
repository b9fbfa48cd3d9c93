import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { z } from 'zod';

import { PROJECT_ROOT } from '../../src/projectRoot';
import { WEB_BUILD_FOLDER } from '../../src/server';
import { listen } from './listen';
import type { TestServer } from './testServer';
import { startTestServer } from './testServer';

/** The first `name` executable on PATH, as a shell would find it; null when there is none. */
function findOnPath(name: string): string | null {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue;
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here: look in the next folder.
    }
  }
  return null;
}

/** Debian's Chromium (`apt-get install chromium`) from PATH; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? findOnPath('chromium');

/** Where end-to-end tests leave screenshots (git-ignored). */
export const ARTIFACTS_FOLDER = join(PROJECT_ROOT, 'test-artifacts');

/**
 * Launches headless Chromium for end-to-end tests. A missing browser or a missing page build
 * fails the tests with one line saying how to get it, never a silent skip.
 */
export async function launchChromium(): Promise<Browser> {
  if (CHROMIUM_PATH === null || !existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found (${CHROMIUM_PATH ?? 'no chromium on PATH'}): install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  if (!existsSync(join(WEB_BUILD_FOLDER, 'explore.html'))) {
    throw new Error('The web pages are not built: run `npm run build:web` (npm test does).');
  }
  mkdirSync(ARTIFACTS_FOLDER, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Root in a container has no user namespaces for the sandbox; /dev/shm may be tiny.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

/** A browser and a listening server on the seeded test database, for one e2e test file. */
export interface BrowserSuite {
  t: TestServer;
  browser: Browser;
  baseUrl: string;
  /** Opens a page of the given viewport size at a path of the server. */
  open(width: number, height: number, path: string): Promise<Page>;
  /** What the Content-Security-Policy blocked on the pages opened so far (directive and URL). */
  cspViolations(): string[];
  stop(): Promise<void>;
}

/** Reports every Content-Security-Policy violation of a page to its console, where it is heard. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) =>
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));`;

/**
 * Launches Chromium (failing first if it is missing), starts the real server on a cleaned
 * database with the seed and whatever `prepare` adds, and listens on a free loopback port.
 */
export async function startBrowserSuite(
  prepare: (t: TestServer) => Promise<unknown> = () => Promise.resolve(),
  overrides: Record<string, string> = {},
): Promise<BrowserSuite> {
  const browser = await launchChromium();
  const t = await startTestServer(overrides);
  await t.seed();
  await prepare(t);
  const baseUrl = await listen(t.server);
  const violations: string[] = [];
  return {
    t,
    browser,
    baseUrl,
    async open(width, height, path) {
      const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
      await page.addInitScript(REPORT_CSP_VIOLATIONS);
      page.on('console', (message) => {
        const text = message.text();
        // Chromium's own "Refused to …" lines and the page's event reports above.
        if (/Content Security Policy|CSP violation/.test(text)) violations.push(`${path}: ${text}`);
      });
      await page.goto(`${baseUrl}${path}`);
      return page;
    },
    cspViolations: () => [...violations],
    async stop() {
      await browser.close();
      await t.stop();
    },
  };
}

/** Saves a screenshot of the page into the artifacts folder. */
export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS_FOLDER, `${name}.png`), fullPage });
}

const point = z.object({ x: z.number(), y: z.number() });

/**
 * Where an element of the explorer's graph is drawn, in page coordinates (a node's centre, a
 * point of an edge clear of nodes), read from the cytoscape instance that owns the canvas, so a test can click
 * it as a person would.
 */
export async function graphElementPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('#cy').boundingBox();
  if (!box) throw new Error('the graph is not on screen');
  const at = point.parse(
    await page.evaluate(`(() => {
      const cy = document.getElementById('cy')._cyreg.cy;
      const element = cy.getElementById(${JSON.stringify(id)});
      if (element.empty()) return null;
      if (element.isNode()) return element.renderedPosition();
      // A point along the edge that no node covers (another node may sit on its midpoint).
      const a = element.source().renderedPosition();
      const b = element.target().renderedPosition();
      const others = cy.nodes().map((n) => n.renderedPosition());
      for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const p = { x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y) };
        if (others.every((o) => Math.hypot(o.x - p.x, o.y - p.y) > 25)) return p;
      }
      return element.renderedMidpoint();
    })()`),
  );
  return { x: box.x + at.x, y: box.y + at.y };
}

/** The number of nodes drawn in the explorer's graph ("more" nodes included). */
export async function graphNodeCount(page: Page): Promise<number> {
  return z
    .number()
    .parse(await page.evaluate(`document.getElementById('cy')._cyreg.cy.nodes().length`));
}

/**
 * Collects every Content-Security-Policy violation the browser reports on `page`, under the
 * policy the server itself sends (src/http/securityHeaders.ts: the pages' strict one, GraphiQL's
 * with its two allowances), so a test can assert there is none. An HTML answer that comes
 * without a policy counts as a violation too: the pages are never tested without one.
 */
export async function underPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
    window.reportViolation(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber);
  });`);
  page.on('response', (response) => {
    const headers = response.headers();
    if (!(headers['content-type'] ?? '').startsWith('text/html')) return;
    if (!headers['content-security-policy']) {
      violations.push(`no Content-Security-Policy on ${response.url()}`);
    }
  });
  return violations;
}

/** Evaluates an expression with `cy` bound to the explorer's cytoscape instance. */
export async function inGraph<T>(page: Page, expression: string): Promise<T> {
  return await page.evaluate(
    `(() => { const cy = document.getElementById('cy')._cyreg.cy; return (${expression}); })()`,
  );
}

/**
 * Waits until an expression (with `cy` bound as in `inGraph`) is true. `page.waitForFunction`
 * with a string would be evaluated by the page, which a strict CSP refuses (no 'unsafe-eval').
 */
export async function waitForGraph(
  page: Page,
  expression: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await inGraph<boolean>(page, expression).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await page.waitForTimeout(100);
  }
}
