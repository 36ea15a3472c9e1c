import { useCallback, useEffect, useRef, useState } from 'react';
import type { Measure } from '../../domain';
import type { GraphErrorKind } from '../../graph/errors';
import { isMeasuresError } from '../../graph/errors';
import { toDocxBlob } from '../../memo/docx-blob';
import type { MemoSettings } from '../../memo/memo-settings';
import { notatFileName } from '../../memo/notat-file-name';
import type { SavedFile } from '../shared/services';
import { useServices } from '../shared/services';
import { buildMemoFile } from './build-memo-file';
import { downloadFile } from './download-file';

/** The folder of the team's document library the memos are saved in. */
export const MEMO_FOLDER = 'Oppfølging';

export type ExportTarget = 'download' | 'sharepoint';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'building'; target: ExportTarget }
  | { kind: 'saving'; waitSeconds: number | null }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'saved'; file: SavedFile }
  | { kind: 'build-failed'; detail: string }
  | { kind: 'save-failed'; problem: GraphErrorKind | 'unknown' };

/**
 * Builds the notat and hands it over: as a download, or saved in the team's document library
 * (PUT /sites/{site}/drive/root:/Oppfølging/<file name>:/content). One export at a time.
 */
export function useMemoExport(measures: readonly Measure[]) {
  const services = useServices();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const update = useCallback((next: ExportState) => {
    if (mounted.current) setState(next);
  }, []);

  const run = useCallback(
    async (settings: MemoSettings, target: ExportTarget) => {
      if (busy.current) return;
      busy.current = true;
      update({ kind: 'building', target });
      const fileName = notatFileName(settings);
      try {
        let blob: Blob;
        try {
          blob = toDocxBlob(await buildMemoFile({ measures: [...measures], settings }));
        } catch (error) {
          console.error('Building the memo failed', error);
          update({ kind: 'build-failed', detail: error instanceof Error ? error.message : '' });
          return;
        }
        if (target === 'download') {
          downloadFile(blob, fileName);
          update({ kind: 'downloaded', fileName });
          return;
        }
        update({ kind: 'saving', waitSeconds: null });
        const stopListening = services.onThrottle((waitSeconds) =>
          update({ kind: 'saving', waitSeconds }),
        );
        try {
          const file = await services.saveToDocuments(`${MEMO_FOLDER}/${fileName}`, blob);
          update({ kind: 'saved', file });
        } catch (error) {
          console.error('Saving the memo failed', error);
          update({ kind: 'save-failed', problem: isMeasuresError(error) ? error.kind : 'unknown' });
        } finally {
          stopListening();
        }
      } finally {
        busy.current = false;
      }
    },
    [measures, services, update],
  );

  return {
    state,
    download: (settings: MemoSettings) => run(settings, 'download'),
    saveToSharePoint: (settings: MemoSettings) => run(settings, 'sharepoint'),
    busy: state.kind === 'building' || state.kind === 'saving',
  };
}
