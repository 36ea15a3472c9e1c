import { describe, expect, it } from 'vitest';
import { DOCX_MIME_TYPE, toDocxBlob } from './docx-blob';

describe('toDocxBlob', () => {
  it('wraps the bytes as a Word document that a browser downloads or uploads as .docx', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    const blob = toDocxBlob(bytes);
    expect(blob.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(DOCX_MIME_TYPE).toBe(blob.type);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });
});
