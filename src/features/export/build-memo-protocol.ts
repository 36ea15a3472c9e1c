import type { Measure } from '../../domain';
import type { MemoSettings } from '../../memo/memo-settings';

/**
 * What the page sends the memo worker: the measures as UTF-8 JSON in slices, each an ArrayBuffer
 * transferred (moved, not copied: structured-cloning thousands of objects would hold the page up),
 * and the memo's settings. `id` pairs the answer with its request on the one reused worker.
 */
export type BuildMemoRequest = { id: number; measures: ArrayBuffer[]; settings: MemoSettings };

/** The worker's answer: the .docx bytes (transferred, not copied), or why it failed. */
export type BuildMemoResponse =
  | { id: number; ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { id: number; ok: false; message: string };

/** How many measures go in one slice: small enough that encoding one never holds the page up. */
export const MEASURES_PER_SLICE = 250;

/** Lets the page handle input between slices. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The measures as JSON slices, encoded a few hundred at a time with a pause between, so that no
 * single task of the page grows with the plan.
 */
export async function encodeMeasures(measures: readonly Measure[]): Promise<ArrayBuffer[]> {
  const encoder = new TextEncoder();
  const slices: ArrayBuffer[] = [];
  for (let start = 0; start < measures.length; start += MEASURES_PER_SLICE) {
    if (start > 0) await nextTask();
    const bytes = encoder.encode(JSON.stringify(measures.slice(start, start + MEASURES_PER_SLICE)));
    slices.push(bytes.buffer);
  }
  return slices;
}

/** The measures back from their slices (in the worker, where the time does not matter). */
export function decodeMeasures(slices: readonly ArrayBuffer[]): Measure[] {
  const decoder = new TextDecoder();
  return slices.flatMap((slice) => JSON.parse(decoder.decode(slice)) as Measure[]);
}
