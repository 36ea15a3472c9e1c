import { describe, expect, it } from 'vitest';
import type { Measure } from '../../domain';
import { MeasuresError } from '../../graph/errors';
import { editorReducer, initialEditorState } from './use-measure-editor';

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

describe('editorReducer', () => {
  const editing = editorReducer(initialEditorState(base, null), {
    type: 'change',
    values: { status: 'Gjennomført', statusReport: 'Ferdig.' },
  });

  it('marks an edit as unsaved from the first change', () => {
    expect(editing).toMatchObject({ hasDraft: true, phase: { kind: 'editing' } });
  });

  it('re-checks a refused report as the user types, and clears the message once it is valid', () => {
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
    expect(editorReducer(editing, { type: 'throttled', seconds: 2 }).phase.kind).toBe('editing');
    const saving = editorReducer(editing, { type: 'save-start' });
    const waiting = editorReducer(saving, { type: 'throttled', seconds: 2 });
    expect(waiting.phase).toEqual({ kind: 'waiting', seconds: 2 });
    expect(editorReducer(waiting, { type: 'tick' }).phase).toEqual({ kind: 'waiting', seconds: 1 });
  });

  it('after a save, keeps as a draft what was typed while it was under way', () => {
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
    const newer = { ...base, etag: '"g,5"', statusReport: 'Fra et annet vindu.' };
    const clean = initialEditorState(base, null);
    expect(
      editorReducer(clean, { type: 'server-changed', measure: newer }).values.statusReport,
    ).toBe('Fra et annet vindu.');
    expect(editorReducer(editing, { type: 'server-changed', measure: newer })).toBe(editing);
  });

  it('keeps the edit on a failed save', () => {
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
