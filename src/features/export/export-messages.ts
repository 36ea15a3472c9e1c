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
  unreportedLead: string;
  includeUnreported: string;
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
};

export const exportMessages: Messages<ExportTexts> = {
  nb: {
    title: 'Eksporter notat',
    intro: 'Fyll inn notatets hode og tekster. Rapportene fra enhetene settes inn under hver del.',
    recipients: 'Mottakere og avsender',
    to: 'Til',
    via: 'Via',
    copyTo: 'Kopi til',
    onePerLine: 'Én per linje.',
    from: 'Fra',
    caseworker: 'Saksbehandler',
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
    unreportedTitle: (count) =>
      count === 1 ? '1 tiltak mangler rapport' : `${count} tiltak mangler rapport`,
    unreportedLead: 'Disse tiltakene har ingen statusrapport:',
    includeUnreported: 'Ta dem med i notatet som «Ikke rapportert.»',
    allReported: 'Alle tiltakene har rapport.',
    problems: {
      'date-missing': 'Skriv datoen.',
      'date-invalid': 'Skriv datoen som dd.mm.åååå, for eksempel 20.12.2012.',
      'case-number-missing': 'Skriv saksnummeret, for eksempel 11/10298-26.',
      'document-number-invalid': 'Dokumentnummeret er et tall, for eksempel 26.',
      'legal-basis-missing': 'Skriv hjemmelen, for eksempel offl. § 14.',
    },
    fixProblems: 'Rett feltene som er merket, og prøv igjen.',
    download: 'Last ned',
    saveToSharePoint: 'Lagre i SharePoint',
    close: 'Lukk',
    reset: 'Tilbakestill tekstene',
    building: 'Lager notatet …',
    saving: 'Lagrer i SharePoint …',
    waiting: (seconds) => `SharePoint er opptatt. Prøver igjen om ${seconds} s …`,
    downloaded: (fileName) => `Lastet ned «${fileName}».`,
    saved: 'Notatet er lagret i SharePoint.',
    openSaved: (fileName) => `Åpne «${fileName}»`,
    buildFailed: 'Notatet kunne ikke lages. Prøv igjen; skjer det igjen, meld fra om feilen.',
    saveFailed: 'Notatet ble ikke lagret.',
    saveProblems: {
      forbidden: 'Du har ikke tilgang til å lagre i teamets dokumentbibliotek.',
      unauthorized: 'Innloggingen din ble avvist eller er utløpt. Last inn fanen på nytt.',
      'not-found': 'Fant ikke dokumentbiblioteket på teamets område.',
      invalid: 'SharePoint godtok ikke filen.',
      throttled:
        'SharePoint er overbelastet og svarte ikke etter flere forsøk. Prøv igjen om litt.',
      network: 'Får ikke kontakt med SharePoint. Sjekk nettverket og prøv igjen.',
      server: 'SharePoint svarte med en feil. Prøv igjen om litt.',
      conflict: 'Filen er låst eller ble endret samtidig. Prøv igjen.',
      unknown: 'Noe gikk galt under lagringen. Prøv igjen.',
    },
    keptValues: 'Det du har skrevet, er tatt vare på.',
  },
  en: {
    title: 'Export memo',
    intro: "Fill in the memo's header and texts. The units' reports go under each section.",
    recipients: 'Recipients and sender',
    to: 'To',
    via: 'Via',
    copyTo: 'Copy to',
    onePerLine: 'One per line.',
    from: 'From',
    caseworker: 'Case officer',
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
      count === 1 ? '1 measure has no report' : `${count} measures have no report`,
    unreportedLead: 'These measures have no status report:',
    includeUnreported: 'Include them in the memo as “Ikke rapportert.”',
    allReported: 'Every measure has a report.',
    problems: {
      'date-missing': 'Enter the date.',
      'date-invalid': 'Enter the date as dd.mm.yyyy, for example 20.12.2012.',
      'case-number-missing': 'Enter the case number, for example 11/10298-26.',
      'document-number-invalid': 'The document number is a number, for example 26.',
      'legal-basis-missing': 'Enter the legal basis, for example offl. § 14.',
    },
    fixProblems: 'Correct the marked fields and try again.',
    download: 'Download',
    saveToSharePoint: 'Save to SharePoint',
    close: 'Close',
    reset: 'Reset the texts',
    building: 'Creating the memo …',
    saving: 'Saving to SharePoint …',
    waiting: (seconds) => `SharePoint is busy. Trying again in ${seconds} s …`,
    downloaded: (fileName) => `Downloaded “${fileName}”.`,
    saved: 'The memo is saved in SharePoint.',
    openSaved: (fileName) => `Open “${fileName}”`,
    buildFailed: 'The memo could not be created. Try again; if it happens again, report the error.',
    saveFailed: 'The memo was not saved.',
    saveProblems: {
      forbidden: "You do not have access to save in the team's document library.",
      unauthorized: 'Your sign-in was refused or has expired. Reload the tab.',
      'not-found': "The team site's document library was not found.",
      invalid: 'SharePoint did not accept the file.',
      throttled: 'SharePoint is busy and did not answer after several attempts. Try again shortly.',
      network: 'Cannot reach SharePoint. Check the network and try again.',
      server: 'SharePoint answered with an error. Try again shortly.',
      conflict: 'The file is locked or was changed at the same time. Try again.',
      unknown: 'Something went wrong while saving. Try again.',
    },
    keptValues: 'What you have written is kept.',
  },
};
