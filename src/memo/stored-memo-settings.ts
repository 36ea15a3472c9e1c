import { MEMO_PURPOSES, type MemoSettings } from './memo-settings';
import { isMemoLanguage } from './notat-texts';

// The plan's MemoSettings column holds the memo's header and texts as JSON, shared by everyone
// who exports. What is stored may be missing, empty, hand-edited or from another version: it is
// read field by field over the defaults, and the caller is told when the defaults were used.

export type StoredMemoSettings = {
  settings: MemoSettings;
  /** 'missing': nothing stored yet; 'invalid': not JSON or not an object; null: read as stored. */
  problem: 'missing' | 'invalid' | null;
};

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

export function readStoredMemoSettings(text: string, defaults: MemoSettings): StoredMemoSettings {
  if (text.trim() === '') return { settings: defaults, problem: 'missing' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Equivalent mutant: without this return, `parsed` stays undefined and is refused just below.
    return { settings: defaults, problem: 'invalid' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { settings: defaults, problem: 'invalid' };
  }
  const stored = parsed as Record<string, unknown>;
  const settings: MemoSettings = { ...defaults };
  for (const key of [
    'to',
    'via',
    'from',
    'caseworker',
    'date',
    'caseNumber',
    'subject',
    'introduction',
    'closing',
  ] as const) {
    const value = stored[key];
    if (typeof value === 'string') settings[key] = value;
  }
  if (isStrings(stored.copyTo)) settings.copyTo = stored.copyTo;
  if (isStrings(stored.attachments)) settings.attachments = stored.attachments;
  const purpose = MEMO_PURPOSES.find((p) => p === stored.purpose);
  if (purpose) settings.purpose = purpose;
  const intros = stored.sectionIntroductions;
  if (typeof intros === 'object' && intros !== null && !Array.isArray(intros)) {
    const entries = Object.entries(intros).filter(([, v]) => typeof v === 'string');
    settings.sectionIntroductions = Object.fromEntries(entries) as Record<string, string>;
  }
  if (typeof stored.includeAppendix === 'boolean')
    settings.includeAppendix = stored.includeAppendix;
  if (typeof stored.includeUnreported === 'boolean') {
    settings.includeUnreported = stored.includeUnreported;
  }
  if (typeof stored.approvedOnly === 'boolean') settings.approvedOnly = stored.approvedOnly;
  if (isMemoLanguage(stored.language)) settings.language = stored.language;
  const exemption = stored.exemption;
  if (exemption === null) settings.exemption = null;
  else if (
    typeof exemption === 'object' &&
    typeof (exemption as { legalBasis?: unknown }).legalBasis === 'string'
  ) {
    settings.exemption = { legalBasis: (exemption as { legalBasis: string }).legalBasis };
  }
  return { settings, problem: null };
}

/**
 * The JSON the MemoSettings column stores. Given what the column held before, the keys this
 * version does not know (written by a newer version, or by hand) are kept as they were: a save
 * replaces what the dialog edits and nothing else.
 */
export function writeStoredMemoSettings(settings: MemoSettings, previous = ''): string {
  let kept: Record<string, unknown> = {};
  try {
    const parsed: unknown = previous.trim() === '' ? null : JSON.parse(previous);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      kept = parsed as Record<string, unknown>;
    }
  } catch {
    // Not JSON: there is nothing to keep field by field (the dialog said so when it opened).
  }
  return JSON.stringify({ ...kept, ...settings });
}
