/**
 * `npm run bench:explorer -- --scale 0.1`: the explorer in headless Chromium on a synthetic graph
 * (loaded first when the database is empty): how long the first draw of the hub (the
 * organization with the most neighbours) takes from navigation, how long its largest group's
 * first page takes, and the frame rate while panning a view of about 300 drawn nodes, with and
 * without cytoscape's texture-on-viewport. Targets: first draw < 1500 ms, panning > 30 fps.
 * Prints every figure; never fails on a missed target. Timings on a shared machine are noisy.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import pino from 'pino';

import { startLocalNeo4j, stopLocalNeo4j } from '../neo4j/localNeo4j';
import { LOCAL_NEO4J_DEFAULT_PASSWORD, loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connectDatabase';
import { applyMigrations } from '../src/db/migrations';
import { generateGraph } from '../src/synthetic/generateGraph';
import { SYSTEM_VIEWER } from '../src/import/importDocument';
import { buildServer, WEB_BUILD_FOLDER } from '../src/server';

/** The benchmark's own Neo4j (the load benchmark's port unless NEO4J_BENCH_BOLT_PORT moves it). */
const BENCH_BOLT_PORT = Number(process.env.NEO4J_BENCH_BOLT_PORT ?? 7695);

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.1' },
    runs: { type: 'string', default: '5' },
    nodes: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '3' },
  },
});
const scale = Number(values.scale);
const runs = Number(values.runs);
const targetNodes = Number(values.nodes);
const panSeconds = Number(values.seconds);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** Evaluates with `cy` bound to the explorer's cytoscape instance. */
function inGraph<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(
    `(() => { const cy = document.getElementById('cy')._cyreg.cy; return (${expression}); })()`,
  ) as Promise<T>;
}

async function waitForGraph(page: Page, expression: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await inGraph<boolean>(page, expression).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await page.waitForTimeout(10);
  }
}

/** Milliseconds from navigation start until the drawn graph satisfies `done` and the layout ran. */
async function timeDraw(page: Page, url: string, done: string): Promise<number> {
  await page.goto('about:blank');
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('#cy');
  await waitForGraph(page, done);
  return Date.now() - started;
}

/** Frames drawn per second while the view pans by a few pixels every animation frame. */
async function panFps(page: Page, seconds: number): Promise<{ fps: number; worstFrameMs: number }> {
  return page.evaluate(`new Promise((resolve) => {
    const cy = document.getElementById('cy')._cyreg.cy;
    const frames = [];
    const until = performance.now() + ${seconds * 1000};
    let dx = 6;
    const step = (now) => {
      frames.push(now);
      cy.panBy({ x: dx, y: dx / 2 });
      if (frames.length % 60 === 0) dx = -dx;
      if (now < until) requestAnimationFrame(step);
      else {
        const gaps = frames.slice(1).map((t, i) => t - frames[i]);
        resolve({ fps: (frames.length - 1) / ((frames[frames.length - 1] - frames[0]) / 1000), worstFrameMs: Math.max(...gaps) });
      }
    };
    requestAnimationFrame(step);
  })`);
}

async function main(): Promise<void> {
  if (!existsSync(join(WEB_BUILD_FOLDER, 'explore.html'))) {
    throw new Error('The web pages are not built: run `npm run build:web` first.');
  }
  const password = process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD;
  let uri = process.env.NEO4J_URI;
  let started = false;
  if (!uri) {
    const local = await startLocalNeo4j({
      boltPort: BENCH_BOLT_PORT,
      password,
      heapMax: process.env.NEO4J_HEAP_MAX ?? '2g',
      pageCache: process.env.NEO4J_PAGECACHE ?? '1g',
      log: (line) => console.log(line),
    });
    uri = local.uri;
    started = local.startedByThisCall;
  }
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    LOG_LEVEL: 'silent',
  });
  const db = await connectDatabase(config);
  const logger = pino({ level: 'silent' });
  const built = await buildServer({ config, db, logger });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    const migrated = Date.now();
    await applyMigrations(db);
    console.log(`migrations (evidence indexes included) online in ${Date.now() - migrated} ms`);
    const [counted] = await db.read('MATCH (n) RETURN count(n) AS nodes');
    if (Number(counted?.nodes ?? 0) === 0) {
      console.log(`empty database: loading the synthetic graph of scale ${scale}`);
      const result = await generateGraph(db, {
        scale,
        seed: 1,
        viewer: SYSTEM_VIEWER,
        dryRun: false,
      });
      console.log(
        `loaded ${result.load.nodes} nodes, ${result.load.relationships} relationships in ${(result.load.elapsedMs / 1000).toFixed(1)} s`,
      );
    }
    const [size] = await db.read(
      'RETURN COUNT { (n) WHERE NOT n:AuditEntry } AS nodes, COUNT { ()-[]->() } AS relationships',
    );
    console.log(
      `graph: ${String(size?.nodes)} nodes, ${String(size?.relationships)} relationships`,
    );
    const [hubRow] = await db.read(
      `MATCH (o:Organization) RETURN o.id AS id, o.name AS name, COUNT { (o)--() } AS degree ORDER BY degree DESC LIMIT 1`,
    );
    const hub = String(hubRow?.id);
    console.log(`hub: ${hub} (${String(hubRow?.name)}), ${String(hubRow?.degree)} relationships`);

    await new Promise<void>((resolve) => built.httpServer.listen(0, '127.0.0.1', resolve));
    const address = built.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const base = `http://127.0.0.1:${port}`;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });

    // First draw of the hub: the page, its query, the hub with its group nodes laid out.
    const hubUrl = `${base}/explore?id=${encodeURIComponent(hub)}`;
    const drawn = `cy.nodes().length > 1 && document.querySelector('#panel .groups, #panel .relationships') !== null`;
    const firstDraws: number[] = [];
    for (let i = 0; i < runs; i++) firstDraws.push(await timeDraw(page, hubUrl, drawn));
    const groups = await inGraph<{ type: string; label: string }[]>(
      page,
      `cy.nodes('.group').map((n) => ({ type: n.data('groupType'), label: n.data('label') }))`,
    );
    console.log(
      `hub groups drawn: ${groups.map((g) => g.label).join(', ') || '(none: drawn whole)'}`,
    );

    // Its largest group's first page (25 neighbours), from a fresh page.
    const largest = groups[0]?.type ?? null;
    const groupDraws: number[] = [];
    if (largest) {
      const url = `${hubUrl}&x=${encodeURIComponent(`${hub}:${largest}:1`)}`;
      for (let i = 0; i < runs; i++) {
        groupDraws.push(
          await timeDraw(
            page,
            url,
            `cy.nodes().not('.group, .more').length >= 20 && document.querySelector('#panel h2') !== null`,
          ),
        );
      }
    }

    // About 300 drawn nodes: the hub's groups, page after page, largest first.
    interface Group {
      neighbours: { groups: { type: string; count: number }[] };
    }
    const answer = (await (
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ neighbours(id: ${JSON.stringify(hub)}) { groups { type count } } }`,
        }),
      })
    ).json()) as { data: Group };
    let left = targetNodes;
    const expansions: string[] = [];
    for (const group of answer.data.neighbours.groups) {
      if (left <= 0) break;
      const pages = Math.min(Math.ceil(Math.min(group.count, left) / 25), 50);
      expansions.push(`${hub}:${group.type}:${pages}`);
      left -= Math.min(group.count, pages * 25);
    }
    const bigUrl = `${hubUrl}${expansions.map((x) => `&x=${encodeURIComponent(x)}`).join('')}`;
    const bigDraw = await timeDraw(
      page,
      bigUrl,
      `cy.nodes().not('.group, .more').length >= ${Math.min(targetNodes - 40, targetNodes)} && document.querySelector('#panel h2') !== null`,
    );
    await page.waitForTimeout(500);
    const nodes = await inGraph<number>(page, `cy.nodes().length`);
    const edges = await inGraph<number>(page, `cy.edges().length`);
    // As drawn (fitted: labels too small to draw), then zoomed in to read the labels.
    const fitted = await panFps(page, panSeconds);
    const fitZoom = await inGraph<number>(page, 'cy.zoom()');
    await inGraph(page, 'cy.zoom(1.3)');
    const zoomed = await panFps(page, panSeconds);
    await inGraph(page, 'cy._private.renderer.textureOnViewport = true');
    const textured = await panFps(page, panSeconds);
    if (process.env.BENCH_EXPERIMENT) {
      await inGraph(page, 'cy._private.renderer.textureOnViewport = false');
      await inGraph(page, 'cy.fit()');
      await inGraph(
        page,
        `cy.style().selector('edge').style({'line-style': 'solid', 'target-arrow-shape': 'none'}).update()`,
      );
      console.log('experiment solid, no arrows, fitted', await panFps(page, panSeconds));
      await inGraph(page, 'cy._private.renderer.textureOnViewport = true');
      console.log('experiment + texture', await panFps(page, panSeconds));
    }
    await page.close();

    console.log('');
    console.log(
      `explorer on scale ${scale} (${String(size?.nodes)} nodes), ${runs} runs, Chromium headless, shared 2-core machine:`,
    );
    console.log(
      `  first draw of the hub: median ${median(firstDraws)} ms (runs ${firstDraws.join(', ')} ms; target < 1500)`,
    );
    if (largest)
      console.log(
        `  hub with its largest group's first page (${largest}): median ${median(groupDraws)} ms (runs ${groupDraws.join(', ')} ms)`,
      );
    console.log(
      `  view of ${nodes} nodes, ${edges} edges drawn in ${bigDraw} ms (${expansions.join(' ')})`,
    );
    const fps = (m: { fps: number; worstFrameMs: number }) =>
      `${m.fps.toFixed(1)} fps, worst frame ${m.worstFrameMs.toFixed(0)} ms`;
    console.log(
      `  panning as drawn (fitted, zoom ${fitZoom.toFixed(2)}): ${fps(fitted)} (target > 30)`,
    );
    console.log(`  panning zoomed in to 1.3 (edge labels drawn): ${fps(zoomed)}`);
    console.log(`  the same with cytoscape's texture on viewport: ${fps(textured)}`);
  } finally {
    await browser.close();
    await built.apollo.stop();
    await db.driver.close();
    if (started) await stopLocalNeo4j(BENCH_BOLT_PORT);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
