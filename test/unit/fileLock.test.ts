import { mkdir, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { acquireFileLock } from '../../neo4j/fileLock';

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'file-lock-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

test('a second holder waits until the first releases, and the lock is gone after', async () => {
  const lockPath = join(scratch, 'sub', 'start.lock');
  const releaseFirst = await acquireFileLock(lockPath, 'testing');
  let second: (() => Promise<void>) | undefined;
  const waiting = acquireFileLock(lockPath, 'testing').then((release) => {
    second = release;
  });
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(second).toBeUndefined();
  await releaseFirst();
  await waiting;
  expect(second).toBeDefined();
  await second?.();
  await expect(stat(lockPath)).rejects.toMatchObject({ code: 'ENOENT' });
});

test('a lock its holder stopped refreshing (SIGKILLed) is taken over', async () => {
  const lockPath = join(scratch, 'stale.lock');
  await mkdir(lockPath);
  const longAgo = new Date(Date.now() - 60_000);
  await utimes(lockPath, longAgo, longAgo);
  const release = await acquireFileLock(lockPath, 'testing');
  await release();
});
