// Kept apart from pack-notat.ts so that the tab's main bundle can make the Blob without docx.
export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The .docx bytes as a Blob to download or upload, typed as a Word document. */
export function toDocxBlob(bytes: Uint8Array<ArrayBuffer>): Blob {
  return new Blob([bytes], { type: DOCX_MIME_TYPE });
}
