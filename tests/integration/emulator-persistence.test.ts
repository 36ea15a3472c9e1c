// The emulator keeps what it acknowledged: across restarts with the same data file, after an
// interrupted write, and for files saved to the document library.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestEmulator } from '../support/emulator';
import type { EmulatorHandle } from '../support/emulator';

type Json = Record<string, unknown>;

let directory: string;
let dataFile: string;
const running: EmulatorHandle[] = [];

async function start(): Promise<EmulatorHandle> {
  const emulator = await startTestEmulator({ dataFile });
  running.push(emulator);
  return emulator;
}

function listUrl(emulator: EmulatorHandle): string {
  return `${emulator.baseUrl}/sites/${emulator.siteId}/lists/${emulator.listId}`;
}

async function patch(emulator: EmulatorHandle, id: string, fields: Json): Promise<number> {
  const response = await fetch(`${listUrl(emulator)}/items/${id}/fields`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(fields),
  });
  await response.arrayBuffer();
  return response.status;
}

async function fieldsOf(emulator: EmulatorHandle, id: string): Promise<Json> {
  const response = await fetch(`${listUrl(emulator)}/items/${id}?$expand=fields`);
  const item = (await response.json()) as { fields: Json };
  return item.fields;
}

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'oppf-emulator-persist-'));
  dataFile = join(directory, 'graph.json');
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
  await rm(directory, { recursive: true, force: true });
});

describe('persistence', () => {
  it('keeps acknowledged writes across a restart with the same data file', async () => {
    const first = await start();
    expect(await patch(first, '2', { Status: 'Pågår', StatusReport: 'Lagret før omstart.' })).toBe(
      200,
    );
    const etagBefore = (await fieldsOf(first, '2'))['@odata.etag'];
    await first.close();

    const second = await start();
    const fields = await fieldsOf(second, '2');
    expect(fields).toMatchObject({ Status: 'Pågår', StatusReport: 'Lagret før omstart.' });
    expect(fields['@odata.etag']).toBe(etagBefore);
  });

  it('has every acknowledged write of a burst of parallel writes in the data file', async () => {
    const emulator = await start();
    const statuses = await Promise.all(
      Array.from({ length: 14 }, (_, index) =>
        patch(emulator, String(index + 1), { ReviewComment: `Kommentar ${index + 1}` }),
      ),
    );
    expect(statuses.every((status) => status === 200)).toBe(true);
    // Read the file itself, as a restart would.
    const state = JSON.parse(await readFile(dataFile, 'utf8')) as {
      lists: { items: { id: string; fields: Json }[] }[];
    };
    const items = state.lists[0]?.items ?? [];
    for (let id = 1; id <= 14; id++) {
      expect(items.find((item) => item.id === String(id))?.fields.ReviewComment).toBe(
        `Kommentar ${id}`,
      );
    }
  });

  it('starts from the last complete state when a write was interrupted, and clears the leftovers', async () => {
    const first = await start();
    expect(await patch(first, '3', { StatusReport: 'Fullført skriving.' })).toBe(200);
    await first.close();
    // What a crash in the middle of the next write leaves: a half-written temporary file.
    const complete = await readFile(dataFile, 'utf8');
    const leftover = join(directory, '.graph.json.99999.1.tmp');
    await writeFile(leftover, complete.slice(0, Math.floor(complete.length / 2)));

    const second = await start();
    expect(await fieldsOf(second, '3')).toMatchObject({ StatusReport: 'Fullført skriving.' });
    expect(await readdir(directory)).not.toContain('.graph.json.99999.1.tmp');
    expect(await patch(second, '3', { StatusReport: 'Skriver videre.' })).toBe(200);
  });

  it('refuses to start on a data file that is not its own, rather than overwrite it', async () => {
    await writeFile(dataFile, '{"something":"else"}');
    await expect(start()).rejects.toThrow(/not a Graph emulator data file/);
    expect(await readFile(dataFile, 'utf8')).toBe('{"something":"else"}');
  });

  it('goes back to the seed on reset', async () => {
    const emulator = await start();
    expect(await patch(emulator, '1', { Status: 'Ikke aktuelt' })).toBe(200);
    const response = await fetch(`${emulator.origin}/_emulator/reset`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await fieldsOf(emulator, '1')).toMatchObject({ Status: 'Gjennomført' });
  });
});

describe('document library', () => {
  const name = 'Rapportering på oppfølging – IOM æøå.docx';
  const path = `Notater 2012/${name}`;
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');

  it('returns the same bytes it was given, for a name with spaces and æøå, also after a restart', async () => {
    const emulator = await start();
    const driveUrl = `${emulator.baseUrl}/sites/${emulator.siteId}/drive`;
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, index) => (index * 31) % 256));
    const created = await fetch(`${driveUrl}/root:/${encodedPath}:/content`, {
      method: 'PUT',
      body: bytes,
    });
    expect(created.status).toBe(201);
    const item = (await created.json()) as Json & { id: string; file: { mimeType: string } };
    expect(item).toMatchObject({ name, size: bytes.length });
    expect(item.file.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(String(item.webUrl)).toContain('Shared%20Documents/Notater%202012/');

    const byPath = await fetch(`${driveUrl}/root:/${encodedPath}:/content`);
    expect(byPath.status).toBe(200);
    expect(Buffer.from(await byPath.arrayBuffer()).equals(bytes)).toBe(true);
    const metadata = (await (await fetch(`${driveUrl}/root:/${encodedPath}`)).json()) as Json;
    expect(metadata).toMatchObject({ id: item.id, name, size: bytes.length });

    await emulator.close();
    const again = await start();
    const byId = await fetch(
      `${again.baseUrl}/sites/${again.siteId}/drive/items/${item.id}/content`,
    );
    expect(Buffer.from(await byId.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('replaces a file saved again under the same name (200) and keeps only the new bytes', async () => {
    const emulator = await start();
    const url = `${emulator.baseUrl}/sites/${emulator.sitePath}:/drive/root:/${encodedPath}:/content`;
    expect((await fetch(url, { method: 'PUT', body: 'first' })).status).toBe(201);
    const replaced = await fetch(url, { method: 'PUT', body: 'second version' });
    expect(replaced.status).toBe(200);
    expect(await (await fetch(url)).text()).toBe('second version');
    const blobs = await readdir(join(directory, 'graph-files'));
    expect(blobs).toHaveLength(1);
  });

  it('answers a missing file with 404 and refuses names SharePoint does not allow', async () => {
    const emulator = await start();
    const driveUrl = `${emulator.baseUrl}/sites/${emulator.siteId}/drive`;
    const missing = await fetch(
      `${driveUrl}/root:/${encodeURIComponent('Finnes ikke.docx')}:/content`,
    );
    expect(missing.status).toBe(404);
    const invalid = await fetch(`${driveUrl}/root:/${encodeURIComponent('Notat?.docx')}:/content`, {
      method: 'PUT',
      body: 'x',
    });
    expect(invalid.status).toBe(400);
  });
});
