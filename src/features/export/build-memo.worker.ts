// Builds and packs the notat off the main thread: for a plan of thousands of measures docx
// takes seconds, and the tab must stay responsive meanwhile. docx needs no DOM (it brings its
// own zip writer), so the same memo code runs here as in Node. The page keeps one worker and
// sends it every export; each answer carries the id of its request.
import { buildNotat } from '../../memo/build-notat';
import { packNotat } from '../../memo/pack-notat';
import { decodeMeasures } from './build-memo-protocol';
import type { BuildMemoRequest, BuildMemoResponse } from './build-memo-protocol';

function reply(response: BuildMemoResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, { transfer });
}

self.addEventListener('message', (event: MessageEvent<BuildMemoRequest>) => {
  const { id, measures, settings } = event.data;
  // Inside a promise, so that a throw while building is answered too, not left uncaught.
  Promise.resolve()
    .then(() => packNotat(buildNotat({ measures: decodeMeasures(measures), settings })))
    .then(
      (bytes) => reply({ id, ok: true, bytes }, [bytes.buffer]),
      (error: unknown) =>
        reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
});
