import { describe, expect, it } from 'vitest';
import { createGraphClient } from './create-graph-client';
import { saveToDrive } from './save-to-drive';
import { json, scriptedFetch } from './scripted-fetch.test-helper';

const base = 'http://127.0.0.1:4010/v1.0';
const site = 'demo.sharepoint.com,1,2';

describe('saveToDrive', () => {
  it('uploads exactly the bytes of a Uint8Array view, with the Word media type', async () => {
    const { fetch, seen } = scriptedFetch([
      json({ id: 'f1', name: 'Notat æøå.docx', webUrl: 'https://x/Notat.docx' }, 201),
    ]);
    const client = createGraphClient({ baseUrl: base, fetch });
    const buffer = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const saved = await saveToDrive(client, site, 'Notater/Notat æøå.docx', buffer.subarray(2, 5));
    expect(saved).toEqual({ id: 'f1', name: 'Notat æøå.docx', webUrl: 'https://x/Notat.docx' });
    const request = seen[0];
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe(
      `${base}/sites/${site}/drive/root:/Notater/Notat%20%C3%A6%C3%B8%C3%A5.docx:/content?@microsoft.graph.conflictBehavior=replace`,
    );
    expect(request?.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const body = request?.body;
    expect(body).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (body as Blob).arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('reports a refused upload as a MeasuresError', async () => {
    const { fetch } = scriptedFetch([
      json({ error: { code: 'accessDenied', message: 'No write access' } }, 403),
    ]);
    const client = createGraphClient({ baseUrl: base, fetch });
    await expect(saveToDrive(client, site, 'a.docx', new Blob(['x']))).rejects.toMatchObject({
      kind: 'forbidden',
      message: 'No write access',
    });
  });

  it('asks the library to refuse, replace or rename on a taken name, as told', async () => {
    for (const ifExists of ['fail', 'replace', 'rename'] as const) {
      const { fetch, seen } = scriptedFetch([json({ id: 'f1', name: 'a.docx', webUrl: '' }, 201)]);
      const client = createGraphClient({ baseUrl: base, fetch });
      await saveToDrive(client, site, 'a.docx', new Blob(['x']), ifExists);
      const query = new URL(seen[0]?.url ?? '').searchParams;
      expect(query.get('@microsoft.graph.conflictBehavior')).toBe(ifExists);
    }
  });

  it('keeps the status of a taken name (409) and of a file open in Word (423)', async () => {
    const { fetch } = scriptedFetch([
      json({ error: { code: 'nameAlreadyExists', message: 'The name exists' } }, 409),
      json({ error: { code: 'resourceLocked', message: 'Locked' } }, 423),
    ]);
    const client = createGraphClient({ baseUrl: base, fetch });
    await expect(
      saveToDrive(client, site, 'a.docx', new Blob(['x']), 'fail'),
    ).rejects.toMatchObject({ status: 409, code: 'nameAlreadyExists' });
    await expect(saveToDrive(client, site, 'a.docx', new Blob(['x']))).rejects.toMatchObject({
      status: 423,
      code: 'resourceLocked',
    });
  });
});
