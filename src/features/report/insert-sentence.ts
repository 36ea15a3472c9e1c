import { appendSentence } from '../../domain';

export type Selection = { start: number; end: number };

/**
 * `sentence` put into `report` where the user's cursor was (replacing a selection), with a space
 * on each side where the text has none; at the end as the next sentence when the user has not
 * placed the cursor. Returns the new text and where the cursor goes: right after the sentence.
 * A sentence the report already holds is not added twice.
 */
export function insertSentence(
  report: string,
  sentence: string,
  selection: Selection | null,
): { text: string; cursor: number } {
  const trimmed = sentence.trim();
  // Every text includes '', so `trimmed === ''` is a shortcut: its mutants are equivalent.
  if (trimmed === '' || report.includes(trimmed)) return { text: report, cursor: report.length };
  const start = selection ? Math.max(0, Math.min(selection.start, report.length)) : report.length;
  const end = selection ? Math.max(start, Math.min(selection.end, report.length)) : start;
  const after = report.slice(end);
  if (after.trim() === '') {
    const text = appendSentence(report.slice(0, start), trimmed);
    return { text, cursor: text.length };
  }
  const before = report.slice(0, start);
  const lead = before === '' || /\s$/u.test(before) ? '' : ' ';
  const tail = /^\s/u.test(after) ? '' : ' ';
  const inserted = `${lead}${trimmed}${tail}`;
  return {
    text: `${before}${inserted}${after}`,
    cursor: before.length + lead.length + trimmed.length,
  };
}
