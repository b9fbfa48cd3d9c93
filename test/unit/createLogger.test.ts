import { Writable } from 'node:stream';

import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/telemetry/createLogger';

/** A destination that keeps what a logger writes. */
function memory() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

test('production logs one JSON object a line; development logs read as text (pino-pretty)', () => {
  expect(
    loadConfig({ NODE_ENV: 'production', NEO4J_PASSWORD: 'a-password-of-its-own' }).logFormat,
  ).toBe('json');
  expect(loadConfig({ NODE_ENV: 'development' }).logFormat).toBe('pretty');
  expect(
    loadConfig({
      NODE_ENV: 'production',
      NEO4J_PASSWORD: 'a-password-of-its-own',
      LOG_FORMAT: 'pretty',
    }).logFormat,
  ).toBe('pretty');

  const json = memory();
  createLogger({ logLevel: 'info', logFormat: 'json' }, json.stream).info({ port: 4000 }, 'ready');
  const line = JSON.parse(json.text().trim()) as Record<string, unknown>;
  expect(line).toMatchObject({ level: 30, msg: 'ready', port: 4000 });

  const pretty = memory();
  createLogger({ logLevel: 'info', logFormat: 'pretty' }, pretty.stream).info(
    { port: 4000 },
    'ready',
  );
  const text = pretty.text();
  expect(text).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: ready\n\s+port: 4000\n$/);
  expect(() => JSON.parse(text) as unknown).toThrow();
});

test('a wrong LOG_FORMAT stops start-up with one line', () => {
  expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(
    /^Invalid configuration: LOG_FORMAT="xml"/,
  );
});
