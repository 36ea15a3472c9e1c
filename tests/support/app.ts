// The built tab (dist/) served by Vite's preview server in front of a fresh test emulator: what a
// user's browser meets, over real HTTP. `npm run test:browser` builds dist/ first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { startTestEmulator } from './emulator';
import { shippedHeaders } from './security-headers';

export type TestEmulator = Awaited<ReturnType<typeof startTestEmulator>>;

export type RunningApp = {
  /** The tab's URL, e.g. http://localhost:41234/ */
  url: string;
  emulator: TestEmulator;
  close(): Promise<void>;
};

const root = resolve(import.meta.dirname, '../..');

export async function startApp(
  options: {
    emulator?: Parameters<typeof startTestEmulator>[0];
    /** Another build than the demo build in dist/ (the tenant-mode build of tests/support/tenant-build.ts, or a production build a test made). */
    outDir?: string;
  } = {},
): Promise<RunningApp> {
  // OPPF_DIST_DIR: a build of one's own, when others build dist/ in the same tree at the same time.
  const outDir = options.outDir ?? resolve(root, process.env.OPPF_DIST_DIR ?? 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(
      'dist/ is missing: run `npm run build:demo` (npm run test:browser does) first.',
    );
  }
  const emulator = await startTestEmulator(options.emulator);
  // No config file: the test decides the proxy target (its own emulator), nothing else applies to a preview.
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      // What a static host sends with every response (public/_headers), the CSP included.
      headers: shippedHeaders(),
      proxy: { '/v1.0': { target: emulator.origin, changeOrigin: true } },
    },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    await emulator.close();
    throw new Error('The preview server has no TCP address.');
  }
  return {
    url: `http://127.0.0.1:${address.port}/`,
    emulator,
    async close() {
      await server.close();
      await emulator.close();
    },
  };
}
