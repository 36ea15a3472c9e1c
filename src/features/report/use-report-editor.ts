import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { validateStatusUpdate, type StatusUpdate } from '../../domain';
import type { MeasuresError } from '../../graph/errors';
import { toMeasuresError } from '../../graph/to-measures-error';
import { useServices } from '../shared/services';
import type { Draft, DraftStore } from './draft-store';
import {
  editorReducer,
  initialEditorState,
  isBusy,
  type EditableItem,
  type ReportEditor,
} from './editor-state';
import { restoreDraft, sameValues } from './restore-draft';

/** Where an editor's item lives: how it is saved, read again after a conflict, and kept. */
export type EditorTarget<T extends EditableItem> = {
  item: T;
  /** The key of the item's draft in `drafts`. */
  draftKey: string;
  drafts: DraftStore;
  /** Writes the values over `etag` (If-Match); a newer version fails with a conflict. */
  save(etag: string, values: StatusUpdate): Promise<T>;
  /** The version that won after a conflict: the error's, or read again; null when unreadable. */
  currentAfterConflict(error: MeasuresError): Promise<T | null>;
  /** Told of every version the editor learned (saved here, or the winner of a conflict). */
  onStored(item: T): void;
};

// Stryker disable all: mutation testing covers the pure reducer (editor-state.ts); this hook
// talks to the list and the browser and is checked by the browser tests.
/**
 * The in-place editor of a status and a text: validation before sending, the draft kept in the
 * browser until saved, saving with If-Match, and the user's choice on a conflict. The measure's
 * report editor and a unit's contribution editor are both this, over different items.
 */
export function useReportEditor<T extends EditableItem>(target: EditorTarget<T>): ReportEditor<T> {
  const { item, draftKey, drafts } = target;
  const services = useServices();
  const [state, dispatch] = useReducer(editorReducer<T>, null, () =>
    initialEditorState(item, restoreDraft(item, drafts.read(draftKey))),
  );
  // Callbacks read the latest state and target without re-creating themselves on every keystroke.
  const stateRef = useRef(state);
  const targetRef = useRef(target);
  useLayoutEffect(() => {
    stateRef.current = state;
    targetRef.current = target;
  });
  // What a save under way sent: kept with every draft written meanwhile (see Draft.sending).
  const sendingRef = useRef<StatusUpdate | null>(null);

  const draftOf = useCallback(
    (values: StatusUpdate, baseEtag: string, failed: boolean): Draft => ({
      ...values,
      baseEtag,
      failed,
      ...(sendingRef.current ? { sending: sendingRef.current } : {}),
    }),
    [],
  );

  // The kept draft as restoreDraft judged it: dropped when the list holds it, rebased when the
  // list holds what a save cut short by a reload sent.
  useEffect(() => {
    const { hasDraft, values, baseEtag, phase } = stateRef.current;
    if (!hasDraft) drafts.removeIf(draftKey, (kept) => restoreDraft(item, kept) === null);
    else drafts.write(draftKey, draftOf(values, baseEtag, phase.kind === 'failed'));
    // Once, for the draft read when the editor opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const { hasDraft, values } = stateRef.current;
    if (hasDraft && sameValues(item, values)) {
      drafts.removeIf(draftKey, (kept) => sameValues(kept, item));
    }
    dispatch({ type: 'server-changed', measure: item });
  }, [item, drafts, draftKey]);

  // Another tab of this browser on the same item: follow it, or say it has other text.
  useEffect(
    () =>
      drafts.subscribe(draftKey, (draft) => {
        const { hasDraft, values, baseEtag, phase } = stateRef.current;
        // The other tab saved or dropped its edit: the text typed here stays kept.
        if (draft === null && hasDraft) {
          drafts.write(draftKey, draftOf(values, baseEtag, phase.kind === 'failed'));
        }
        dispatch({ type: 'other-tab', draft });
      }),
    [drafts, draftKey, draftOf],
  );

  const busy = isBusy(state.phase);
  useEffect(() => {
    if (!busy) return undefined;
    return services.onThrottle((seconds) => dispatch({ type: 'throttled', seconds }));
  }, [busy, services]);

  const waiting = state.phase.kind === 'waiting';
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = window.setInterval(() => dispatch({ type: 'tick' }), 1000);
    return () => window.clearInterval(timer);
  }, [waiting]);

  const change = useCallback(
    (values: StatusUpdate) => {
      drafts.write(draftKey, draftOf(values, stateRef.current.baseEtag, false));
      dispatch({ type: 'change', values });
    },
    [drafts, draftKey, draftOf],
  );

  const saveOver = useCallback(
    async (etag: string) => {
      const sent = stateRef.current.values;
      const problem = validateStatusUpdate(sent);
      if (problem) {
        dispatch({ type: 'invalid', problem });
        return;
      }
      dispatch({ type: 'save-start' });
      sendingRef.current = sent;
      drafts.write(draftKey, draftOf(sent, etag, false));
      try {
        const saved = await targetRef.current.save(etag, sent);
        sendingRef.current = null;
        const now = stateRef.current.values;
        // Only the draft this save sent: another tab may have kept a text of its own since.
        if (sameValues(now, sent)) drafts.removeIf(draftKey, (kept) => sameValues(kept, sent));
        else drafts.write(draftKey, draftOf(now, saved.etag, false));
        targetRef.current.onStored(saved);
        dispatch({ type: 'saved', measure: saved, sent });
      } catch (caught) {
        sendingRef.current = null;
        const error = toMeasuresError(caught);
        if (error.kind === 'conflict') {
          const current = await targetRef.current.currentAfterConflict(error).catch(() => null);
          if (current) {
            drafts.write(draftKey, draftOf(stateRef.current.values, etag, false));
            targetRef.current.onStored(current);
            dispatch({ type: 'conflict', current });
            return;
          }
        }
        const kept = draftOf(stateRef.current.values, stateRef.current.baseEtag, true);
        // No answer at all (offline, or the page reloading aborts the request): the save may have
        // reached the list, so what it sent stays with the draft for the next load to check.
        drafts.write(draftKey, error.kind === 'network' ? { ...kept, sending: sent } : kept);
        dispatch({ type: 'failed', error });
      }
    },
    [drafts, draftOf, draftKey],
  );

  const save = useCallback(() => {
    if (isBusy(stateRef.current.phase)) return;
    void saveOver(stateRef.current.baseEtag);
  }, [saveOver]);

  const rebaseOnCurrent = useCallback((): string | null => {
    const { phase, values } = stateRef.current;
    if (phase.kind !== 'conflict') return null;
    const etag = phase.current.etag;
    drafts.write(draftKey, draftOf(values, etag, false));
    dispatch({ type: 'rebase', etag });
    return etag;
  }, [drafts, draftOf, draftKey]);

  const keepMine = useCallback(() => {
    const etag = rebaseOnCurrent();
    if (etag !== null) void saveOver(etag);
  }, [rebaseOnCurrent, saveOver]);

  const editFurther = useCallback(() => {
    rebaseOnCurrent();
  }, [rebaseOnCurrent]);

  const takeTheirs = useCallback(() => {
    const { phase } = stateRef.current;
    if (phase.kind !== 'conflict') return;
    drafts.remove(draftKey);
    dispatch({ type: 'reset', measure: phase.current });
  }, [drafts, draftKey]);

  const discard = useCallback(() => {
    drafts.remove(draftKey);
    dispatch({ type: 'reset', measure: targetRef.current.item });
  }, [drafts, draftKey]);

  const takeOtherTab = useCallback(() => {
    const { otherTab, baseEtag } = stateRef.current;
    if (otherTab === null) return;
    drafts.write(draftKey, draftOf(otherTab, baseEtag, false));
    dispatch({ type: 'use-other-tab' });
  }, [drafts, draftOf, draftKey]);

  const keepThisTab = useCallback(() => {
    const { values, baseEtag, phase } = stateRef.current;
    drafts.write(draftKey, draftOf(values, baseEtag, phase.kind === 'failed'));
    dispatch({ type: 'keep-this-tab' });
  }, [drafts, draftOf, draftKey]);

  return {
    ...state,
    busy,
    setStatus: useCallback((status) => change({ ...stateRef.current.values, status }), [change]),
    setStatusReport: useCallback(
      (statusReport) => change({ ...stateRef.current.values, statusReport }),
      [change],
    ),
    save,
    keepMine,
    takeTheirs,
    editFurther,
    discard,
    takeOtherTab,
    keepThisTab,
  };
}
