// A Graph emulator for one test file: any free port, a fresh data file in a temporary folder,
// no console output. Closing it removes the folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/server';
import type { EmulatorHandle, EmulatorOptions } from '../../emulator/server';

export type { EmulatorHandle, EmulatorOptions, FaultSpec } from '../../emulator/server';

export async function startTestEmulator(
  options: Partial<EmulatorOptions> = {},
): Promise<EmulatorHandle> {
  const directory = options.dataFile ? null : await mkdtemp(join(tmpdir(), 'oppf-emulator-'));
  const dataFile = options.dataFile ?? join(directory ?? '', 'graph.json');
  const emulator = await startEmulator({ port: 0, quiet: true, ...options, dataFile });
  const close = emulator.close.bind(emulator);
  return Object.assign(emulator, {
    async close() {
      await close();
      if (directory) await rm(directory, { recursive: true, force: true });
    },
  });
}
