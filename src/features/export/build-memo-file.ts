import type { BuildMemoRequest, BuildMemoResponse } from './build-memo-protocol';

/** The worker could not run at all (no Worker, or its script did not load): build here instead. */
class WorkerUnavailable extends Error {}

function buildInWorker(request: BuildMemoRequest): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./build-memo.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new WorkerUnavailable('The memo worker could not start', { cause: error }));
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<BuildMemoResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    });
    // An `error` event before any answer means the script failed to load or threw at start.
    worker.addEventListener('error', (event) => {
      worker.terminate();
      event.preventDefault();
      reject(new WorkerUnavailable(event.message || 'The memo worker failed to start'));
    });
    worker.postMessage(request);
  });
}

/** On the main thread, for browsers (and test environments) without module workers. */
async function buildHere(request: BuildMemoRequest): Promise<Uint8Array<ArrayBuffer>> {
  const [{ buildNotat }, { packNotat }] = await Promise.all([
    import('../../memo/build-notat'),
    import('../../memo/pack-notat'),
  ]);
  return packNotat(buildNotat(request));
}

/**
 * The .docx bytes of the notat. docx is never in the tab's main bundle: it is loaded here, by
 * the worker (or the dynamic import of the fallback), only when the user exports.
 */
export async function buildMemoFile(request: BuildMemoRequest): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof Worker === 'undefined') return buildHere(request);
  try {
    return await buildInWorker(request);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return buildHere(request);
    throw error;
  }
}
