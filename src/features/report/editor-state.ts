import {
  validateStatusUpdate,
  type Measure,
  type ReportProblem,
  type StatusUpdate,
} from '../../domain';
import type { MeasuresError } from '../../graph/errors';
import type { Draft } from './draft-store';
import { sameValues } from './restore-draft';

/**
 * What an editor of a status and a text works on: a measure's report, or a unit's contribution
 * to a measure (its text as `statusReport`). The item's eTag is sent as If-Match on save.
 */
export type EditableItem = Pick<
  Measure,
  'etag' | 'status' | 'statusReport' | 'reportedBy' | 'reportedAt' | 'modifiedBy' | 'modifiedAt'
>;

/**
 * Where an edit stands:
 * - clean: what the list holds, nothing to save
 * - editing: changed, kept in the browser, not saved yet
 * - saving / waiting: a save is under way; waiting = SharePoint asked us to wait (429/503) and the client will retry
 * - saved: the list holds the user's text (`at`: ReportedAt)
 * - failed: the save did not reach the list; the edit is kept (`error` null when restored after a reload)
 * - conflict: someone else saved first; `current` is their version
 */
export type EditorPhase<T extends EditableItem = Measure> =
  | { kind: 'clean' }
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'waiting'; seconds: number }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; error: MeasuresError | null }
  | { kind: 'conflict'; current: T };

export type EditorState<T extends EditableItem = Measure> = {
  values: StatusUpdate;
  /** The version the edit is based on: sent as If-Match. */
  baseEtag: string;
  /** True while an edit is kept in the browser (from the first keystroke until saved). */
  hasDraft: boolean;
  /** Why the last save was refused before sending; re-checked as the user types. */
  problem: ReportProblem | null;
  phase: EditorPhase<T>;
  /**
   * Another tab of this browser keeps a different text for the measure (typed there after this
   * one): shown with a choice, never dropped without a word.
   */
  otherTab: StatusUpdate | null;
};

export type ReportEditor<T extends EditableItem = Measure> = EditorState<T> & {
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

type Action<T extends EditableItem> =
  | { type: 'change'; values: StatusUpdate }
  | { type: 'invalid'; problem: ReportProblem }
  | { type: 'save-start' }
  | { type: 'throttled'; seconds: number }
  | { type: 'tick' }
  | { type: 'saved'; measure: T; sent: StatusUpdate }
  | { type: 'failed'; error: MeasuresError }
  | { type: 'conflict'; current: T }
  | { type: 'rebase'; etag: string }
  | { type: 'reset'; measure: T }
  | { type: 'server-changed'; measure: T }
  | { type: 'other-tab'; draft: Draft | null }
  | { type: 'use-other-tab' }
  | { type: 'keep-this-tab' };

const valuesOf = (m: Pick<EditableItem, 'status' | 'statusReport'>): StatusUpdate => ({
  status: m.status,
  statusReport: m.statusReport,
});

export const isBusy = <T extends EditableItem>(phase: EditorPhase<T>) =>
  phase.kind === 'saving' || phase.kind === 'waiting';

/** `draft` as restoreDraft left it: checked against the measure the list holds now. */
export function initialEditorState<T extends EditableItem>(
  measure: T,
  draft: Draft | null,
): EditorState<T> {
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

function stateOfDraft<T extends EditableItem>(draft: Draft): EditorState<T> {
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
function otherTabChanged<T extends EditableItem>(
  state: EditorState<T>,
  draft: Draft | null,
): EditorState<T> {
  if (draft === null || sameValues(draft, state.values)) {
    return state.otherTab === null ? state : { ...state, otherTab: null };
  }
  // Nothing typed here since it opened: follow the other tab, so both show the same edit. A tab
  // that has just saved keeps its «Lagret» and says the other tab has another text instead: its
  // user saw the save go through and must not see the text swap under them.
  if (state.phase.kind === 'clean') return stateOfDraft(draft);
  return { ...state, otherTab: { status: draft.status, statusReport: draft.statusReport } };
}

export function editorReducer<T extends EditableItem>(
  state: EditorState<T>,
  action: Action<T>,
): EditorState<T> {
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
