import type { Measure } from '../../domain';
import type { MemoSettings } from '../../memo/memo-settings';
import {
  encodeMeasures,
  type BuildMemoRequest,
  type BuildMemoResponse,
} from './build-memo-protocol';

/** What the notat is built from. */
export type MemoInput = { measures: readonly Measure[]; settings: MemoSettings };

/** The worker could not run at all (no Worker, or its script did not load): build here instead. */
class WorkerUnavailable extends Error {}

type Pending = {
  resolve: (bytes: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
};

/**
 * The one memo worker of the page: started at the first export and kept, so that later exports
 * do not load and compile docx again. A worker that fails is dropped; the next export starts anew.
 */
class MemoWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(new URL('./build-memo.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      throw new WorkerUnavailable('The memo worker could not start', { cause: error });
    }
    worker.addEventListener('message', (event: MessageEvent<BuildMemoResponse>) => {
      const answer = event.data;
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (answer.ok) waiting.resolve(answer.bytes);
      else waiting.reject(new Error(answer.message));
    });
    // An `error` event means the script failed to load or threw outside a request.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.fail(new WorkerUnavailable(event.message || 'The memo worker failed to start'));
    });
    this.worker = worker;
    return worker;
  }

  private fail(error: Error) {
    this.worker?.terminate();
    this.worker = null;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  async build(input: MemoInput): Promise<Uint8Array<ArrayBuffer>> {
    const worker = this.start();
    const measures = await encodeMeasures(input.measures);
    const id = this.nextId++;
    const request: BuildMemoRequest = { id, measures, settings: input.settings };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(request, { transfer: measures });
    });
  }
}

let shared: MemoWorker | null = null;

/** On the main thread, for browsers (and test environments) without module workers. */
async function buildHere(input: MemoInput): Promise<Uint8Array<ArrayBuffer>> {
  const [{ buildNotat }, { packNotat }] = await Promise.all([
    import('../../memo/build-notat'),
    import('../../memo/pack-notat'),
  ]);
  return packNotat(buildNotat({ measures: [...input.measures], settings: input.settings }));
}

/**
 * The .docx bytes of the notat. docx is never in the tab's main bundle: it is loaded here, by
 * the worker (or the dynamic import of the fallback), only when the user exports.
 */
export async function buildMemoFile(input: MemoInput): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof Worker === 'undefined') return buildHere(input);
  shared ??= new MemoWorker();
  try {
    return await shared.build(input);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return buildHere(input);
    throw error;
  }
}
