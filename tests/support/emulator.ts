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

/**
 * The id of a list of the emulator's site (the measures list when no title is given), read over
 * Graph: the tab addresses lists by id, so a test that watches or fails one list's requests needs it.
 */
export async function listIdOf(
  emulator: EmulatorHandle,
  title = emulator.listTitle,
): Promise<string> {
  const response = await fetch(
    `${emulator.baseUrl}/sites/${emulator.sitePath}:/lists/${encodeURIComponent(title)}?$select=id`,
  );
  if (!response.ok) throw new Error(`GET list ${title}: HTTP ${response.status}`);
  const { id } = (await response.json()) as { id?: unknown };
  if (typeof id !== 'string') throw new Error(`List ${title} came back without an id`);
  return id;
}
