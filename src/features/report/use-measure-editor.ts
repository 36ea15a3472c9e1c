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
import { useMeasures } from '../shared/MeasuresProvider';
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
  | { type: 'server-changed'; measure: Measure };

const valuesOf = (m: Pick<Measure, 'status' | 'statusReport'>): StatusUpdate => ({
  status: m.status,
  statusReport: m.statusReport,
});

const sameValues = (a: StatusUpdate, b: StatusUpdate) =>
  a.status === b.status && a.statusReport === b.statusReport;

export const isBusy = (phase: EditorPhase) => phase.kind === 'saving' || phase.kind === 'waiting';

export function initialEditorState(measure: Measure, draft: Draft | null): EditorState {
  if (!draft) {
    return {
      values: valuesOf(measure),
      baseEtag: measure.etag,
      hasDraft: false,
      problem: null,
      phase: { kind: 'clean' },
    };
  }
  return {
    values: { status: draft.status, statusReport: draft.statusReport },
    baseEtag: draft.baseEtag,
    hasDraft: true,
    problem: null,
    phase: draft.failed ? { kind: 'failed', error: null } : { kind: 'editing' },
  };
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
    case 'server-changed':
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

/**
 * The in-place editor of one measure's status and report: validation before sending, the draft
 * kept in the browser until saved, saving with If-Match, and the user's choice on a conflict.
 */
export function useMeasureEditor(measure: Measure): MeasureEditor {
  const services = useServices();
  const user = useCurrentUser();
  const drafts = useDraftStore();
  const { replace } = useMeasures();
  const [state, dispatch] = useReducer(editorReducer, null, () =>
    initialEditorState(measure, drafts.read(measure.id)),
  );
  // Callbacks read the latest state without re-creating themselves on every keystroke.
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);
  const measureId = measure.id;

  useEffect(() => {
    dispatch({ type: 'server-changed', measure });
  }, [measure]);

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
      drafts.write(measureId, { ...values, baseEtag: stateRef.current.baseEtag, failed: false });
      dispatch({ type: 'change', values });
    },
    [drafts, measureId],
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
      try {
        const saved = await saveStatusReport(services.measures, measureId, etag, sent, {
          displayName: user.displayName,
          now: new Date(),
        });
        const now = stateRef.current.values;
        if (sameValues(now, sent)) drafts.remove(measureId);
        else drafts.write(measureId, { ...now, baseEtag: saved.etag, failed: false });
        replace(saved);
        dispatch({ type: 'saved', measure: saved, sent });
      } catch (caught) {
        const error = toMeasuresError(caught);
        if (error.kind === 'conflict') {
          const current =
            error.current ?? (await services.measures.getMeasure(measureId).catch(() => null));
          if (current) {
            replace(current);
            dispatch({ type: 'conflict', current });
            return;
          }
        }
        drafts.write(measureId, {
          ...stateRef.current.values,
          baseEtag: stateRef.current.baseEtag,
          failed: true,
        });
        dispatch({ type: 'failed', error });
      }
    },
    [drafts, measureId, replace, services.measures, user.displayName],
  );

  const save = useCallback(() => {
    if (isBusy(stateRef.current.phase)) return;
    void saveOver(stateRef.current.baseEtag);
  }, [saveOver]);

  const rebaseOnCurrent = useCallback((): string | null => {
    const { phase, values } = stateRef.current;
    if (phase.kind !== 'conflict') return null;
    const etag = phase.current.etag;
    drafts.write(measureId, { ...values, baseEtag: etag, failed: false });
    dispatch({ type: 'rebase', etag });
    return etag;
  }, [drafts, measureId]);

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
  };
}
