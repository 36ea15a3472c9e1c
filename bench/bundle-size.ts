// The production bundle: what the browser loads at start (gzip) and what it loads only on demand.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export type Chunk = { file: string; bytes: number; gzipBytes: number };
export type BundleResult = { initial: Chunk[]; lazy: Chunk[] };

const root = resolve(import.meta.dirname, '..');

async function measure(dist: string, file: string): Promise<Chunk> {
  const content = await readFile(join(dist, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

export async function benchBundle(): Promise<BundleResult> {
  const dist = join(root, 'dist');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  // What index.html makes the browser fetch before the tab can render: the entry and its preloads.
  const initialFiles = [
    ...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g),
  ].map((match) => match[1] ?? '');
  const allJs = (await readdir(join(dist, 'assets')))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const initial = await Promise.all(initialFiles.map((f) => measure(dist, f)));
  const lazy = await Promise.all(
    allJs.filter((f) => !initialFiles.includes(f)).map((f) => measure(dist, f)),
  );
  lazy.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { initial, lazy };
}
