// Saving the memo to the team's document library, over real HTTP against the Graph emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient, MeasuresError, resolveSiteId, saveToDrive } from '../../src/graph';
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

  it('with fail, refuses a taken name with 409 nameAlreadyExists and leaves the file as it was', async () => {
    const client = createGraphClient({ baseUrl: emulator.baseUrl });
    const path = 'Oppfølging/Notat 11-10298-26 20.12.2012.docx';
    await saveToDrive(client, emulator.sitePath, path, new Blob(['første']), 'fail');

    const refusal = await saveToDrive(
      client,
      emulator.sitePath,
      path,
      new Blob(['andre']),
      'fail',
    ).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MeasuresError);
    expect(refusal).toMatchObject({ status: 409, code: 'nameAlreadyExists' });
    expect(await contentOf(client, path)).toBe('første');
  });

  it('with rename, keeps the old file and saves the new one beside it under a new name', async () => {
    const client = createGraphClient({ baseUrl: emulator.baseUrl });
    const path = 'Oppfølging/Notat 11-10298-27 21.12.2012.docx';
    await saveToDrive(client, emulator.sitePath, path, new Blob(['første']));
    const renamed = await saveToDrive(
      client,
      emulator.sitePath,
      path,
      new Blob(['andre']),
      'rename',
    );
    expect(renamed.name).toBe('Notat 11-10298-27 21.12.2012 1.docx');
    expect(renamed.webUrl).toContain(encodeURIComponent(renamed.name));
    expect(await contentOf(client, path)).toBe('første');
    expect(await contentOf(client, `Oppfølging/${renamed.name}`)).toBe('andre');
  });

  it('reports a file open in Word (423 resourceLocked) with its status, and writes nothing', async () => {
    const client = createGraphClient({ baseUrl: emulator.baseUrl });
    const path = 'Oppfølging/Låst notat.docx';
    await saveToDrive(client, emulator.sitePath, path, new Blob(['første']));
    emulator.injectFaults({ status: 423, count: 1, method: 'PUT', pathIncludes: 'Låst notat' });
    const refusal = await saveToDrive(client, emulator.sitePath, path, new Blob(['andre'])).catch(
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ status: 423, code: 'resourceLocked' });
    expect(await contentOf(client, path)).toBe('første');
  });

  async function contentOf(client: ReturnType<typeof createGraphClient>, path: string) {
    const siteId = await resolveSiteId(client, emulator.sitePath);
    const response = await fetch(
      `${emulator.baseUrl}/sites/${siteId}/drive/root:/${encodePath(path)}:/content`,
    );
    expect(response.status).toBe(200);
    return response.text();
  }
});
