import type { Client } from '@microsoft/microsoft-graph-client';
import { encodePath, resolveSiteId } from './resolve-list';
import { toMeasuresError } from './to-measures-error';

export type SavedDriveItem = { name: string; webUrl: string; id: string };

/**
 * What the library does when a file of that name is there already
 * (`@microsoft.graph.conflictBehavior`, driveitem-put-content.md): `fail` answers 409
 * `nameAlreadyExists` and changes nothing, `replace` makes the upload the file's new version,
 * `rename` saves it beside the old one under a name the library picks ("Notat 1.docx").
 */
export type IfNameExists = 'fail' | 'replace' | 'rename';

const CONTENT_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * The body's media type. Not octet-stream when it can be helped: the SDK's RetryHandler treats
 * `application/octet-stream` as an unrepeatable stream and would not retry a throttled upload.
 */
function contentTypeOf(path: string, data: Blob | Uint8Array): string {
  if (data instanceof Blob && data.type !== '') return data.type;
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

/**
 * The body as a Blob. The SDK would turn a Uint8Array into a Node Buffer of its whole underlying
 * ArrayBuffer (ignoring the view's offset and length), and Buffer does not exist in the browser.
 */
function toBlob(data: Blob | Uint8Array, type: string): Blob {
  if (data instanceof Blob) return data;
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return new Blob([copy], { type });
}

/**
 * Saves a file to the site's default document library. A file of the same name is replaced (the
 * library keeps the earlier one as a version) unless `ifExists` says otherwise. Simple upload:
 * fine up to 250 MB, and a memo is a few hundred kB.
 */
export async function saveToDrive(
  client: Client,
  site: string,
  path: string,
  data: Blob | Uint8Array,
  ifExists: IfNameExists = 'replace',
): Promise<SavedDriveItem> {
  try {
    const siteId = await resolveSiteId(client, site);
    const type = contentTypeOf(path, data);
    // PUT /sites/{site-id}/drive/root:/{path}:/content?@microsoft.graph.conflictBehavior=…
    const item = (await client
      .api(`/sites/${siteId}/drive/root:/${encodePath(path)}:/content`)
      .query({ '@microsoft.graph.conflictBehavior': ifExists })
      .header('Content-Type', type)
      .put(toBlob(data, type))) as { id?: unknown; name?: unknown; webUrl?: unknown };
    return {
      id: typeof item.id === 'string' ? item.id : '',
      name: typeof item.name === 'string' ? item.name : (path.split('/').pop() ?? path),
      webUrl: typeof item.webUrl === 'string' ? item.webUrl : '',
    };
  } catch (error) {
    throw toMeasuresError(error);
  }
}
