import { isMemoLanguage } from '../../memo/notat-texts';
import { MEMO_PURPOSES } from '../../memo/memo-settings';
import type { OwnerScope } from '../shared';
import type { MemoForm } from './memo-form';

// The values a caseworker last used for a plan, kept in the browser per person, list and case
// number, so the next person on a shared PC does not see them. Since the memo belongs to the plan
// (its MemoSettings), this copy is kept only where the plan cannot keep it (a site without the
// plans list, a plan not in it), and an older copy is moved to the plan once and then removed
// (use-plan-memo.ts). The date is not kept: a memo is dated the day it is written, and a stale
// date is easy to overlook.
const KEY_PREFIX = 'oppfolging.memo-form.v2:';

type RememberedForm = Omit<MemoForm, 'date'>;

/** The key of a plan's remembered form, or null when nothing may be kept (no owner known). */
export function rememberedFormKey(where: OwnerScope, caseNumber: string): string | null {
  return where.scope === null ? null : `${KEY_PREFIX}${where.scope}:${caseNumber.trim()}`;
}

function readRemembered(where: OwnerScope, caseNumber: string): string | null {
  const key = rememberedFormKey(where, caseNumber);
  try {
    return key === null ? null : (where.storage?.getItem(key) ?? null);
  } catch {
    // Storage can be switched off (or throw in a sandboxed frame): the dialog works without it.
    return null;
  }
}

const isRecordOfStrings = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/**
 * The defaults with a stored form laid over them, field by field; a field stored with the wrong
 * type (an older version, a hand edit) keeps its default. The date is read only when asked for.
 */
export function formOverDefaults(
  stored: unknown,
  defaults: MemoForm,
  options: { withDate?: boolean } = {},
): MemoForm {
  if (typeof stored !== 'object' || stored === null) return defaults;
  const values = stored as Partial<Record<keyof MemoForm, unknown>>;
  const form: MemoForm = { ...defaults };
  const strings = [
    'to',
    'via',
    'copyTo',
    'from',
    'caseworker',
    'caseNumber',
    'documentNumber',
    'subject',
    'introduction',
    'closing',
    'attachments',
    'legalBasis',
    ...(options.withDate ? (['date'] as const) : []),
  ] as const;
  for (const key of strings) {
    const value = values[key];
    if (typeof value === 'string') form[key] = value;
  }
  for (const key of ['includeAppendix', 'exempt', 'includeUnreported', 'approvedOnly'] as const) {
    const value = values[key];
    if (typeof value === 'boolean') form[key] = value;
  }
  const purpose = MEMO_PURPOSES.find((p) => p === values.purpose);
  if (purpose) form.purpose = purpose;
  if (isMemoLanguage(values.language)) form.language = values.language;
  if (isRecordOfStrings(values.sectionIntroductions)) {
    form.sectionIntroductions = { ...values.sectionIntroductions };
  }
  return form;
}

/** The defaults with what this browser kept for the plan laid over them (formOverDefaults). */
export function loadRememberedForm(
  where: OwnerScope,
  caseNumber: string,
  defaults: MemoForm,
): MemoForm {
  const raw = readRemembered(where, caseNumber);
  if (!raw) return defaults;
  try {
    return formOverDefaults(JSON.parse(raw), defaults);
  } catch {
    return defaults;
  }
}

/** Keeps the form for the plan; quietly does nothing when the browser refuses (full, disabled). */
export function rememberForm(where: OwnerScope, caseNumber: string, form: MemoForm): void {
  const remembered: RememberedForm & { date?: string } = { ...form };
  delete remembered.date;
  const key = rememberedFormKey(where, caseNumber);
  if (key === null) return;
  try {
    where.storage?.setItem(key, JSON.stringify(remembered));
  } catch {
    // Quota exceeded or storage disabled: remembering is a convenience, the export goes on.
  }
}

/** Whether this browser holds a copy of the plan's memo for this person. */
export function hasRememberedForm(where: OwnerScope, caseNumber: string): boolean {
  return readRemembered(where, caseNumber) !== null;
}

/** Removes the copy (once it is on the plan); quietly does nothing when the browser refuses. */
export function forgetRememberedForm(where: OwnerScope, caseNumber: string): void {
  const key = rememberedFormKey(where, caseNumber);
  try {
    if (key !== null) where.storage?.removeItem(key);
  } catch {
    // Storage disabled: there is nothing to remove either.
  }
}
