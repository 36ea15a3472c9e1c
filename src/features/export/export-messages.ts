import { sentenceCase, terms } from '../../domain/terms';
import type { GraphErrorKind } from '../../graph/errors';
import type { MemoPurpose } from '../../memo/memo-settings';
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
};

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
  },
};
