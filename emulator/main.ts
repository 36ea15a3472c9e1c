// `npm run emulator [-- --extra N] [--seed demo|empty] [--latency MS]`: the local Graph alone.
// Port from EMULATOR_PORT (default 4010), data file from EMULATOR_DATA
// (default .emulator-data/graph.json in the project root).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmulator } from './server';

const root = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    extra: { type: 'string', default: '0' },
    seed: { type: 'string', default: 'demo' },
    latency: { type: 'string', default: '0' },
  },
});

function wholeNumber(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a whole number ≥ 0, not '${text ?? ''}'.`);
    process.exit(2);
  }
  return value;
}

const seed = values.seed;
if (seed !== 'demo' && seed !== 'empty') {
  console.error(`--seed must be 'demo' or 'empty', not '${seed ?? ''}'.`);
  process.exit(2);
}
const dataFile = process.env.EMULATOR_DATA ?? resolve(root, '.emulator-data/graph.json');
const extraMeasures = wholeNumber('--extra', values.extra);
if (existsSync(dataFile) && (extraMeasures > 0 || seed !== 'demo')) {
  console.warn(
    `Note: ${dataFile} exists, so --extra and --seed apply only after POST /_emulator/reset (or once the file is deleted).`,
  );
}

const emulator = await startEmulator({
  port: wholeNumber('EMULATOR_PORT', process.env.EMULATOR_PORT ?? '4010'),
  dataFile,
  seed,
  extraMeasures,
  latencyMs: wholeNumber('--latency', values.latency),
  quiet: process.env.EMULATOR_QUIET === '1',
});

console.log(
  `Graph emulator: ${emulator.baseUrl}  site ${emulator.sitePath}  list ${emulator.listTitle}  (data: ${dataFile})`,
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await emulator.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
