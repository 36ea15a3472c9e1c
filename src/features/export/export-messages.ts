import { sentenceCase, terms } from '../../domain/terms';
import type { GraphErrorKind } from '../../graph/errors';
import type { MemoLanguage, MemoPurpose } from '../../memo/memo-settings';
import type { ReviewState } from '../../domain';
import type { Messages } from '../../domain';
import type { MemoFormProblem } from './memo-form';

export type ExportTexts = {
  title: string;
  intro: string;
  recipients: string;
  to: string;
  via: string;
  copyTo: string;
  onePerLine: string;
  from: string;
  caseworker: string;
  date: string;
  datePlaceholder: string;
  caseNumber: string;
  documentNumberHint: (planCaseNumber: string) => string;
  content: string;
  purpose: string;
  purposes: Record<MemoPurpose, string>;
  subject: string;
  introduction: string;
  paragraphsHint: string;
  sectionIntroduction: (section: string) => string;
  closing: string;
  attachmentsAndMarking: string;
  attachments: string;
  attachmentsHint: string;
  includeAppendix: string;
  exempt: string;
  legalBasis: string;
  unreportedTitle: (count: number) => string;
  unreportedLead: (count: number) => string;
  includeUnreported: (count: number) => string;
  allReported: string;
  problems: Record<MemoFormProblem, string>;
  fixProblems: string;
  download: string;
  saveToSharePoint: string;
  close: string;
  reset: string;
  building: string;
  saving: string;
  waiting: (seconds: number) => string;
  downloaded: (fileName: string) => string;
  saved: string;
  openSaved: (fileName: string) => string;
  buildFailed: string;
  saveFailed: string;
  saveProblems: Record<GraphErrorKind | 'unknown', string>;
  keptValues: string;
  nameTakenTitle: string;
  nameTaken: (fileName: string, folder: string) => string;
  replaceFile: string;
  saveAsNew: string;
  cancelSave: string;
  locked: (fileName: string) => string;
  tryAgain: string;
  loading: string;
  language: string;
  languages: Record<MemoLanguage, string>;
  languageHint: string;
  approvedOnly: string;
  approvedCount: (approved: number, total: number) => string;
  leftOutTitle: (count: number) => string;
  leftOutReasons: Record<NotApproved, string>;
  preview: string;
  previewHint: string;
  previewMore: (hidden: number) => string;
  notices: {
    missing: string;
    invalid: string;
    invalidStored: string;
    moved: string;
    olderCopyDropped: string;
    noPlan: string;
    readFailed: string;
  };
  saveStates: {
    pending: string;
    saving: string;
    saved: string;
    browserOnly: string;
    failed: string;
  };
  retrySave: string;
  conflictTitle: string;
  conflictBody: string;
  conflictTheirs: string;
  conflictMine: string;
  takeTheirs: string;
  keepMine: string;
};

/** A review state that keeps a report out of a memo of approved reports only. */
export type NotApproved = Exclude<ReviewState, 'Godkjent'>;

export const exportMessages: Messages<ExportTexts> = {
  nb: {
    title: 'Eksporter notat',
    intro: `Fyll inn notatets hode og tekster. ${sentenceCase(terms.nb.theStatusReports)} fra enhetene settes inn under hver del.`,
    recipients: 'Mottakere og avsender',
    to: 'Til',
    via: 'Via',
    copyTo: 'Kopi til',
    onePerLine: 'Én per linje.',
    from: 'Fra',
    caseworker: sentenceCase(terms.nb.caseOfficer),
    date: 'Dato',
    datePlaceholder: 'dd.mm.åååå',
    caseNumber: 'Saksnr.',
    documentNumberHint: (plan) => `Dokumentnummeret i sak ${plan}, for eksempel 26.`,
    content: 'Innhold',
    purpose: 'Formål',
    purposes: {
      'Til orientering': 'Til orientering',
      'Til beslutning': 'Til beslutning',
      'Til uttalelse': 'Til uttalelse',
    },
    subject: 'Emne',
    introduction: 'Innledning',
    paragraphsHint: 'En tom linje gir nytt avsnitt.',
    sectionIntroduction: (section) => `Innledning til «${section}» (valgfritt)`,
    closing: 'Avslutning',
    attachmentsAndMarking: 'Vedlegg og merking',
    attachments: 'Vedlagt',
    attachmentsHint: 'Ett vedlegg per linje, slik det skal stå etter «Vedlagt».',
    includeAppendix: 'Legg ved oversikt over tiltakene (tabell)',
    exempt: 'Unntatt offentlighet',
    legalBasis: 'Hjemmel',
    // «tiltak» is the same word in the singular and the plural; the sentences around it are not.
    unreportedTitle: (count) => `${count} tiltak mangler ${terms.nb.statusReport}`,
    unreportedLead: (count) =>
      count === 1 ? 'Det gjelder dette tiltaket:' : 'Det gjelder disse tiltakene:',
    includeUnreported: (count) =>
      `Ta ${count === 1 ? 'det' : 'dem'} med i notatet som «Ikke rapportert.»`,
    allReported: `Alle tiltakene har ${terms.nb.statusReport}.`,
    problems: {
      'date-missing': 'Skriv datoen.',
      'date-invalid': 'Skriv datoen som dd.mm.åååå, for eksempel 20.12.2012.',
      'case-number-missing': 'Skriv saksnummeret, for eksempel 11/10298-26.',
      'document-number-invalid': 'Skriv dokumentnummeret som et tall, for eksempel 26.',
      'legal-basis-missing': 'Skriv hjemmelen, for eksempel offl. § 14.',
    },
    fixProblems: 'Rett feltene som er merket, og prøv igjen.',
    download: 'Last ned',
    saveToSharePoint: 'Lagre i SharePoint',
    close: 'Lukk',
    reset: 'Tilbakestill tekstene',
    building: 'Lager notatet …',
    saving: 'Lagrer i SharePoint …',
    waiting: terms.nb.retryingIn,
    downloaded: (fileName) => `Lastet ned «${fileName}».`,
    saved: 'Notatet er lagret i SharePoint.',
    openSaved: (fileName) => `Åpne «${fileName}»`,
    buildFailed: `Notatet kunne ikke lages. Prøv igjen. Skjer det igjen, meld fra om feilen til ${terms.nb.helpDesk}.`,
    saveFailed: 'Notatet ble ikke lagret.',
    saveProblems: {
      forbidden: 'Du har ikke tilgang til å lagre i teamets dokumentbibliotek.',
      unauthorized: terms.nb.signInRefused,
      'not-found': 'Fant ikke dokumentbiblioteket på teamets nettsted.',
      invalid: 'SharePoint godtok ikke filen.',
      throttled: terms.nb.unavailable,
      network: terms.nb.unreachable,
      server: terms.nb.serverError,
      conflict: 'Filen er låst eller ble endret samtidig. Prøv igjen.',
      unknown: 'Noe gikk galt under lagringen. Prøv igjen.',
    },
    keptValues: 'Det du har skrevet, er tatt vare på.',
    nameTakenTitle: 'Det finnes allerede en fil med dette navnet',
    nameTaken: (fileName, folder) =>
      `«${fileName}» ligger allerede i mappen ${folder} i teamets dokumentbibliotek. Vil du erstatte den, eller lagre notatet med et nytt navn? Erstatter du den, tar SharePoint vare på den gamle som en tidligere versjon.`,
    replaceFile: 'Erstatt filen',
    saveAsNew: 'Lagre med nytt navn',
    cancelSave: 'Avbryt',
    locked: (fileName) =>
      `«${fileName}» er åpen i Word eller låst av noen andre, så den kan ikke erstattes nå. Lukk filen i Word og prøv igjen, eller lagre notatet med et nytt navn.`,
    tryAgain: 'Prøv igjen',
    loading: 'Henter notatet for planen …',
    language: 'Målform i notatet',
    languages: { nb: 'Bokmål', nn: 'Nynorsk' },
    languageHint: 'Feltnavn og standardtekster i notatet skrives på valgt målform.',
    approvedOnly: `Ta bare med godkjente ${terms.nb.statusReports}`,
    approvedCount: (approved, total) => `${approved} av ${total} tiltak er godkjent.`,
    leftOutTitle: (count) => `${count} tiltak er ikke med i notatet fordi de ikke er godkjent`,
    leftOutReasons: { 'Ikke vurdert': 'ikke vurdert ennå', Returnert: 'returnert' },
    preview: 'Forhåndsvisning av notatet',
    previewHint: 'Slik blir notatet. Visningen oppdateres mens du skriver.',
    previewMore: (hidden) =>
      `… og ${hidden.toLocaleString('nb-NO')} avsnitt og tabellrader til, som står i filen, men ikke vises her.`,
    notices: {
      missing: 'Planen har ikke noe lagret notat ennå. Notatet starter med standardtekstene.',
      invalid:
        'Notatoppsettet som er lagret på planen, kunne ikke leses. Notatet starter med standardtekstene, og det du skriver nå, lagres på planen.',
      invalidStored: 'Vis det som var lagret',
      moved:
        'Notatet du hadde lagret i denne nettleseren, er flyttet til planen, så alle saksbehandlere ser det.',
      olderCopyDropped:
        'Planen har allerede et notat, og det brukes. En eldre kopi i denne nettleseren er fjernet.',
      noPlan:
        'Planen finnes ikke i planlisten, så notatet lagres bare i denne nettleseren og bare for deg.',
      readFailed:
        'Planlisten kunne ikke leses, så notatet lagres bare i denne nettleseren inntil videre.',
    },
    saveStates: {
      pending: 'Endringer lagres på planen …',
      saving: 'Lagrer på planen …',
      saved: 'Lagret på planen. Alle saksbehandlere for planen ser dette notatet.',
      browserOnly: 'Lagret i denne nettleseren.',
      failed: 'Notatet ble ikke lagret på planen.',
    },
    retrySave: 'Prøv å lagre igjen',
    conflictTitle: 'En annen saksbehandler har lagret notatet',
    conflictBody:
      'Notatet på planen ble endret etter at du åpnet det. Det du har skrevet, er ikke lagret på planen, men tatt vare på her. Velg hvilken versjon som skal gjelde.',
    conflictTheirs: 'Dette er forskjellig på planen',
    conflictMine: 'du har',
    takeTheirs: 'Bruk versjonen på planen',
    keepMine: 'Lagre min versjon over',
  },
  en: {
    title: 'Export memo',
    intro: `Fill in the memo's header and texts. The units' ${terms.en.statusReports} go under each section.`,
    recipients: 'Recipients and sender',
    to: 'To',
    via: 'Via',
    copyTo: 'Copy to',
    onePerLine: 'One per line.',
    from: 'From',
    caseworker: sentenceCase(terms.en.caseOfficer),
    date: 'Date',
    datePlaceholder: 'dd.mm.yyyy',
    caseNumber: 'Case no.',
    documentNumberHint: (plan) => `The document number in case ${plan}, for example 26.`,
    content: 'Content',
    purpose: 'Purpose',
    purposes: {
      'Til orientering': 'For information',
      'Til beslutning': 'For decision',
      'Til uttalelse': 'For comment',
    },
    subject: 'Subject',
    introduction: 'Introduction',
    paragraphsHint: 'An empty line starts a new paragraph.',
    sectionIntroduction: (section) => `Introduction to “${section}” (optional)`,
    closing: 'Closing',
    attachmentsAndMarking: 'Attachments and marking',
    attachments: 'Attached',
    attachmentsHint: 'One attachment per line, as it should read after “Vedlagt”.',
    includeAppendix: 'Attach an overview of the measures (table)',
    exempt: 'Exempt from public access',
    legalBasis: 'Legal basis',
    unreportedTitle: (count) =>
      count === 1
        ? `1 measure has no ${terms.en.statusReport}`
        : `${count} measures have no ${terms.en.statusReport}`,
    unreportedLead: (count) => (count === 1 ? 'This is the measure:' : 'These are the measures:'),
    includeUnreported: (count) =>
      `Include ${count === 1 ? 'it' : 'them'} in the memo as “Ikke rapportert.”`,
    allReported: `Every measure has a ${terms.en.statusReport}.`,
    problems: {
      'date-missing': 'Enter the date.',
      'date-invalid': 'Enter the date as dd.mm.yyyy, for example 20.12.2012.',
      'case-number-missing': 'Enter the case number, for example 11/10298-26.',
      'document-number-invalid': 'Enter the document number as a number, for example 26.',
      'legal-basis-missing': 'Enter the legal basis, for example offl. § 14.',
    },
    fixProblems: 'Correct the marked fields and try again.',
    download: 'Download',
    saveToSharePoint: 'Save to SharePoint',
    close: 'Close',
    reset: 'Reset the texts',
    building: 'Creating the memo …',
    saving: 'Saving to SharePoint …',
    waiting: terms.en.retryingIn,
    downloaded: (fileName) => `Downloaded “${fileName}”.`,
    saved: 'The memo is saved in SharePoint.',
    openSaved: (fileName) => `Open “${fileName}”`,
    buildFailed: `The memo could not be created. Try again. If it happens again, report the error to ${terms.en.helpDesk}.`,
    saveFailed: 'The memo was not saved.',
    saveProblems: {
      forbidden: "You do not have access to save in the team's document library.",
      unauthorized: terms.en.signInRefused,
      'not-found': "The team site's document library was not found.",
      invalid: 'SharePoint did not accept the file.',
      throttled: terms.en.unavailable,
      network: terms.en.unreachable,
      server: terms.en.serverError,
      conflict: 'The file is locked or was changed at the same time. Try again.',
      unknown: 'Something went wrong while saving. Try again.',
    },
    keptValues: 'What you have written is kept.',
    nameTakenTitle: 'A file with this name already exists',
    nameTaken: (fileName, folder) =>
      `“${fileName}” is already in the folder ${folder} of the team's document library. Do you want to replace it, or save the memo under a new name? If you replace it, SharePoint keeps the old one as an earlier version.`,
    replaceFile: 'Replace the file',
    saveAsNew: 'Save under a new name',
    cancelSave: 'Cancel',
    locked: (fileName) =>
      `“${fileName}” is open in Word or locked by someone else, so it cannot be replaced now. Close the file in Word and try again, or save the memo under a new name.`,
    tryAgain: 'Try again',
    loading: "Reading the plan's memo …",
    language: 'Written standard of the memo',
    languages: { nb: 'Bokmål', nn: 'Nynorsk' },
    languageHint: "The memo's field names and default texts are written in the chosen standard.",
    approvedOnly: `Include approved ${terms.en.statusReports} only`,
    approvedCount: (approved, total) => `${approved} of ${total} measures are approved.`,
    leftOutTitle: (count) =>
      count === 1
        ? '1 measure is left out of the memo because it is not approved'
        : `${count} measures are left out of the memo because they are not approved`,
    leftOutReasons: { 'Ikke vurdert': 'not reviewed yet', Returnert: 'returned' },
    preview: 'Memo preview',
    previewHint: 'This is how the memo reads. The preview updates as you type.',
    previewMore: (hidden) =>
      `… and ${hidden.toLocaleString('en-GB')} more paragraphs and table rows, in the file but not shown here.`,
    notices: {
      missing: 'The plan has no memo saved yet. The memo starts from the default texts.',
      invalid:
        'The memo settings saved on the plan could not be read. The memo starts from the default texts, and what you write now is saved on the plan.',
      invalidStored: 'Show what was saved',
      moved: `The memo you had saved in this browser has been moved to the plan, so every ${terms.en.caseOfficer} sees it.`,
      olderCopyDropped:
        'The plan already has a memo, and it is used. An older copy in this browser has been removed.',
      noPlan:
        'The plan is not in the plans list, so the memo is saved only in this browser and only for you.',
      readFailed:
        'The plans list could not be read, so the memo is saved only in this browser for now.',
    },
    saveStates: {
      pending: 'Changes are being saved on the plan …',
      saving: 'Saving on the plan …',
      saved: `Saved on the plan. Every ${terms.en.caseOfficer} of the plan sees this memo.`,
      browserOnly: 'Saved in this browser.',
      failed: 'The memo was not saved on the plan.',
    },
    retrySave: 'Try saving again',
    conflictTitle: `Another ${terms.en.caseOfficer} has saved the memo`,
    conflictBody:
      'The memo on the plan changed after you opened it. What you wrote is not saved on the plan, but kept here. Choose which version applies.',
    conflictTheirs: 'What differs on the plan',
    conflictMine: 'you have',
    takeTheirs: 'Use the version on the plan',
    keepMine: 'Save my version over it',
  },
};
