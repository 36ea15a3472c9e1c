import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Measure } from '../../domain';
import { MeasuresError } from '../../graph/errors';
import { editorReducer, initialEditorState, isBusy, type EditorState } from './use-measure-editor';

const base: Measure = {
  id: '8',
  etag: '"g,1"',
  title: 'HUM-seksjonen koordinerer rapportering',
  description: '',
  caseNumber: '11/10298',
  section: 'Departementets oppfølging',
  sortOrder: 80,
  responsibleUnit: 'HUM-seksjonen',
  deadline: '2012-08-25',
  contributingUnits: [],
  revisedDeadline: null,
  deadlineChangeReason: '',
  status: 'Pågår',
  statusReport: '',
  reportedBy: '',
  reportedAt: null,
  reviewState: 'Ikke vurdert',
  reviewComment: '',
  reviewedBy: '',
  reviewedAt: null,
  createdAt: null,
  modifiedAt: null,
  modifiedBy: '',
  webUrl: '',
};

describe('initialEditorState', () => {
  it('starts from the list when there is no draft', () => {
    expect(initialEditorState(base, null)).toMatchObject({
      values: { status: 'Pågår', statusReport: '' },
      baseEtag: '"g,1"',
      hasDraft: false,
      phase: { kind: 'clean' },
    });
  });

  it('restores a draft whose save failed as not saved, based on the version it was edited from', () => {
    const state = initialEditorState(
      { ...base, etag: '"g,4"' },
      { status: 'Gjennomført', statusReport: 'Rapportert.', baseEtag: '"g,1"', failed: true },
    );
    expect(state).toMatchObject({
      values: { status: 'Gjennomført', statusReport: 'Rapportert.' },
      baseEtag: '"g,1"',
      hasDraft: true,
      phase: { kind: 'failed', error: null },
    });
  });
});

/** The editor after the user changed the status and wrote a report, not yet saved. */
const startEditing = () =>
  editorReducer(initialEditorState(base, null), {
    type: 'change',
    values: { status: 'Gjennomført', statusReport: 'Ferdig.' },
  });

describe('editorReducer', () => {
  it('marks an edit as unsaved from the first change', () => {
    const editing = startEditing();
    expect(editing).toMatchObject({ hasDraft: true, phase: { kind: 'editing' } });
  });

  it('re-checks a refused report as the user types, and clears the message once it is valid', () => {
    const editing = startEditing();
    const refused = editorReducer(
      editorReducer(editing, {
        type: 'change',
        values: { status: 'Ikke aktuelt', statusReport: '' },
      }),
      { type: 'invalid', problem: { kind: 'report-required', status: 'Ikke aktuelt' } },
    );
    expect(refused.problem).not.toBeNull();
    const fixed = editorReducer(refused, {
      type: 'change',
      values: { status: 'Ikke aktuelt', statusReport: 'Overtatt av UNODC.' },
    });
    expect(fixed.problem).toBeNull();
  });

  it('shows waiting only while a save is under way, counting down', () => {
    const editing = startEditing();
    expect(editorReducer(editing, { type: 'throttled', seconds: 2 }).phase.kind).toBe('editing');
    const saving = editorReducer(editing, { type: 'save-start' });
    const waiting = editorReducer(saving, { type: 'throttled', seconds: 2 });
    expect(waiting.phase).toEqual({ kind: 'waiting', seconds: 2 });
    expect(editorReducer(waiting, { type: 'tick' }).phase).toEqual({ kind: 'waiting', seconds: 1 });
  });

  it('after a save, keeps as a draft what was typed while it was under way', () => {
    const editing = startEditing();
    const saving = editorReducer(editing, { type: 'save-start' });
    const typedOn = editorReducer(saving, {
      type: 'change',
      values: { status: 'Gjennomført', statusReport: 'Ferdig. Og mer.' },
    });
    const saved = {
      ...base,
      etag: '"g,2"',
      status: 'Gjennomført' as const,
      statusReport: 'Ferdig.',
    };
    const after = editorReducer(typedOn, {
      type: 'saved',
      measure: saved,
      sent: { status: 'Gjennomført', statusReport: 'Ferdig.' },
    });
    expect(after).toMatchObject({
      values: { statusReport: 'Ferdig. Og mer.' },
      baseEtag: '"g,2"',
      hasDraft: true,
      phase: { kind: 'editing' },
    });
  });

  it('follows changes read from the list, but never over an edit of its own', () => {
    const editing = startEditing();
    const newer = { ...base, etag: '"g,5"', statusReport: 'Fra et annet vindu.' };
    const clean = initialEditorState(base, null);
    expect(
      editorReducer(clean, { type: 'server-changed', measure: newer }).values.statusReport,
    ).toBe('Fra et annet vindu.');
    expect(editorReducer(editing, { type: 'server-changed', measure: newer })).toBe(editing);
  });

  it('keeps the edit on a failed save', () => {
    const editing = startEditing();
    const failed = editorReducer(editorReducer(editing, { type: 'save-start' }), {
      type: 'failed',
      error: new MeasuresError('network', 'offline'),
    });
    expect(failed).toMatchObject({
      values: { statusReport: 'Ferdig.' },
      hasDraft: true,
      phase: { kind: 'failed' },
    });
  });

  it('on a conflict, rebasing keeps the own text and takes the current version as the base', () => {
    const editing = startEditing();
    const current = { ...base, etag: '"g,9"', statusReport: 'Deres tekst.' };
    const conflict = editorReducer(editing, { type: 'conflict', current });
    expect(conflict.phase).toEqual({ kind: 'conflict', current });
    const rebased = editorReducer(conflict, { type: 'rebase', etag: current.etag });
    expect(rebased).toMatchObject({
      values: { statusReport: 'Ferdig.' },
      baseEtag: '"g,9"',
      phase: { kind: 'editing' },
    });
  });
});

describe('editorReducer: what the user sees while a save runs or a conflict is shown', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps saving, waiting and the conflict on screen while the user types on', () => {
    const saving = editorReducer(startEditing(), { type: 'save-start' });
    const waiting = editorReducer(saving, { type: 'throttled', seconds: 3 });
    const conflict = editorReducer(startEditing(), {
      type: 'conflict',
      current: { ...base, etag: '"g,9"' },
    });
    const more = { status: 'Gjennomført', statusReport: 'Ferdig. Og mer.' } as const;
    for (const state of [saving, waiting, conflict]) {
      const typed = editorReducer(state, { type: 'change', values: more });
      expect(typed.phase).toBe(state.phase);
      expect(typed.values).toEqual(more);
      expect(typed.hasDraft).toBe(true);
    }
  });

  it('goes back to editing when the user types after a failed or a finished save', () => {
    const failed = editorReducer(startEditing(), {
      type: 'failed',
      error: new MeasuresError('network', 'offline'),
    });
    const typed = editorReducer(failed, {
      type: 'change',
      values: { status: 'Pågår', statusReport: 'Ny tekst.' },
    });
    expect(typed.phase).toEqual({ kind: 'editing' });
  });

  it('does not nag about a missing report before the user tries to save', () => {
    const typed = editorReducer(initialEditorState(base, null), {
      type: 'change',
      values: { status: 'Ikke aktuelt', statusReport: '' },
    });
    expect(typed.problem).toBeNull();
    const refused = editorReducer(typed, {
      type: 'invalid',
      problem: { kind: 'report-required', status: 'Ikke aktuelt' },
    });
    expect(refused.problem).toEqual({ kind: 'report-required', status: 'Ikke aktuelt' });
    expect(refused.phase).toEqual({ kind: 'editing' });
  });

  it('clears the refusal and shows saving once a save starts', () => {
    const refused: EditorState = {
      ...startEditing(),
      problem: { kind: 'report-required', status: 'Ikke aktuelt' },
    };
    const saving = editorReducer(refused, { type: 'save-start' });
    expect(saving.problem).toBeNull();
    expect(saving.phase).toEqual({ kind: 'saving' });
    expect(isBusy(saving.phase)).toBe(true);
  });

  it('counts whole seconds up, never below zero, and stops the count at zero', () => {
    const saving = editorReducer(startEditing(), { type: 'save-start' });
    expect(editorReducer(saving, { type: 'throttled', seconds: 1.2 }).phase).toEqual({
      kind: 'waiting',
      seconds: 2,
    });
    const atZero = editorReducer(saving, { type: 'throttled', seconds: -4 });
    expect(atZero.phase).toEqual({ kind: 'waiting', seconds: 0 });
    expect(editorReducer(atZero, { type: 'tick' })).toBe(atZero);
    // A tick that arrives after the wait ended changes nothing.
    expect(editorReducer(saving, { type: 'tick' })).toBe(saving);
    // Asked to wait again while waiting: the new wait counts.
    const waiting = editorReducer(saving, { type: 'throttled', seconds: 5 });
    expect(editorReducer(waiting, { type: 'throttled', seconds: 2 }).phase).toEqual({
      kind: 'waiting',
      seconds: 2,
    });
  });

  it('after a save with nothing typed on, shows the list’s version as saved at ReportedAt', () => {
    const saving = editorReducer(startEditing(), { type: 'save-start' });
    const stored = {
      ...base,
      etag: '"g,2"',
      status: 'Gjennomført' as const,
      statusReport: 'Ferdig.',
      reportedAt: '2012-12-03T09:12:00Z',
    };
    const after = editorReducer(saving, {
      type: 'saved',
      measure: stored,
      sent: { status: 'Gjennomført', statusReport: 'Ferdig.' },
    });
    expect(after).toEqual({
      values: { status: 'Gjennomført', statusReport: 'Ferdig.' },
      baseEtag: '"g,2"',
      hasDraft: false,
      otherTab: null,
      problem: null,
      phase: { kind: 'saved', at: '2012-12-03T09:12:00Z' },
    });
  });

  it('shows the time of saving when the list gave back no ReportedAt', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2012-12-20T10:30:00Z'));
    const saving = editorReducer(startEditing(), { type: 'save-start' });
    const after = editorReducer(saving, {
      type: 'saved',
      measure: { ...base, etag: '"g,2"', status: 'Gjennomført', statusReport: 'Ferdig.' },
      sent: { status: 'Gjennomført', statusReport: 'Ferdig.' },
    });
    expect(after.phase).toEqual({ kind: 'saved', at: '2012-12-20T10:30:00.000Z' });
  });

  it('keeps a status changed while the save ran as unsaved, even with the same text', () => {
    const saving = editorReducer(startEditing(), { type: 'save-start' });
    const changed = editorReducer(saving, {
      type: 'change',
      values: { status: 'Pågår', statusReport: 'Ferdig.' },
    });
    const after = editorReducer(changed, {
      type: 'saved',
      measure: { ...base, etag: '"g,2"', status: 'Gjennomført', statusReport: 'Ferdig.' },
      sent: { status: 'Gjennomført', statusReport: 'Ferdig.' },
    });
    expect(after).toMatchObject({
      values: { status: 'Pågår', statusReport: 'Ferdig.' },
      baseEtag: '"g,2"',
      hasDraft: true,
      phase: { kind: 'editing' },
    });
  });

  it('records the error of a failed save, and a rebased edit stays a draft', () => {
    const error = new MeasuresError('network', 'offline');
    const failed = editorReducer(startEditing(), { type: 'failed', error });
    expect(failed.phase).toEqual({ kind: 'failed', error });
    const clean = initialEditorState(base, null);
    const rebased = editorReducer(clean, { type: 'rebase', etag: '"g,9"' });
    expect(rebased).toMatchObject({ baseEtag: '"g,9"', hasDraft: true });
  });

  it('on discard, returns to what the list holds', () => {
    const reset = editorReducer(startEditing(), { type: 'reset', measure: base });
    expect(reset).toEqual(initialEditorState(base, null));
    expect(reset.phase).toEqual({ kind: 'clean' });
  });
});

describe('editorReducer: following the list', () => {
  const newer = () => ({ ...base, etag: '"g,5"', statusReport: 'Fra et annet vindu.' });

  it('takes the newer version while clean, saved or failed without a draft', () => {
    const clean = initialEditorState(base, null);
    const followed = editorReducer(clean, { type: 'server-changed', measure: newer() });
    expect(followed).toEqual(initialEditorState(newer(), null));
    const saved: EditorState = { ...clean, phase: { kind: 'saved', at: '2012-12-03T09:12:00Z' } };
    expect(editorReducer(saved, { type: 'server-changed', measure: newer() }).baseEtag).toBe(
      '"g,5"',
    );
  });

  it('ignores it while a save runs, while a conflict is shown, or when the version is the same', () => {
    const clean = initialEditorState(base, null);
    const saving: EditorState = { ...clean, phase: { kind: 'saving' } };
    const waiting: EditorState = { ...clean, phase: { kind: 'waiting', seconds: 2 } };
    const conflict: EditorState = { ...clean, phase: { kind: 'conflict', current: newer() } };
    for (const state of [saving, waiting, conflict]) {
      expect(editorReducer(state, { type: 'server-changed', measure: newer() })).toBe(state);
    }
    const sameVersion = { ...base, statusReport: 'Lest på nytt.' };
    expect(editorReducer(clean, { type: 'server-changed', measure: sameVersion })).toBe(clean);
  });

  it('restores a draft that was not refused as an edit in progress', () => {
    const state = initialEditorState(base, {
      status: 'Pågår',
      statusReport: 'Halvveis.',
      baseEtag: '"g,1"',
      failed: false,
    });
    expect(state.phase).toEqual({ kind: 'editing' });
    expect(state.problem).toBeNull();
  });

  it('is busy only while saving or waiting', () => {
    expect(isBusy({ kind: 'saving' })).toBe(true);
    expect(isBusy({ kind: 'waiting', seconds: 1 })).toBe(true);
    expect(isBusy({ kind: 'editing' })).toBe(false);
    expect(isBusy({ kind: 'clean' })).toBe(false);
    expect(isBusy({ kind: 'failed', error: null })).toBe(false);
  });
});

describe('another tab of the same browser', () => {
  const draft = (statusReport: string) => ({
    status: 'Pågår' as const,
    statusReport,
    baseEtag: base.etag,
    failed: false,
  });

  it('is followed by a tab with nothing typed in it', () => {
    const state = editorReducer(initialEditorState(base, null), {
      type: 'other-tab',
      draft: draft('Fra den andre fanen'),
    });
    expect(state.values.statusReport).toBe('Fra den andre fanen');
    expect(state.phase.kind).toBe('editing');
    expect(state.otherTab).toBeNull();
  });

  it('after a save, keeps the saved text and «saved», and names the other tab’s text', () => {
    const saved: Measure = {
      ...base,
      etag: '"g,2"',
      statusReport: 'Lagret her',
      reportedAt: '2012-12-03T09:12:00Z',
    };
    let state = editorReducer(initialEditorState(base, null), {
      type: 'change',
      values: { status: 'Pågår', statusReport: 'Lagret her' },
    });
    state = editorReducer(state, { type: 'save-start' });
    state = editorReducer(state, {
      type: 'saved',
      measure: saved,
      sent: { status: 'Pågår', statusReport: 'Lagret her' },
    });
    state = editorReducer(state, { type: 'other-tab', draft: draft('Fra den andre fanen') });
    expect(state.phase).toEqual({ kind: 'saved', at: '2012-12-03T09:12:00Z' });
    expect(state.values.statusReport).toBe('Lagret her');
    expect(state.otherTab).toEqual({ status: 'Pågår', statusReport: 'Fra den andre fanen' });
  });
});
