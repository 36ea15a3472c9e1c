import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import {
  validateStatusUpdate,
  type Measure,
  type ReportProblem,
  type StatusUpdate,
} from '../../domain';
import type { MeasuresError } from '../../graph/errors';
import { toMeasuresError } from '../../graph/to-measures-error';
import { useCurrentUser, useServices } from '../shared/services';
import type { Draft } from './draft-store';
import { usePlanActions } from '../shared/MeasuresProvider';
import { restoreDraft, sameValues } from './restore-draft';
import { useDraftStore } from './use-draft-store';
import { saveStatusReport } from './save-status-report';

/**
 * Where an edit stands:
 * - clean: what the list holds, nothing to save
 * - editing: changed, kept in the browser, not saved yet
 * - saving / waiting: a save is under way; waiting = SharePoint asked us to wait (429/503) and the client will retry
 * - saved: the list holds the user's text (`at`: ReportedAt)
 * - failed: the save did not reach the list; the edit is kept (`error` null when restored after a reload)
 * - conflict: someone else saved first; `current` is their version
 */
export type EditorPhase =
  | { kind: 'clean' }
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'waiting'; seconds: number }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; error: MeasuresError | null }
  | { kind: 'conflict'; current: Measure };

export type EditorState = {
  values: StatusUpdate;
  /** The version the edit is based on: sent as If-Match. */
  baseEtag: string;
  /** True while an edit is kept in the browser (from the first keystroke until saved). */
  hasDraft: boolean;
  /** Why the last save was refused before sending; re-checked as the user types. */
  problem: ReportProblem | null;
  phase: EditorPhase;
  /**
   * Another tab of this browser keeps a different text for the measure (typed there after this
   * one): shown with a choice, never dropped without a word.
   */
  otherTab: StatusUpdate | null;
};

export type MeasureEditor = EditorState & {
  busy: boolean;
  setStatus(status: StatusUpdate['status']): void;
  setStatusReport(text: string): void;
  /** Validates, then saves over the version the edit is based on. */
  save(): void;
  /** After a conflict: save over their version, an explicit choice. */
  keepMine(): void;
  /** After a conflict: drop the edit and show their version. */
  takeTheirs(): void;
  /** After a conflict: keep editing the own text, now based on their version. */
  editFurther(): void;
  /** Drop the edit and return to what the list holds. */
  discard(): void;
  /** Take the text the other tab keeps instead of this one. */
  takeOtherTab(): void;
  /** Keep this tab's text: it becomes the kept draft again. */
  keepThisTab(): void;
};

type Action =
  | { type: 'change'; values: StatusUpdate }
  | { type: 'invalid'; problem: ReportProblem }
  | { type: 'save-start' }
  | { type: 'throttled'; seconds: number }
  | { type: 'tick' }
  | { type: 'saved'; measure: Measure; sent: StatusUpdate }
  | { type: 'failed'; error: MeasuresError }
  | { type: 'conflict'; current: Measure }
  | { type: 'rebase'; etag: string }
  | { type: 'reset'; measure: Measure }
  | { type: 'server-changed'; measure: Measure }
  | { type: 'other-tab'; draft: Draft | null }
  | { type: 'use-other-tab' }
  | { type: 'keep-this-tab' };

const valuesOf = (m: Pick<Measure, 'status' | 'statusReport'>): StatusUpdate => ({
  status: m.status,
  statusReport: m.statusReport,
});

export const isBusy = (phase: EditorPhase) => phase.kind === 'saving' || phase.kind === 'waiting';

/** `draft` as restoreDraft left it: checked against the measure the list holds now. */
export function initialEditorState(measure: Measure, draft: Draft | null): EditorState {
  if (!draft) {
    return {
      values: valuesOf(measure),
      baseEtag: measure.etag,
      hasDraft: false,
      problem: null,
      phase: { kind: 'clean' },
      otherTab: null,
    };
  }
  return stateOfDraft(draft);
}

function stateOfDraft(draft: Draft): EditorState {
  return {
    values: { status: draft.status, statusReport: draft.statusReport },
    baseEtag: draft.baseEtag,
    hasDraft: true,
    problem: null,
    phase: draft.failed ? { kind: 'failed', error: null } : { kind: 'editing' },
    otherTab: null,
  };
}

/** Another tab wrote (or removed) the measure's draft. */
function otherTabChanged(state: EditorState, draft: Draft | null): EditorState {
  if (draft === null || sameValues(draft, state.values)) {
    return state.otherTab === null ? state : { ...state, otherTab: null };
  }
  // Nothing typed here since it opened: follow the other tab, so both show the same edit. A tab
  // that has just saved keeps its «Lagret» and says the other tab has another text instead: its
  // user saw the save go through and must not see the text swap under them.
  if (state.phase.kind === 'clean') return stateOfDraft(draft);
  return { ...state, otherTab: { status: draft.status, statusReport: draft.statusReport } };
}

export function editorReducer(state: EditorState, action: Action): EditorState {
  switch (action.type) {
    case 'change': {
      const keepsPhase = isBusy(state.phase) || state.phase.kind === 'conflict';
      return {
        ...state,
        values: action.values,
        hasDraft: true,
        problem: state.problem ? validateStatusUpdate(action.values) : null,
        phase: keepsPhase ? state.phase : { kind: 'editing' },
      };
    }
    case 'invalid':
      return { ...state, problem: action.problem };
    case 'save-start':
      return { ...state, problem: null, phase: { kind: 'saving' } };
    case 'throttled':
      return isBusy(state.phase)
        ? { ...state, phase: { kind: 'waiting', seconds: Math.max(0, Math.ceil(action.seconds)) } }
        : state;
    case 'tick':
      // Stryker disable next-line ConditionalExpression: equivalent because only 'waiting' has seconds
      return state.phase.kind === 'waiting' && state.phase.seconds > 0
        ? { ...state, phase: { kind: 'waiting', seconds: state.phase.seconds - 1 } }
        : state;
    case 'saved': {
      // The user may have typed on while the save was under way: that part is still a draft.
      const typedOn = !sameValues(state.values, action.sent);
      return {
        ...state,
        values: typedOn ? state.values : valuesOf(action.measure),
        baseEtag: action.measure.etag,
        hasDraft: typedOn,
        phase: typedOn
          ? { kind: 'editing' }
          : { kind: 'saved', at: action.measure.reportedAt ?? new Date().toISOString() },
      };
    }
    case 'failed':
      return { ...state, phase: { kind: 'failed', error: action.error } };
    case 'conflict':
      return { ...state, phase: { kind: 'conflict', current: action.current } };
    case 'rebase':
      return { ...state, baseEtag: action.etag, hasDraft: true, phase: { kind: 'editing' } };
    case 'reset':
      return initialEditorState(action.measure, null);
    case 'other-tab':
      return otherTabChanged(state, action.draft);
    case 'use-other-tab':
      return state.otherTab === null
        ? state
        : {
            ...state,
            values: state.otherTab,
            hasDraft: true,
            otherTab: null,
            problem: null,
            phase: isBusy(state.phase) ? state.phase : { kind: 'editing' },
          };
    case 'keep-this-tab':
      return { ...state, otherTab: null };
    case 'server-changed':
      // The list now holds exactly the edit (saved here before a reload, or in another tab): saved.
      if (
        state.hasDraft &&
        !isBusy(state.phase) &&
        state.phase.kind !== 'conflict' &&
        action.measure.etag !== state.baseEtag &&
        sameValues(action.measure, state.values)
      ) {
        return { ...initialEditorState(action.measure, null), otherTab: state.otherTab };
      }
      // Someone saved elsewhere and the tab read it: follow along unless the user has an edit of their own.
      if (
        state.hasDraft ||
        isBusy(state.phase) ||
        state.phase.kind === 'conflict' ||
        action.measure.etag === state.baseEtag
      ) {
        return state;
      }
      return initialEditorState(action.measure, null);
  }
}

// Stryker disable all: mutation testing covers the pure reducer above; the hook below talks to the
// list and the browser and is checked by the browser tests (tests/browser/report.test.ts).
/**
 * The in-place editor of one measure's status and report: validation before sending, the draft
 * kept in the browser until saved, saving with If-Match, and the user's choice on a conflict.
 */
export function useMeasureEditor(measure: Measure): MeasureEditor {
  const services = useServices();
  const user = useCurrentUser();
  const drafts = useDraftStore();
  const { replace } = usePlanActions();
  const [state, dispatch] = useReducer(editorReducer, null, () =>
    initialEditorState(measure, restoreDraft(measure, drafts.read(measure.id))),
  );
  // Callbacks read the latest state without re-creating themselves on every keystroke.
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);
  // What a save under way sent: kept with every draft written meanwhile (see Draft.sending).
  const sendingRef = useRef<StatusUpdate | null>(null);
  const measureId = measure.id;

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
    if (!hasDraft) drafts.removeIf(measureId, (kept) => restoreDraft(measure, kept) === null);
    else drafts.write(measureId, draftOf(values, baseEtag, phase.kind === 'failed'));
    // Once, for the draft read when the editor opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const { hasDraft, values } = stateRef.current;
    if (hasDraft && sameValues(measure, values)) {
      drafts.removeIf(measureId, (kept) => sameValues(kept, measure));
    }
    dispatch({ type: 'server-changed', measure });
  }, [measure, drafts, measureId]);

  // Another tab of this browser on the same measure: follow it, or say it has other text.
  useEffect(
    () =>
      drafts.subscribe(measureId, (draft) => {
        const { hasDraft, values, baseEtag, phase } = stateRef.current;
        // The other tab saved or dropped its edit: the text typed here stays kept.
        if (draft === null && hasDraft) {
          drafts.write(measureId, draftOf(values, baseEtag, phase.kind === 'failed'));
        }
        dispatch({ type: 'other-tab', draft });
      }),
    [drafts, measureId, draftOf],
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
      drafts.write(measureId, draftOf(values, stateRef.current.baseEtag, false));
      dispatch({ type: 'change', values });
    },
    [drafts, measureId, draftOf],
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
      drafts.write(measureId, draftOf(sent, etag, false));
      try {
        const saved = await saveStatusReport(services.measures, measureId, etag, sent, {
          displayName: user.displayName,
          now: new Date(),
        });
        sendingRef.current = null;
        const now = stateRef.current.values;
        // Only the draft this save sent: another tab may have kept a text of its own since.
        if (sameValues(now, sent)) drafts.removeIf(measureId, (kept) => sameValues(kept, sent));
        else drafts.write(measureId, draftOf(now, saved.etag, false));
        replace(saved);
        dispatch({ type: 'saved', measure: saved, sent });
      } catch (caught) {
        sendingRef.current = null;
        const error = toMeasuresError(caught);
        if (error.kind === 'conflict') {
          const current =
            error.current ?? (await services.measures.getMeasure(measureId).catch(() => null));
          if (current) {
            drafts.write(measureId, draftOf(stateRef.current.values, etag, false));
            replace(current);
            dispatch({ type: 'conflict', current });
            return;
          }
        }
        const kept = draftOf(stateRef.current.values, stateRef.current.baseEtag, true);
        // No answer at all (offline, or the page reloading aborts the request): the save may have
        // reached the list, so what it sent stays with the draft for the next load to check.
        drafts.write(measureId, error.kind === 'network' ? { ...kept, sending: sent } : kept);
        dispatch({ type: 'failed', error });
      }
    },
    [drafts, draftOf, measureId, replace, services.measures, user.displayName],
  );

  const save = useCallback(() => {
    if (isBusy(stateRef.current.phase)) return;
    void saveOver(stateRef.current.baseEtag);
  }, [saveOver]);

  const rebaseOnCurrent = useCallback((): string | null => {
    const { phase, values } = stateRef.current;
    if (phase.kind !== 'conflict') return null;
    const etag = phase.current.etag;
    drafts.write(measureId, draftOf(values, etag, false));
    dispatch({ type: 'rebase', etag });
    return etag;
  }, [drafts, draftOf, measureId]);

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
    drafts.remove(measureId);
    dispatch({ type: 'reset', measure: phase.current });
  }, [drafts, measureId]);

  const discard = useCallback(() => {
    drafts.remove(measureId);
    dispatch({ type: 'reset', measure });
  }, [drafts, measure, measureId]);

  const takeOtherTab = useCallback(() => {
    const { otherTab, baseEtag } = stateRef.current;
    if (otherTab === null) return;
    drafts.write(measureId, draftOf(otherTab, baseEtag, false));
    dispatch({ type: 'use-other-tab' });
  }, [drafts, draftOf, measureId]);

  const keepThisTab = useCallback(() => {
    const { values, baseEtag, phase } = stateRef.current;
    drafts.write(measureId, draftOf(values, baseEtag, phase.kind === 'failed'));
    dispatch({ type: 'keep-this-tab' });
  }, [drafts, draftOf, measureId]);

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
