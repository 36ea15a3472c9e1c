import type { MemoSettings } from './memo-settings';
import { formatNorwegianDate } from '../domain';
import { NOTAT_TEXTS } from './notat-texts';
import { sanitizeLine } from './sanitize-text';

/** One row of the header block: a label and its value, one paragraph per line of the value. */
export type HeaderRow = { label: string; lines: string[] };

/**
 * The header block's rows in the ministry's order (Til, Via, Kopi til, Fra, Saksbehandler, Dato,
 * Saksnr.), labelled in the memo's written standard, each value sanitized; rows whose value is
 * empty are left out.
 */
export function headerRows(settings: MemoSettings): HeaderRow[] {
  const labels = NOTAT_TEXTS[settings.language].labels;
  const single = (label: string, value: string): HeaderRow => ({
    label,
    lines: [sanitizeLine(value)].filter((line) => line !== ''),
  });
  const date = /^\d{4}-\d{2}-\d{2}/.test(settings.date) ? formatNorwegianDate(settings.date) : '';
  return [
    single(labels.to, settings.to),
    single(labels.via, settings.via),
    {
      label: labels.copyTo,
      lines: settings.copyTo.map(sanitizeLine).filter((line) => line !== ''),
    },
    single(labels.from, settings.from),
    single(labels.caseworker, settings.caseworker),
    single(labels.date, date),
    single(labels.caseNumber, settings.caseNumber),
  ].filter((row) => row.lines.length > 0);
}
