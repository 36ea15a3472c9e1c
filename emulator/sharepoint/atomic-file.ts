// Crash-safe file writes: write a temporary file in the same folder, flush it to disk, then
// rename it over the target. A reader (or a restart) sees the old file or the new one, never
// a half-written one; a crash leaves at most a temporary file, which is removed on the next start.
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let sequence = 0;

function tempPrefix(file: string): string {
  return `.${basename(file)}.`;
}

async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not every platform can fsync a directory (Windows); the rename itself is still atomic.
  }
}

export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  const directory = dirname(file);
  const temp = join(directory, `${tempPrefix(file)}${process.pid}.${++sequence}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}

/** Removes the temporary files an interrupted write of `file` left behind. */
export async function removeLeftoverTempFiles(file: string): Promise<void> {
  const prefix = tempPrefix(file);
  const directory = dirname(file);
  const names = await readdir(directory).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => unlink(join(directory, name)).catch(() => undefined)),
  );
}
