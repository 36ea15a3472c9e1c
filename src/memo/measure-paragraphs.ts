import { Paragraph, TextRun } from 'docx';
import type { Measure } from '../domain';
import { NOTAT_STYLE } from './notat-styles';
import { sanitizeLine, toParagraphs } from './sanitize-text';
import { linesToRuns } from './text-runs';

/** What the memo says for a measure the caseworker chose to include although it has no report. */
export const UNREPORTED_TEXT = 'Ikke rapportert.';

/** "<Title>:" as the memo prints it; a title that already ends in a colon keeps just that one. */
export function measureLead(title: string): string {
  const clean = sanitizeLine(title);
  return clean.endsWith(':') ? clean : `${clean}:`;
}

/**
 * A measure as the memo reports it: "<Title>: <report>", the title in the measure-title
 * character style. A report of several paragraphs stays several paragraphs: the first follows
 * the title, the others are body paragraphs of their own.
 */
export function buildMeasureParagraphs(
  measure: Pick<Measure, 'title' | 'statusReport'>,
): Paragraph[] {
  const report = toParagraphs(measure.statusReport);
  const [first = [UNREPORTED_TEXT], ...rest] = report;
  const lead = new Paragraph({
    style: NOTAT_STYLE.body,
    children: [
      new TextRun({ text: measureLead(measure.title), style: NOTAT_STYLE.measureTitle }),
      new TextRun(' '),
      ...linesToRuns(first),
    ],
  });
  return [
    lead,
    ...rest.map(
      (lines) => new Paragraph({ style: NOTAT_STYLE.body, children: linesToRuns(lines) }),
    ),
  ];
}
