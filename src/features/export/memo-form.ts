import type { MemoLanguage, MemoPurpose, MemoSettings } from '../../memo/memo-settings';
import { formatNorwegianDate } from '../../domain';
import { DEFAULT_EXEMPTION_BASIS } from '../../memo/memo-settings';
import { toLines } from '../../memo/sanitize-text';

/**
 * The export dialog's fields as the caseworker types them: lists one entry per line, the date
 * as dd.mm.yyyy, the case number split into the plan's part and the document number.
 */
export type MemoForm = {
  to: string;
  via: string;
  copyTo: string;
  from: string;
  caseworker: string;
  /** dd.mm.yyyy as typed. */
  date: string;
  /** The full case number when the plan has none; otherwise unused (the plan's is fixed). */
  caseNumber: string;
  /** The number after the plan's case number: `26` in `11/10298-26`. */
  documentNumber: string;
  purpose: MemoPurpose;
  subject: string;
  introduction: string;
  sectionIntroductions: Record<string, string>;
  closing: string;
  attachments: string;
  includeAppendix: boolean;
  exempt: boolean;
  legalBasis: string;
  includeUnreported: boolean;
  approvedOnly: boolean;
  language: MemoLanguage;
};

export type MemoFormField = 'date' | 'caseNumber' | 'documentNumber' | 'legalBasis';
export type MemoFormProblem =
  | 'date-missing'
  | 'date-invalid'
  | 'case-number-missing'
  | 'document-number-invalid'
  | 'legal-basis-missing';
export type MemoFormProblems = Partial<Record<MemoFormField, MemoFormProblem>>;

/** The form a set of settings reads as (the settings from defaultMemoSettings, for a start). */
export function formFromSettings(settings: MemoSettings, planCaseNumber: string): MemoForm {
  const plan = planCaseNumber.trim();
  const documentNumber =
    // Stryker disable next-line ConditionalExpression: equivalent because without a plan the document number is unused
    plan !== '' && settings.caseNumber.startsWith(`${plan}-`)
      ? settings.caseNumber.slice(plan.length + 1)
      : '';
  return {
    to: settings.to,
    via: settings.via,
    copyTo: settings.copyTo.join('\n'),
    from: settings.from,
    caseworker: settings.caseworker,
    date: /^\d{4}-\d{2}-\d{2}$/.test(settings.date) ? formatNorwegianDate(settings.date) : '',
    caseNumber: settings.caseNumber,
    documentNumber,
    purpose: settings.purpose,
    subject: settings.subject,
    introduction: settings.introduction,
    sectionIntroductions: { ...settings.sectionIntroductions },
    closing: settings.closing,
    attachments: settings.attachments.join('\n'),
    includeAppendix: settings.includeAppendix,
    exempt: settings.exemption !== null,
    legalBasis: settings.exemption?.legalBasis ?? DEFAULT_EXEMPTION_BASIS,
    includeUnreported: settings.includeUnreported,
    approvedOnly: settings.approvedOnly,
    language: settings.language,
  };
}

/** `yyyy-mm-dd` from dd.mm.yyyy (d.m.yyyy too), or null when it is no calendar date. */
export function parseNorwegianDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // A day past the month's end rolls over into the next month; a year below 100 reads as 19xx.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** The full case number the memo prints: the plan's, a hyphen and the document number. */
export function fullCaseNumber(form: MemoForm, planCaseNumber: string): string {
  const plan = planCaseNumber.trim();
  if (plan === '') return form.caseNumber.trim();
  const documentNumber = form.documentNumber.trim();
  return documentNumber === '' ? plan : `${plan}-${documentNumber}`;
}

/** What stops the memo from being exported, by field; empty when it may be. */
export function validateMemoForm(form: MemoForm, planCaseNumber: string): MemoFormProblems {
  const problems: MemoFormProblems = {};
  if (form.date.trim() === '') problems.date = 'date-missing';
  else if (parseNorwegianDate(form.date) === null) problems.date = 'date-invalid';
  if (planCaseNumber.trim() === '') {
    if (form.caseNumber.trim() === '') problems.caseNumber = 'case-number-missing';
  } else if (!/^\d*$/.test(form.documentNumber.trim())) {
    problems.documentNumber = 'document-number-invalid';
  }
  if (form.exempt && form.legalBasis.trim() === '') problems.legalBasis = 'legal-basis-missing';
  return problems;
}

/** The settings the memo is built from. Call after validateMemoForm found nothing. */
export function settingsFromForm(form: MemoForm, planCaseNumber: string): MemoSettings {
  return {
    to: form.to,
    via: form.via,
    copyTo: toLines(form.copyTo),
    from: form.from,
    caseworker: form.caseworker,
    date: parseNorwegianDate(form.date) ?? '',
    caseNumber: fullCaseNumber(form, planCaseNumber),
    purpose: form.purpose,
    subject: form.subject,
    introduction: form.introduction,
    sectionIntroductions: form.sectionIntroductions,
    closing: form.closing,
    attachments: toLines(form.attachments),
    includeAppendix: form.includeAppendix,
    exemption: form.exempt ? { legalBasis: form.legalBasis.trim() } : null,
    includeUnreported: form.includeUnreported,
    approvedOnly: form.approvedOnly,
    language: form.language,
  };
}

/**
 * The settings the plan keeps while the caseworker types, before the form is valid: a date
 * being typed (or mistyped) keeps the date last stored, so the memo shared with the other
 * caseworkers never loses its date halfway through an edit.
 */
export function storedSettingsFromForm(
  form: MemoForm,
  planCaseNumber: string,
  previous: Pick<MemoSettings, 'date'>,
): MemoSettings {
  const settings = settingsFromForm(form, planCaseNumber);
  return settings.date === '' && form.date.trim() !== ''
    ? { ...settings, date: previous.date }
    : settings;
}
