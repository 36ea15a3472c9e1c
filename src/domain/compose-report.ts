// Composing a measure's paragraph from what the units said, the way the 2012 memo does it:
// "Ingen rapporterer om at dette er gjort. Seksjon for Russland, Eurasia og regionalt samarbeid
// viser til at …". Pure text functions; the caseworker edits the result before saving.
import type { Status } from './status';

/** The 2012 memo's sentence for a measure no unit reports as done. */
export const NONE_REPORTED = 'Ingen rapporterer om at dette er gjort.';

export type ContributionText = { unit: string; status: Status; contribution: string };

function endWithStop(text: string): string {
  return /[.!?…:;)»"]$/u.test(text) ? text : `${text}.`;
}

/**
 * One contribution as a sentence naming its unit. A contribution written as the rest of a
 * sentence ("viser til at …", ", som er …, påpeker at …") follows the unit's name; one written
 * as a sentence of its own is introduced by it ("Ambassaden i Abuja: Vi har …"). Empty input
 * gives ''.
 */
export function contributionSentence(unit: string, contribution: string): string {
  const text = contribution.replace(/\s+/gu, ' ').trim();
  if (text === '') return '';
  if (text.startsWith(',')) return endWithStop(`${unit}${text}`);
  if (/^\p{Ll}/u.test(text)) return endWithStop(`${unit} ${text}`);
  return endWithStop(`${unit}: ${text}`);
}

/** `sentence` appended to `report` as the next sentence of its last paragraph; nothing twice. */
export function appendSentence(report: string, sentence: string): string {
  const base = report.replace(/\s+$/u, '');
  // Every text includes '', so `sentence === ''` is a shortcut: its mutants are equivalent.
  if (sentence === '' || base.includes(sentence)) return base;
  return base === '' ? sentence : `${base} ${sentence}`;
}

/**
 * The measure's paragraph: the lead's report as it stands, then — when no contribution reports
 * the measure as done — the "none" sentence, then each contribution as a sentence naming its
 * unit, in the order given. Sentences already in the report are not added again, so composing
 * twice changes nothing.
 */
export function composeReport(input: {
  report: string;
  contributions: readonly ContributionText[];
  noneSentence?: string;
}): string {
  let text = input.report;
  const anyDone = input.contributions.some((c) => c.status === 'Gjennomført');
  if (!anyDone) text = appendSentence(text, input.noneSentence ?? NONE_REPORTED);
  for (const c of input.contributions) {
    text = appendSentence(text, contributionSentence(c.unit, c.contribution));
  }
  return text;
}
