import type { Status } from '../domain';
import { terms } from '../domain/terms';

// What the memo itself says, in the written standard the caseworker chose for it: bokmål, or
// nynorsk on request (a ministry answers in the standard it is written to, and some units write
// nynorsk). These are the memo's words, not the tab's: the tab's own texts stay bokmål/English.

/** The written standards a memo can be in. */
export const MEMO_LANGUAGES = ['nb', 'nn'] as const;
export type MemoLanguage = (typeof MEMO_LANGUAGES)[number];

export const MEMO_PURPOSES = ['Til orientering', 'Til beslutning', 'Til uttalelse'] as const;
/** The purpose as stored (the bokmål words); printed in the memo's standard. */
export type MemoPurpose = (typeof MEMO_PURPOSES)[number];

export type NotatTexts = {
  /** The document language (`w:lang`), for spell checking and screen readers. */
  documentLanguage: 'nb-NO' | 'nn-NO';
  title: string;
  labels: {
    to: string;
    via: string;
    copyTo: string;
    from: string;
    caseworker: string;
    date: string;
    caseNumber: string;
  };
  purposes: Record<MemoPurpose, string>;
  /** What a measure without a report says when the caseworker includes it. */
  unreported: string;
  /** "Vedlagt" before one attachment, "Vedlagt:" before a list. */
  attached: string;
  appendixHeading: string;
  appendixColumns: readonly [string, string, string, string];
  /** The status as the appendix table prints it. */
  statuses: Record<Status, string>;
  exempt: string;
  /** "Side " … " av " … around the page fields of the footer. */
  page: readonly [string, string];
  /** The document property "description": "Saksnr. 11/10298-26". */
  caseNumberDescription: (caseNumber: string) => string;
  defaults: {
    plan: (date: string | null) => string;
    caseReference: (caseNumber: string) => string;
    introduction: (plan: string, caseReference: string) => string;
    measureCount: (count: number, today: string, statusCounts: string) => string;
    /** "6 tiltak pågår": the verb phrase after the count, which agrees with it in nynorsk. */
    statusPredicate: (status: Status, count: number) => string;
    and: string;
    subject: (plan: string) => string;
    allClosed: string;
    someOpen: string;
  };
};

// Nynorsk participles of weak verbs agree with a plural subject ("tiltaka er gjennomførte");
// "påbyrja" (an a-verb) does not; "aktuell" is an adjective and agrees like one.
const NYNORSK_PREDICATES: Record<Status, readonly [one: string, several: string]> = {
  'Ikke påbegynt': ['er ikkje påbyrja', 'er ikkje påbyrja'],
  Pågår: ['pågår', 'pågår'],
  Gjennomført: ['er gjennomført', 'er gjennomførte'],
  'Ikke gjennomført': ['er ikkje gjennomført', 'er ikkje gjennomførte'],
  'Ikke aktuelt': ['er ikkje aktuelt', 'er ikkje aktuelle'],
};

export const NOTAT_TEXTS: Record<MemoLanguage, NotatTexts> = {
  nb: {
    documentLanguage: 'nb-NO',
    title: 'Notat',
    labels: {
      to: 'Til:',
      via: 'Via:',
      copyTo: 'Kopi til:',
      from: 'Fra:',
      caseworker: 'Saksbehandler:',
      date: 'Dato:',
      caseNumber: 'Saksnr.:',
    },
    purposes: {
      'Til orientering': 'Til orientering',
      'Til beslutning': 'Til beslutning',
      'Til uttalelse': 'Til uttalelse',
    },
    unreported: 'Ikke rapportert.',
    attached: 'Vedlagt',
    appendixHeading: 'Vedlegg: Oversikt over tiltakene',
    appendixColumns: ['Tiltak', 'Ansvarlig', 'Frist', 'Status'],
    statuses: {
      'Ikke påbegynt': 'Ikke påbegynt',
      Pågår: 'Pågår',
      Gjennomført: 'Gjennomført',
      'Ikke gjennomført': 'Ikke gjennomført',
      'Ikke aktuelt': 'Ikke aktuelt',
    },
    exempt: 'Unntatt offentlighet',
    page: ['Side ', ' av '],
    caseNumberDescription: (caseNumber) => `Saksnr. ${caseNumber}`,
    defaults: {
      plan: (date) => (date ? `oppfølgingsplanen av ${date}` : 'oppfølgingsplanen'),
      caseReference: (caseNumber) => ` (sak ${caseNumber})`,
      introduction: (plan, caseReference) =>
        `Det vises til ${plan}${caseReference}. I henhold til Norads instruks for ` +
        'evalueringsvirksomheten i norsk bistandsforvaltning skal den saksansvarlige enheten ' +
        'rapportere om hvilke tiltak som er iverksatt for å følge opp beslutningene i forbindelse ' +
        'med evalueringen. Nedenfor følger en oppsummering av oppfølgingen av de enkelte punktene ' +
        'i oppfølgingsplanen.',
      measureCount: (count, today, statusCounts) =>
        `Planen har ${count} tiltak. Status per ${today}: ${statusCounts}.`,
      statusPredicate: (status) => terms.nb.statusPredicates[status],
      and: 'og',
      subject: (plan) => `Rapportering på ${plan}`,
      allClosed: 'Alle tiltakene i oppfølgingsplanen er dermed avsluttet.',
      someOpen:
        'Tiltakene som ikke er avsluttet, følges opp videre og tas med i neste rapportering.',
    },
  },
  nn: {
    documentLanguage: 'nn-NO',
    title: 'Notat',
    labels: {
      to: 'Til:',
      via: 'Via:',
      copyTo: 'Kopi til:',
      from: 'Frå:',
      caseworker: 'Saksbehandlar:',
      date: 'Dato:',
      caseNumber: 'Saksnr.:',
    },
    purposes: {
      'Til orientering': 'Til orientering',
      'Til beslutning': 'Til avgjerd',
      'Til uttalelse': 'Til fråsegn',
    },
    unreported: 'Ikkje rapportert.',
    attached: 'Vedlagt',
    appendixHeading: 'Vedlegg: Oversikt over tiltaka',
    appendixColumns: ['Tiltak', 'Ansvarleg', 'Frist', 'Status'],
    statuses: {
      'Ikke påbegynt': 'Ikkje påbyrja',
      Pågår: 'Pågår',
      Gjennomført: 'Gjennomført',
      'Ikke gjennomført': 'Ikkje gjennomført',
      'Ikke aktuelt': 'Ikkje aktuelt',
    },
    exempt: 'Unnateke offentlegheit',
    page: ['Side ', ' av '],
    caseNumberDescription: (caseNumber) => `Saksnr. ${caseNumber}`,
    defaults: {
      plan: (date) => (date ? `oppfølgingsplanen av ${date}` : 'oppfølgingsplanen'),
      caseReference: (caseNumber) => ` (sak ${caseNumber})`,
      introduction: (plan, caseReference) =>
        `Det blir vist til ${plan}${caseReference}. I samsvar med Norads instruks for ` +
        'evalueringsverksemda i norsk bistandsforvaltning skal den saksansvarlege eininga ' +
        'rapportere om kva tiltak som er sette i verk for å følgje opp avgjerdene i samband ' +
        'med evalueringa. Nedanfor følgjer ei oppsummering av oppfølginga av dei einskilde ' +
        'punkta i oppfølgingsplanen.',
      measureCount: (count, today, statusCounts) =>
        `Planen har ${count} tiltak. Status per ${today}: ${statusCounts}.`,
      statusPredicate: (status, count) => NYNORSK_PREDICATES[status][count === 1 ? 0 : 1],
      and: 'og',
      subject: (plan) => `Rapportering på ${plan}`,
      allClosed: 'Alle tiltaka i oppfølgingsplanen er dermed avslutta.',
      someOpen:
        'Tiltaka som ikkje er avslutta, blir følgde opp vidare og tekne med i neste rapportering.',
    },
  },
};

export function isMemoLanguage(value: unknown): value is MemoLanguage {
  return value === 'nb' || value === 'nn';
}
