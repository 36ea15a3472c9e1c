import type { Measure, Status } from '../domain';
import { CLOSED_STATUSES, formatNorwegianDate, STATUSES, toCalendarDate } from '../domain';
import { NOTAT_TEXTS, type MemoLanguage, type MemoPurpose, type NotatTexts } from './notat-texts';

export { MEMO_LANGUAGES, MEMO_PURPOSES, type MemoLanguage, type MemoPurpose } from './notat-texts';

/** "Unntatt offentlighet" and the provision it rests on, printed in the header of every page. */
export type MemoExemption = { legalBasis: string };

/**
 * What the caseworker fills in for one notat. Long texts are kept as typed: paragraphs are
 * separated by a blank line and a single line break stays a line break (see sanitize-text.ts).
 */
export type MemoSettings = {
  to: string;
  via: string;
  /** "Kopi til": one recipient per entry, one per line in the memo. */
  copyTo: string[];
  from: string;
  caseworker: string;
  /** Calendar date `yyyy-mm-dd`; printed dd.mm.yyyy. */
  date: string;
  /** The plan's case number with the document number, e.g. `11/10298-26`. */
  caseNumber: string;
  purpose: MemoPurpose;
  subject: string;
  introduction: string;
  /** Text printed under a section heading before its measures, keyed by the measures' Section. */
  sectionIntroductions: Record<string, string>;
  closing: string;
  /** What is attached, each as it follows "Vedlagt", e.g. `IOMs oversikt over oppfølgingen`. */
  attachments: string[];
  /** The overview table (Tiltak · Ansvarlig · Frist · Status) after the memo text. */
  includeAppendix: boolean;
  exemption: MemoExemption | null;
  /** Whether measures without a report get a paragraph ("Ikke rapportert."); the 2012 memo left them out. */
  includeUnreported: boolean;
  /** Only reports a manager or the caseworker approved (ReviewState «Godkjent»); the rest are named in the dialog. */
  approvedOnly: boolean;
  /** The memo's written standard: bokmål, or nynorsk on request. */
  language: MemoLanguage;
};

/** The legal basis most memos of this kind are exempted under (internal documents). */
export const DEFAULT_EXEMPTION_BASIS = 'offl. § 14';

/** The plan's date: when its first measure was created (the seed's items were created 25.08.2011). */
export function planDate(measures: readonly Pick<Measure, 'createdAt'>[]): string | null {
  let earliest: string | null = null;
  for (const { createdAt } of measures) {
    if (createdAt && (earliest === null || createdAt < earliest)) earliest = createdAt;
  }
  return earliest === null ? null : earliest.slice(0, 10);
}

/**
 * "6 tiltak pågår, 5 er gjennomført og 1 er ikke aktuelt": a sentence, not a table row. The
 * statuses that occur, in list order; only the first names the measures.
 */
function describeStatusCounts(
  measures: readonly Pick<Measure, 'status'>[],
  texts: NotatTexts['defaults'],
): string {
  const counts = new Map<Status, number>();
  for (const { status } of measures) counts.set(status, (counts.get(status) ?? 0) + 1);
  const parts = STATUSES.filter((s) => counts.has(s)).map((s, i) => {
    const count = counts.get(s) ?? 0;
    return `${count}${i === 0 ? ' tiltak' : ''} ${texts.statusPredicate(s, count)}`;
  });
  // One part or none: the separator and the fallback below never show (equivalent mutants).
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${texts.and} ${parts.at(-1) ?? ''}`;
}

/**
 * A first draft of the memo, written from the plan, modelled on the memo of 20.12.2012
 * that reported on the IOM plan of 25.08.2011. The caseworker edits every field.
 */
export function defaultMemoSettings(input: {
  /** The plan's CaseNumber, e.g. `11/10298`; the caseworker adds the document number. */
  caseNumber: string;
  measures: readonly Pick<Measure, 'createdAt' | 'status' | 'statusReport'>[];
  userName: string;
  today: Date;
  /** The memo's written standard; bokmål unless the caseworker asks for nynorsk. */
  language?: MemoLanguage;
  /** The plan's date as the plans list holds it; without one, when its first measure was made. */
  planDate?: string | null;
}): MemoSettings {
  const { caseNumber, measures, userName, today, language = 'nb' } = input;
  const texts = NOTAT_TEXTS[language].defaults;
  const created = input.planDate ?? planDate(measures);
  const plan = texts.plan(created ? formatNorwegianDate(created) : null);
  const caseReference = caseNumber.trim() === '' ? '' : texts.caseReference(caseNumber.trim());
  const todayText = formatNorwegianDate(toCalendarDate(today));
  const open = measures.filter((m) => !CLOSED_STATUSES.includes(m.status));

  const introduction = [
    texts.introduction(plan, caseReference),
    measures.length === 0
      ? ''
      : texts.measureCount(measures.length, todayText, describeStatusCounts(measures, texts)),
  ]
    .filter((p) => p !== '')
    .join('\n\n');

  const closing = measures.length === 0 ? '' : open.length === 0 ? texts.allClosed : texts.someOpen;

  return {
    to: '',
    via: '',
    copyTo: [],
    from: '',
    caseworker: userName,
    date: toCalendarDate(today),
    caseNumber: caseNumber.trim(),
    purpose: 'Til orientering',
    subject: texts.subject(plan),
    introduction,
    sectionIntroductions: {},
    closing,
    attachments: [],
    includeAppendix: false,
    exemption: null,
    includeUnreported: false,
    approvedOnly: false,
    language,
  };
}
