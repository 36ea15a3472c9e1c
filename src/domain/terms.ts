import type { Status } from './status';

/**
 * One name for each thing the user meets, in both UI languages. The message catalogues build
 * their sentences from these, so a term cannot drift from screen to screen; the catalogue test
 * (tests/unit/message-terms.test.ts) checks the words that must not come back.
 *
 * Norwegian follows Språkrådet's klarspråk advice: the everyday word, no abbreviations, verbs
 * before nouns. Inflected forms are spelled out here rather than built, because Norwegian
 * inflection is not regular enough to derive («statusrapporten», «påloggingen»).
 */
export type Terms = {
  /** The app's name in every language and host: what the manifest and the page title say. */
  productName: string;
  /** The button and the imperative: «Logg på». */
  signIn: string;
  /** The noun, definite: «påloggingen» (never «innloggingen»). */
  theSignIn: string;
  /** The noun, indefinite, lower case: «pålogging». */
  signInNoun: string;
  /** A measure whose deadline has passed while it is still open. */
  overdue: string;
  /** The unit's text about a measure: «statusrapport», never just «rapport». */
  statusReport: string;
  theStatusReport: string;
  statusReports: string;
  theStatusReports: string;
  /** The person who collects the reports and writes the memo (saksbehandler). */
  caseOfficer: string;
  /** Someone who reads every measure and reviews the reports (leder). */
  manager: string;
  /** The plan the measures belong to: «oppfølgingsplan», definite «oppfølgingsplanen». */
  followUpPlan: string;
  theFollowUpPlan: string;
  /** One item of the plan: «tiltak» (the same in singular and plural). */
  measure: string;
  measures: string;
  /** A unit asked for input on a measure another unit leads (bidragsyter). */
  contributor: string;
  /** A contributing unit's text about a measure: «innspill». */
  contribution: string;
  /** The Status choices as a user reads them; the list stores the Norwegian ones. */
  statusNames: Record<Status, string>;
  /**
   * A Status as the predicate of a sentence whose subject is "n measures": «er gjennomført»,
   * «pågår». The memo's status summary is built from these.
   */
  statusPredicates: Record<Status, string>;
  /** SharePoint busy (429) or unavailable (503), still after the client's retries: one text everywhere. */
  unavailable: string;
  /** No answer at all: offline, DNS, a proxy. */
  unreachable: string;
  /** Any other 5xx. */
  serverError: string;
  /** Waiting out a throttling answer before the next attempt. */
  retryingIn: (seconds: number) => string;
  retryingNow: string;
  /** The token was refused (401) in the middle of work: the tab signs in again when reloaded. */
  signInRefused: string;
  /** Who to tell about a fault the user cannot fix. */
  helpDesk: string;
  /** A time of day given as `HH:MM`: the ministry writes «kl. 09.12», English «09:12». */
  clockTime: (time: string) => string;
};

export const terms: { nb: Terms; en: Terms } = {
  nb: {
    productName: 'Oppfølging',
    signIn: 'Logg på',
    theSignIn: 'påloggingen',
    signInNoun: 'pålogging',
    overdue: 'over fristen',
    statusReport: 'statusrapport',
    theStatusReport: 'statusrapporten',
    statusReports: 'statusrapporter',
    theStatusReports: 'statusrapportene',
    caseOfficer: 'saksbehandler',
    manager: 'leder',
    followUpPlan: 'oppfølgingsplan',
    theFollowUpPlan: 'oppfølgingsplanen',
    measure: 'tiltak',
    measures: 'tiltak',
    contributor: 'bidragsyter',
    contribution: 'innspill',
    statusNames: {
      'Ikke påbegynt': 'Ikke påbegynt',
      Pågår: 'Pågår',
      Gjennomført: 'Gjennomført',
      'Ikke gjennomført': 'Ikke gjennomført',
      'Ikke aktuelt': 'Ikke aktuelt',
    },
    statusPredicates: {
      'Ikke påbegynt': 'er ikke påbegynt',
      Pågår: 'pågår',
      Gjennomført: 'er gjennomført',
      'Ikke gjennomført': 'er ikke gjennomført',
      'Ikke aktuelt': 'er ikke aktuelt',
    },
    unavailable:
      'SharePoint er opptatt eller utilgjengelig akkurat nå og svarte ikke, heller ikke etter flere forsøk. Prøv igjen om noen minutter.',
    unreachable: 'Får ikke kontakt med SharePoint. Kontroller nettverket og prøv igjen.',
    serverError: 'SharePoint svarte med en feil. Prøv igjen om noen minutter.',
    retryingIn: (seconds) =>
      `SharePoint er opptatt. Prøver igjen om ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'} …`,
    retryingNow: 'SharePoint er opptatt. Prøver igjen nå …',
    signInRefused: 'Påloggingen din ble avvist eller er utløpt. Last inn fanen på nytt.',
    helpDesk: 'IT-brukerstøtten',
    clockTime: (time) => `kl. ${time.replace(':', '.')}`,
  },
  en: {
    productName: 'Oppfølging',
    signIn: 'Sign in',
    theSignIn: 'the sign-in',
    signInNoun: 'sign-in',
    overdue: 'overdue',
    statusReport: 'status report',
    theStatusReport: 'the status report',
    statusReports: 'status reports',
    theStatusReports: 'the status reports',
    caseOfficer: 'case officer',
    manager: 'manager',
    followUpPlan: 'follow-up plan',
    theFollowUpPlan: 'the follow-up plan',
    measure: 'measure',
    measures: 'measures',
    contributor: 'contributor',
    contribution: 'input',
    statusNames: {
      'Ikke påbegynt': 'Not started',
      Pågår: 'In progress',
      Gjennomført: 'Completed',
      'Ikke gjennomført': 'Not completed',
      'Ikke aktuelt': 'Not applicable',
    },
    statusPredicates: {
      'Ikke påbegynt': 'are not started',
      Pågår: 'are in progress',
      Gjennomført: 'are completed',
      'Ikke gjennomført': 'are not completed',
      'Ikke aktuelt': 'are not applicable',
    },
    unavailable:
      'SharePoint is busy or unavailable right now and did not answer, not even after several attempts. Try again in a few minutes.',
    unreachable: 'Cannot reach SharePoint. Check the network and try again.',
    serverError: 'SharePoint answered with an error. Try again in a few minutes.',
    retryingIn: (seconds) =>
      `SharePoint is busy. Trying again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'} …`,
    retryingNow: 'SharePoint is busy. Trying again now …',
    signInRefused: 'Your sign-in was refused or has expired. Reload the tab.',
    helpDesk: 'your IT help desk',
    clockTime: (time) => time,
  },
};

/** The first letter upper case, for a term that starts a sentence or a label («Over fristen»). */
export function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}

/**
 * The language of what the list holds (titles, descriptions, status reports, unit and section
 * names) and of the memo, whatever the UI language: marked on each element that shows it, so a
 * screen reader in the English UI reads it with a Norwegian voice, and spelling checks Norwegian.
 */
export const DATA_LANGUAGE = 'nb';
