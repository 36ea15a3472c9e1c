import type { Document } from 'docx';
import { Packer } from 'docx';

export { notatFileName } from './notat-file-name';

export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The .docx file's bytes. `Packer.toArrayBuffer` works alike in Node, the browser and a Web
 * Worker (`toBuffer` needs Node's Buffer, `toBlob` gives nothing a test can read synchronously).
 */
export async function packNotat(doc: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** The bytes as a Blob to download or upload, typed as a Word document. */
export function toDocxBlob(bytes: Uint8Array<ArrayBuffer>): Blob {
  return new Blob([bytes], { type: DOCX_MIME_TYPE });
}
