import { useCallback, useEffect, useRef, useState } from 'react';
import type { Measure } from '../../domain';
import type { GraphErrorKind } from '../../graph/errors';
import { isMeasuresError } from '../../graph/errors';
import type { IfNameExists } from '../../graph/save-to-drive';
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
  /** A file of this name is in the folder already: the caseworker chooses to replace it or keep both. */
  | { kind: 'name-taken'; fileName: string }
  | { kind: 'build-failed'; detail: string }
  | { kind: 'save-failed'; problem: SaveProblem; fileName: string };

/** Why a save failed: Graph's kinds, `locked` for a file open in Word (423), or unknown. */
export type SaveProblem = GraphErrorKind | 'locked' | 'unknown';

/** The memo built for a save that is waiting for the caseworker's answer. */
type PendingSave = { path: string; fileName: string; blob: Blob };

function problemOf(error: unknown): SaveProblem {
  if (!isMeasuresError(error)) return 'unknown';
  // 423 resourceLocked: someone has the file open in Word, or it is checked out (errors.md).
  if (error.status === 423) return 'locked';
  return error.kind;
}

/** 409 on a `fail` upload: the name is taken (nameAlreadyExists), nothing was written. */
function isNameTaken(error: unknown): boolean {
  return isMeasuresError(error) && error.status === 409;
}

/**
 * Builds the notat and hands it over: as a download, or saved in the team's document library
 * (PUT /sites/{site}/drive/root:/Oppfølging/<file name>:/content). The first save never replaces
 * a file: when the name is taken it asks, and `replace` or `saveAsNew` finishes the same memo.
 * One export at a time.
 */
export function useMemoExport(measures: readonly Measure[]) {
  const services = useServices();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const busy = useRef(false);
  const pending = useRef<PendingSave | null>(null);
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

  const save = useCallback(
    async (memo: PendingSave, ifExists: IfNameExists) => {
      update({ kind: 'saving', waitSeconds: null });
      const stopListening = services.onThrottle((waitSeconds) =>
        update({ kind: 'saving', waitSeconds }),
      );
      try {
        const file = await services.saveToDocuments(memo.path, memo.blob, ifExists);
        pending.current = null;
        update({ kind: 'saved', file });
      } catch (error) {
        pending.current = memo;
        if (ifExists === 'fail' && isNameTaken(error)) {
          update({ kind: 'name-taken', fileName: memo.fileName });
          return;
        }
        console.error('Saving the memo failed', error);
        update({ kind: 'save-failed', problem: problemOf(error), fileName: memo.fileName });
      } finally {
        stopListening();
      }
    },
    [services, update],
  );

  const run = useCallback(
    async (settings: MemoSettings, target: ExportTarget) => {
      if (busy.current) return;
      busy.current = true;
      pending.current = null;
      update({ kind: 'building', target });
      const fileName = notatFileName(settings);
      try {
        let blob: Blob;
        try {
          blob = toDocxBlob(await buildMemoFile({ measures, settings }));
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
        await save({ path: `${MEMO_FOLDER}/${fileName}`, fileName, blob }, 'fail');
      } finally {
        busy.current = false;
      }
    },
    [measures, save, update],
  );

  /** Saves the memo that met a taken name or a locked file again, as the caseworker chose. */
  const retryPending = useCallback(
    async (ifExists: IfNameExists) => {
      const memo = pending.current;
      if (busy.current || !memo) return;
      busy.current = true;
      try {
        await save(memo, ifExists);
      } finally {
        busy.current = false;
      }
    },
    [save],
  );

  return {
    state,
    download: (settings: MemoSettings) => run(settings, 'download'),
    saveToSharePoint: (settings: MemoSettings) => run(settings, 'sharepoint'),
    /** Replaces the file of the same name (the library keeps the old one as a version). */
    replace: () => retryPending('replace'),
    /** Keeps the old file and saves beside it under a name the library picks. */
    saveAsNew: () => retryPending('rename'),
    /** Leaves the file that is there as it is. */
    cancelSave: () => {
      pending.current = null;
      update({ kind: 'idle' });
    },
    // While the caseworker answers about a taken name the form stays as the memo was built.
    busy: state.kind === 'building' || state.kind === 'saving' || state.kind === 'name-taken',
  };
}
