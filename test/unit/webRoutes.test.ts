/** The routes serving the built explorer and dashboard: pages, hashed assets, missing build. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import express from 'express';

import { webRoutes } from '../../src/http/webRoutes';

let folder: string;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'web-build-'));
  mkdirSync(join(folder, 'assets'));
  writeFileSync(join(folder, 'explore.html'), '<!doctype html><title>Explorer</title>');
  writeFileSync(join(folder, 'assets', 'explore-abc123.js'), 'console.log(1);');
  // No dashboard.html: a half-built folder.
  const app = express();
  app.use(webRoutes(folder));
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

it('serves a page for revalidation on every visit', async () => {
  const response = await fetch(`${baseUrl}/explore`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(response.headers.get('cache-control')).toBe('no-cache');
  expect(await response.text()).toContain('<title>Explorer</title>');
});

it('serves content-hashed assets as immutable, and 404 for unknown ones', async () => {
  const asset = await fetch(`${baseUrl}/app/assets/explore-abc123.js`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect((await fetch(`${baseUrl}/app/assets/nothing.js`)).status).toBe(404);
});

it('answers 503 with the build command when a page is not built', async () => {
  const response = await fetch(`${baseUrl}/dashboard`);
  expect(response.status).toBe(503);
  expect(await response.text()).toBe('The web pages are not built: run `npm run build:web`.\n');
});
