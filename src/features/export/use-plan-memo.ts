import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../domain';
import type { GraphErrorKind } from '../../graph/errors';
import { isMeasuresError } from '../../graph/errors';
import type { MemoSettings } from '../../memo/memo-settings';
import { readStoredMemoSettings, writeStoredMemoSettings } from '../../memo/stored-memo-settings';
import { useOwnerScope } from '../shared';
import { useServices } from '../shared/services';
import { clearMemoDraft, readMemoDraft, writeMemoDraft } from './memo-draft';
import { formFromSettings, storedSettingsFromForm, type MemoForm } from './memo-form';
import {
  forgetRememberedForm,
  hasRememberedForm,
  loadRememberedForm,
  rememberForm,
} from './remembered-form';

/** How long typing pauses before the memo is saved on the plan. */
export const SAVE_DELAY_MS = 800;

/** What the dialog says about where the memo it opened with came from. */
export type MemoNotice =
  | { kind: 'missing' }
  | { kind: 'invalid'; stored: string }
  | { kind: 'moved' }
  | { kind: 'older-copy-dropped' }
  | { kind: 'no-plan' }
  | { kind: 'read-failed'; problem: GraphErrorKind | 'unknown' };

export type MemoSaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'browser-only' }
  | { kind: 'failed'; problem: GraphErrorKind | 'unknown' }
  /** Someone saved the plan's memo since this caseworker read it: theirs, for the choice. */
  | { kind: 'conflict'; theirs: MemoForm };

export type PlanMemo = {
  phase: 'loading' | 'ready';
  form: MemoForm;
  notices: MemoNotice[];
  save: MemoSaveState;
  change(patch: Partial<MemoForm>): void;
  /** Sends what is not saved yet, now (at close and before an export). */
  flush(): Promise<void>;
  retry(): void;
  /** Conflict: show and keep the memo another caseworker saved; what this one typed is dropped. */
  takeTheirs(): void;
  /** Conflict: save this caseworker's memo over theirs, having seen both. */
  keepMine(): void;
};

const problemOf = (error: unknown): GraphErrorKind | 'unknown' =>
  isMeasuresError(error) ? error.kind : 'unknown';

/**
 * The plan's memo (`MemoSettings` on its item in the plans list): read when the dialog opens,
 * saved with If-Match a moment after the caseworker stops typing and when the dialog closes.
 * A stale save is a conflict the caseworker decides; what is not saved yet stays in the
 * browser (memo-draft.ts) until it is. Where the plan cannot keep it (no plans list, the plan
 * not in it), the memo is kept in this browser as before.
 */
export function usePlanMemo(input: {
  open: boolean;
  caseNumber: string;
  defaultSettings: MemoSettings;
}): PlanMemo {
  const { open, caseNumber } = input;
  const services = useServices();
  const owner = useOwnerScope();
  const defaultsRef = useRef(input.defaultSettings);
  defaultsRef.current = input.defaultSettings;
  const defaultForm = () => formFromSettings(defaultsRef.current, caseNumber);

  const [phase, setPhase] = useState<'loading' | 'ready'>('loading');
  const [form, setFormState] = useState<MemoForm>(defaultForm);
  const [notices, setNotices] = useState<MemoNotice[]>([]);
  const [save, setSave] = useState<MemoSaveState>({ kind: 'idle' });
  // Each opening starts from "loading" in its very first render, so the fields of the last
  // opening never appear (and take the focus) only to be replaced when the plan has been read.
  const [shownOpen, setShownOpen] = useState(open);
  if (open !== shownOpen) {
    setShownOpen(open);
    if (open) setPhase('loading');
  }

  const formRef = useRef(form);
  const plan = useRef<Plan | null>(null);
  const store = useRef<'plan' | 'browser'>('plan');
  const dirty = useRef(false);
  const paused = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const legacyToForget = useRef(false);
  const conflictPlan = useRef<Plan | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const setForm = useCallback((next: MemoForm) => {
    formRef.current = next;
    setFormState(next);
  }, []);
  const show = useCallback((next: MemoSaveState) => {
    if (mounted.current) setSave(next);
  }, []);

  const storedOf = (item: Plan) => readStoredMemoSettings(item.memoSettings, defaultsRef.current);

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      await inFlight.current;
      // The changes typed while that save was on its way go in the next one.
      if (dirty.current) return saveNow();
      return;
    }
    const target = plan.current;
    if (!target || store.current !== 'plan' || !dirty.current || paused.current) return;
    const run = (async () => {
      const sent = formRef.current;
      const previous = storedOf(target).settings;
      const text = writeStoredMemoSettings(
        storedSettingsFromForm(sent, caseNumber, previous),
        target.memoSettings,
      );
      dirty.current = false;
      if (text === target.memoSettings) {
        clearMemoDraft(owner, caseNumber);
        show({ kind: 'saved' });
        return;
      }
      show({ kind: 'saving' });
      try {
        const updated = await services.plans.updatePlan(target.id, target.etag, {
          memoSettings: text,
        });
        plan.current = updated;
        if (legacyToForget.current) {
          forgetRememberedForm(owner, caseNumber);
          legacyToForget.current = false;
        }
        if (dirty.current) {
          writeMemoDraft(owner, caseNumber, { form: formRef.current, etag: updated.etag });
        } else {
          clearMemoDraft(owner, caseNumber);
          show({ kind: 'saved' });
        }
      } catch (error) {
        dirty.current = true;
        if (problemOf(error) !== 'conflict') {
          console.error('Saving the memo on the plan failed', error);
          show({ kind: 'failed', problem: problemOf(error) });
          return;
        }
        paused.current = true;
        try {
          const fresh = (await services.plans.listPlans()).find((p) => p.id === target.id);
          if (!fresh) throw new Error('The plan is gone from the plans list.');
          conflictPlan.current = fresh;
          show({
            kind: 'conflict',
            theirs: formFromSettings(storedOf(fresh).settings, caseNumber),
          });
        } catch (readError) {
          paused.current = false;
          show({ kind: 'failed', problem: problemOf(readError) });
        }
      }
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
    if (dirty.current && !paused.current && mounted.current) {
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    }
  }, [caseNumber, owner, services.plans, show]);

  const change = useCallback(
    (patch: Partial<MemoForm>) => {
      const next = { ...formRef.current, ...patch };
      setForm(next);
      if (store.current === 'browser') {
        rememberForm(owner, caseNumber, next);
        show({ kind: 'browser-only' });
        return;
      }
      dirty.current = true;
      // Kept with the eTag it was typed over: during a conflict, still the one that was refused.
      if (plan.current) writeMemoDraft(owner, caseNumber, { form: next, etag: plan.current.etag });
      if (paused.current) return;
      show({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    },
    [caseNumber, owner, saveNow, setForm, show],
  );

  const load = useCallback(async () => {
    setPhase('loading');
    setNotices([]);
    show({ kind: 'idle' });
    dirty.current = false;
    paused.current = false;
    conflictPlan.current = null;
    legacyToForget.current = false;
    const defaults = formFromSettings(defaultsRef.current, caseNumber);

    const inBrowser = (notice: MemoNotice) => {
      store.current = 'browser';
      plan.current = null;
      setForm(loadRememberedForm(owner, caseNumber, defaults));
      setNotices([notice]);
    };
    let plans: Plan[];
    try {
      plans = await services.plans.listPlans();
    } catch (error) {
      console.error('Reading the plans list failed', error);
      // A site provisioned before the plans list existed has none: the plan is not in it.
      const problem = problemOf(error);
      inBrowser(problem === 'not-found' ? { kind: 'no-plan' } : { kind: 'read-failed', problem });
      setPhase('ready');
      return;
    }
    const found =
      caseNumber.trim() === '' ? undefined : plans.find((p) => p.caseNumber === caseNumber.trim());
    if (!found) {
      inBrowser({ kind: 'no-plan' });
      setPhase('ready');
      return;
    }

    store.current = 'plan';
    plan.current = found;
    const stored = storedOf(found);
    const storedForm = formFromSettings(stored.settings, caseNumber);
    const draft = readMemoDraft(owner, caseNumber, storedForm);
    const problemNotice: MemoNotice[] =
      stored.problem === 'missing'
        ? [{ kind: 'missing' }]
        : stored.problem === 'invalid'
          ? [{ kind: 'invalid', stored: found.memoSettings }]
          : [];
    if (draft) {
      // What was typed here and not saved yet comes back, and goes to the plan, or is a conflict.
      setForm(draft.form);
      setNotices(problemNotice);
      dirty.current = true;
      if (draft.etag === found.etag) {
        setPhase('ready');
        await saveNow();
        return;
      }
      paused.current = true;
      conflictPlan.current = found;
      show({ kind: 'conflict', theirs: storedForm });
      setPhase('ready');
      return;
    }
    if (hasRememberedForm(owner, caseNumber)) {
      if (stored.problem !== null) {
        // The plan keeps no memo yet: the older copy in this browser is moved over, once.
        setForm({ ...loadRememberedForm(owner, caseNumber, storedForm), date: storedForm.date });
        setNotices([{ kind: 'moved' }]);
        legacyToForget.current = true;
        dirty.current = true;
        writeMemoDraft(owner, caseNumber, { form: formRef.current, etag: found.etag });
        setPhase('ready');
        await saveNow();
        return;
      }
      // The plan's memo is the one everybody shares; the older copy here is not used.
      forgetRememberedForm(owner, caseNumber);
      setForm(storedForm);
      setNotices([{ kind: 'older-copy-dropped' }]);
      setPhase('ready');
      return;
    }
    setForm(storedForm);
    setNotices(problemNotice);
    setPhase('ready');
  }, [caseNumber, owner, saveNow, services.plans, setForm, show]);

  // Read when the dialog opens; what is not saved is sent when it closes.
  useEffect(() => {
    if (open) void load();
    else void saveNow();
  }, [open, load, saveNow]);
  // And when the dialog goes away with the tab (another plan, another user).
  useEffect(() => () => void saveNow(), [saveNow]);

  const retry = useCallback(() => {
    dirty.current = true;
    void saveNow();
  }, [saveNow]);

  const takeTheirs = useCallback(() => {
    const fresh = conflictPlan.current;
    if (!fresh) return;
    plan.current = fresh;
    conflictPlan.current = null;
    paused.current = false;
    dirty.current = false;
    clearMemoDraft(owner, caseNumber);
    setForm(formFromSettings(storedOf(fresh).settings, caseNumber));
    show({ kind: 'saved' });
  }, [caseNumber, owner, setForm, show]);

  const keepMine = useCallback(() => {
    const fresh = conflictPlan.current;
    if (!fresh) return;
    plan.current = fresh;
    conflictPlan.current = null;
    paused.current = false;
    dirty.current = true;
    writeMemoDraft(owner, caseNumber, { form: formRef.current, etag: fresh.etag });
    void saveNow();
  }, [caseNumber, owner, saveNow]);

  return { phase, form, notices, save, change, flush: saveNow, retry, takeTheirs, keepMine };
}
