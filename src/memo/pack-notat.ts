import type { Document } from 'docx';
import { Packer } from 'docx';

export { DOCX_MIME_TYPE, toDocxBlob } from './docx-blob';
export { notatFileName } from './notat-file-name';

/**
 * The .docx file's bytes. `Packer.toArrayBuffer` works alike in Node, the browser and a Web
 * Worker (`toBuffer` needs Node's Buffer, `toBlob` gives nothing a test can read synchronously).
 */
export async function packNotat(doc: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
