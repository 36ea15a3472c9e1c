// `npm start [-- --extra N]`: the local Graph emulator with the demo data, and the tab's dev server
// in front of it. The dev server proxies /v1.0 to the emulator, so the tab talks to
// `<its own origin>/v1.0`. With --extra N a generated plan (99/00001) of N measures sits beside
// the demo plan, in a data file of its own so the everyday demo data stays as it was.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { startEmulator } from '../emulator/server';

const root = resolve(import.meta.dirname, '..');
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4010);
const { values } = parseArgs({ options: { extra: { type: 'string', default: '0' } } });
const extraMeasures = Number(values.extra);
if (!Number.isInteger(extraMeasures) || extraMeasures < 0) {
  console.error(`--extra must be a whole number ≥ 0, not '${values.extra ?? ''}'.`);
  process.exit(2);
}
const dataFile =
  process.env.EMULATOR_DATA ??
  resolve(
    root,
    extraMeasures > 0
      ? `.emulator-data/graph-extra-${extraMeasures}.json`
      : '.emulator-data/graph.json',
  );

const emulator = await startEmulator({ port: emulatorPort, dataFile, seed: 'demo', extraMeasures });
const server = await createServer({
  root,
  configFile: resolve(root, 'vite.config.ts'),
  server: {
    port: Number(process.env.PORT ?? 5173),
    proxy: { '/v1.0': { target: emulator.origin, changeOrigin: true } },
  },
});
await server.listen();

const url = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
console.log('');
console.log(`  Oppfølging (demo) is running: ${url}`);
console.log(`  Graph emulator:               ${emulator.baseUrl}  (data: ${dataFile})`);
if (extraMeasures > 0) {
  console.log(`  The large plan (${extraMeasures} measures): ${url}?plan=99%2F00001`);
}
console.log('  Press Ctrl+C to stop.');
console.log('');

async function stop() {
  await server.close();
  await emulator.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
