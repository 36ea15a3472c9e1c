// Saving the memo to the team's document library, over real HTTP against the Graph emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient, resolveSiteId, saveToDrive } from '../../src/graph';
import { encodePath } from '../../src/graph/resolve-list';
import { startTestEmulator, type EmulatorHandle } from '../support/emulator';

describe('saveToDrive', () => {
  let emulator: EmulatorHandle;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('saves a file whose name has spaces and æøå, and the same bytes come back', async () => {
    const client = createGraphClient({ baseUrl: emulator.baseUrl });
    const path = 'Notater/Rapportering på oppfølging – IOM 20.12.2012 æøå.docx';
    // Not a real .docx: bytes of every value, so any re-encoding on the way would show.
    const bytes = new Uint8Array(1024).map((_, i) => i % 256);

    const saved = await saveToDrive(client, emulator.sitePath, path, bytes);
    expect(saved.name).toBe('Rapportering på oppfølging – IOM 20.12.2012 æøå.docx');
    expect(saved.id).not.toBe('');

    const siteId = await resolveSiteId(client, emulator.sitePath);
    const response = await fetch(
      `${emulator.baseUrl}/sites/${siteId}/drive/root:/${encodePath(path)}:/content`,
    );
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it('replaces the file when saved again under the same name', async () => {
    const client = createGraphClient({ baseUrl: emulator.baseUrl });
    const path = 'Notat.docx';
    const first = await saveToDrive(client, emulator.sitePath, path, new Blob(['første']));
    const second = await saveToDrive(client, emulator.sitePath, path, new Blob(['andre']));
    expect(second.id).toBe(first.id);

    const siteId = await resolveSiteId(client, emulator.sitePath);
    const response = await fetch(
      `${emulator.baseUrl}/sites/${siteId}/drive/root:/${path}:/content`,
    );
    expect(await response.text()).toBe('andre');
  });
});
