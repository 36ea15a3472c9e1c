import type { MemoSettings } from './memo-settings';
import { formatNorwegianDate } from '../domain';
import { sanitizeLine } from './sanitize-text';

/**
 * Characters a file name may not hold in Windows, OneDrive or SharePoint (`" * : < > ? / \ |`).
 * The case number's slash is the one that always occurs (`11/10298-26`); it becomes a hyphen,
 * which is how the archive writes case numbers in file names (`11-10298-26`).
 */
const FORBIDDEN_IN_FILE_NAMES = /["*:<>?/\\|]/g;
/** Controls and invisible format characters (bidi overrides can disguise a name's extension). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
/** Case numbers are short; a longer value is a mistake and must not make an unusable name. */
const MAX_CASE_NUMBER_LENGTH = 60;

/** `Notat 11-10298-26 20.12.2012.docx`: the case number with `/` as `-`, and the memo's date. */
export function notatFileName(settings: Pick<MemoSettings, 'caseNumber' | 'date'>): string {
  const caseNumber = [
    ...sanitizeLine(settings.caseNumber)
      .replace(INVISIBLE, '')
      .replace(FORBIDDEN_IN_FILE_NAMES, '-'),
  ]
    .slice(0, MAX_CASE_NUMBER_LENGTH)
    .join('')
    .trim();
  const date = /^\d{4}-\d{2}-\d{2}/.test(settings.date) ? formatNorwegianDate(settings.date) : '';
  return `${['Notat', caseNumber, date].filter((part) => part !== '').join(' ')}.docx`;
}
