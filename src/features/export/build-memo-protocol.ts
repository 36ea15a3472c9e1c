import type { Measure } from '../../domain';
import type { MemoSettings } from '../../memo/memo-settings';

/** What the page sends the memo worker: everything the memo is built from (structured-cloned). */
export type BuildMemoRequest = { measures: Measure[]; settings: MemoSettings };

/** The worker's answer: the .docx bytes (transferred, not copied), or why it failed. */
export type BuildMemoResponse =
  { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string };
