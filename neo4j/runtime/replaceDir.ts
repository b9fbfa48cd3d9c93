import { mkdir, rename, rm } from 'node:fs/promises';

/** Replaces dir by a freshly made sibling, so a failed attempt never leaves a half-filled dir. */
export async function replaceDir(dir: string, fill: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${dir}.tmp-${String(process.pid)}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    await fill(tmp);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
}
