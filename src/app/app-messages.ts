import type { Messages } from '../domain';
import { sentenceCase, terms } from '../domain/terms';
import type { ThemeChoice } from './preferences';

/** What the page shows, for its title (browser tab, window list, a screen reader's first words). */
export type PageView =
  | 'plan'
  | 'export'
  | 'configure'
  | 'config-problems'
  | 'no-site'
  | 'sign-in-failed'
  | 'host-not-answering'
  | 'load-failed';

type AppTexts = {
  appName: string;
  pageTitle: (view: PageView) => string;
  planLine: (caseNumber: string | null, listTitle: string) => string;
  settings: string;
  theme: string;
  themeNames: Record<ThemeChoice, string>;
  language: string;
  languageNames: { nb: string; en: string };
  exportMemo: string;
  demoTitle: string;
  demoText: string;
  actAs: string;
  caseworker: string;
  manager: string;
  youAre: (name: string) => string;
  skipToContent: string;
  reportingFor: string;
  chooseUnit: string;
  chooseUnitTitle: string;
  chooseUnitText: string;
  signIn: string;
  signOut: string;
  draftsKept: string;
  configProblemsTitle: string;
  configProblemsIntro: (count: number) => string;
  configProblemsAfter: string;
  noSiteTitle: string;
  noSiteText: string;
  noSiteActions: [string, string];
  signInFailedTitle: string;
  hostSlowTitle: string;
  hostSlowText: string;
  hostUnreachableTitle: string;
  hostUnreachableText: string;
  openInBrowser: string;
  openInBrowserHint: string;
  loadFailedTitle: string;
  loadFailedText: string;
  reload: string;
};

export const appMessages: Messages<AppTexts> = {
  nb: {
    appName: terms.nb.productName,
    pageTitle: (view) =>
      `${terms.nb.productName} – ${
        {
          plan: 'Tiltak',
          export: 'Eksporter notat',
          configure: 'Velg liste',
          'config-problems': 'Ikke ferdig satt opp',
          'no-site': 'Ingen liste valgt',
          'sign-in-failed': 'Kunne ikke logge på',
          'host-not-answering': 'Teams svarer ikke',
          'load-failed': 'Kunne ikke laste fanen',
        }[view]
      }`,
    planLine: (caseNumber, listTitle) =>
      caseNumber
        ? `Oppfølgingsplan, saksnummer ${caseNumber} · listen «${listTitle}»`
        : `Listen «${listTitle}»`,
    settings: 'Visning',
    theme: 'Tema',
    themeNames: { light: 'Lyst', dark: 'Mørkt', 'high-contrast': 'Høy kontrast' },
    language: 'Språk',
    languageNames: { nb: 'Norsk (bokmål)', en: 'English' },
    exportMemo: 'Eksporter notat',
    demoTitle: 'Demo',
    demoText: `Fanen bruker lokale demodata (Graph-emulatoren) og krever ikke ${terms.nb.signInNoun}.`,
    actAs: 'Bruk fanen som',
    caseworker: sentenceCase(terms.nb.caseOfficer),
    manager: sentenceCase(terms.nb.manager),
    youAre: (name) => `Du er ${name}.`,
    skipToContent: 'Hopp til tiltakene',
    reportingFor: 'Jeg rapporterer for',
    chooseUnit: 'Velg …',
    chooseUnitTitle: 'Hvem rapporterer du for? ',
    chooseUnitText: `Velg enheten din (eller ${sentenceCase(terms.nb.caseOfficer)}) én gang, så kan du rapportere på tiltakene dens. Valget huskes i denne nettleseren.`,
    signIn: terms.nb.signIn,
    signOut: 'Logg av',
    draftsKept: 'Det du har skrevet og ikke lagret, er tatt vare på i denne nettleseren.',
    configProblemsTitle: `${terms.nb.productName} er ikke ferdig satt opp`,
    configProblemsIntro: (count) =>
      count === 1
        ? 'Innstillingen under må rettes når appen bygges (i filen .env, se .env.example):'
        : 'Innstillingene under må rettes når appen bygges (i filen .env, se .env.example):',
    configProblemsAfter:
      'Bygg og publiser appen på nytt etterpå. Installasjonsveiledningen i README («Setting up in a Microsoft 365 tenant») forklarer hver verdi.',
    noSiteTitle: 'Fanen vet ikke hvilken SharePoint-liste den skal vise',
    noSiteText: 'Det er ikke valgt noe SharePoint-nettsted for denne fanen. Gjør ett av dette:',
    noSiteActions: [
      `Legg ${terms.nb.productName} til som fane i en kanal. Da brukes teamets eget nettsted, eller det du velger på konfigurasjonssiden.`,
      'Eller be IT-administratoren sette VITE_SITE til nettstedets adresse når appen bygges (se .env.example).',
    ],
    signInFailedTitle: 'Kunne ikke logge på',
    hostSlowTitle: 'Teams svarer ikke',
    hostSlowText: `${terms.nb.productName} venter på svar fra Teams (eller Outlook eller Microsoft 365-appen) og fortsetter av seg selv når det kommer. Du kan også åpne fanen i nettleseren.`,
    hostUnreachableTitle: 'Fikk ikke kontakt med Teams',
    hostUnreachableText: `${terms.nb.productName} fikk ikke svar fra programmet den vises i, og kan ikke kjøre her. Åpne fanen i nettleseren, eller last inn fanen på nytt.`,
    openInBrowser: `Åpne ${terms.nb.productName} i nettleseren`,
    openInBrowserHint: '(åpnes i et nytt vindu)',
    loadFailedTitle: 'Kunne ikke laste fanen',
    loadFailedText: `En del av ${terms.nb.productName} kom ikke fram, kanskje fordi nettverket falt ut. Last inn siden på nytt.`,
    reload: 'Last inn på nytt',
  },
  en: {
    appName: terms.en.productName,
    pageTitle: (view) =>
      `${terms.en.productName} – ${
        {
          plan: 'Measures',
          export: 'Export memo',
          configure: 'Choose a list',
          'config-problems': 'Not set up yet',
          'no-site': 'No list chosen',
          'sign-in-failed': 'Could not sign in',
          'host-not-answering': 'Teams is not answering',
          'load-failed': 'Could not load the tab',
        }[view]
      }`,
    planLine: (caseNumber, listTitle) =>
      caseNumber
        ? `Follow-up plan, case number ${caseNumber} · list “${listTitle}”`
        : `List “${listTitle}”`,
    settings: 'Display',
    theme: 'Theme',
    themeNames: { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' },
    language: 'Language',
    languageNames: { nb: 'Norsk (bokmål)', en: 'English' },
    exportMemo: 'Export memo',
    demoTitle: 'Demo',
    demoText: `The tab uses local demo data (the Graph emulator) and needs no ${terms.en.signInNoun}.`,
    actAs: 'Use the tab as',
    caseworker: sentenceCase(terms.en.caseOfficer),
    manager: sentenceCase(terms.en.manager),
    youAre: (name) => `You are ${name}.`,
    skipToContent: 'Skip to the measures',
    reportingFor: 'I report for',
    chooseUnit: 'Choose …',
    chooseUnitTitle: 'Whom do you report for? ',
    chooseUnitText: `Choose your unit (or ${sentenceCase(terms.en.caseOfficer)}) once, and you can report on its measures. This browser remembers the choice.`,
    signIn: terms.en.signIn,
    signOut: 'Sign out',
    draftsKept: 'What you have typed and not saved is kept in this browser.',
    configProblemsTitle: `${terms.en.productName} is not set up yet`,
    configProblemsIntro: (count) =>
      count === 1
        ? 'The setting below must be corrected when the app is built (in the .env file, see .env.example):'
        : 'The settings below must be corrected when the app is built (in the .env file, see .env.example):',
    configProblemsAfter:
      'Then build and publish the app again. The setup guide in the README ("Setting up in a Microsoft 365 tenant") explains each value.',
    noSiteTitle: 'The tab does not know which SharePoint list to show',
    noSiteText: 'No SharePoint site has been chosen for this tab. Do one of these:',
    noSiteActions: [
      `Add ${terms.en.productName} as a tab in a channel. It then uses the team's own site, or the one you choose on its configuration page.`,
      "Or ask your IT administrator to set VITE_SITE to the site's address when the app is built (see .env.example).",
    ],
    signInFailedTitle: 'Could not sign in',
    hostSlowTitle: 'Teams is not answering',
    hostSlowText: `${terms.en.productName} is waiting for Teams (or Outlook, or the Microsoft 365 app) to answer, and goes on by itself when it does. You can also open the tab in the browser.`,
    hostUnreachableTitle: 'Could not reach Teams',
    hostUnreachableText: `${terms.en.productName} got no answer from the app it is shown in, and cannot run here. Open the tab in the browser, or reload the tab.`,
    openInBrowser: `Open ${terms.en.productName} in the browser`,
    openInBrowserHint: '(opens in a new window)',
    loadFailedTitle: 'Could not load the tab',
    loadFailedText: `Part of ${terms.en.productName} did not arrive, perhaps because the network dropped. Reload the page.`,
    reload: 'Reload',
  },
};
