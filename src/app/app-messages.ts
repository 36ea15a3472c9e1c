import type { Messages } from '../domain';
import type { ThemeChoice } from './preferences';

type AppTexts = {
  appName: string;
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
  youAre: (name: string) => string;
  skipToContent: string;
  reportingFor: string;
  chooseUnit: string;
  chooseUnitTitle: string;
  chooseUnitText: string;
  signIn: string;
  draftsKept: string;
  configProblemsTitle: string;
  configProblemsIntro: (count: number) => string;
  configProblemsAfter: string;
  noSiteTitle: string;
  noSiteText: string;
  noSiteActions: [string, string];
  signInFailedTitle: string;
};

export const appMessages: Messages<AppTexts> = {
  nb: {
    appName: 'Oppfølging',
    planLine: (caseNumber, listTitle) =>
      caseNumber
        ? `Oppfølgingsplan, saksnr. ${caseNumber} · listen «${listTitle}»`
        : `Listen «${listTitle}»`,
    settings: 'Visning',
    theme: 'Tema',
    themeNames: { light: 'Lyst', dark: 'Mørkt', 'high-contrast': 'Høy kontrast' },
    language: 'Språk',
    languageNames: { nb: 'Norsk (bokmål)', en: 'English' },
    exportMemo: 'Eksporter notat',
    demoTitle: 'Demo',
    demoText: 'Fanen kjører på lokale demodata (Graph-emulatoren), uten innlogging.',
    actAs: 'Bruk fanen som',
    caseworker: 'Saksbehandler',
    youAre: (name) => `Du er ${name}.`,
    skipToContent: 'Hopp til tiltakene',
    reportingFor: 'Jeg rapporterer for',
    chooseUnit: 'Velg …',
    chooseUnitTitle: 'Hvem rapporterer du for? ',
    chooseUnitText:
      'Velg enheten din (eller Saksbehandler) én gang, så kan du rapportere på tiltakene dens. Valget huskes i denne nettleseren.',
    signIn: 'Logg på',
    draftsKept: 'Det du har skrevet og ikke lagret, er tatt vare på i denne nettleseren.',
    configProblemsTitle: 'Oppfølging er ikke ferdig satt opp',
    configProblemsIntro: (count) =>
      count === 1
        ? 'Innstillingen under må rettes når appen bygges (i filen .env, se .env.example):'
        : 'Innstillingene under må rettes når appen bygges (i filen .env, se .env.example):',
    configProblemsAfter:
      'Bygg og publiser appen på nytt etterpå. Installasjonsveiledningen i README («Setting up in a Microsoft 365 tenant») forklarer hver verdi.',
    noSiteTitle: 'Fanen vet ikke hvilken SharePoint-liste den skal vise',
    noSiteText: 'Ingen SharePoint-nettsted er valgt for denne fanen. Gjør ett av dette:',
    noSiteActions: [
      'Legg Oppfølging til som fane i en kanal: da brukes teamets eget nettsted, eller det du velger på konfigurasjonssiden.',
      'Eller be IT-administratoren sette VITE_SITE til nettstedets adresse når appen bygges (se .env.example).',
    ],
    signInFailedTitle: 'Kunne ikke logge på',
  },
  en: {
    appName: 'Follow-up',
    planLine: (caseNumber, listTitle) =>
      caseNumber
        ? `Follow-up plan, case ${caseNumber} · list “${listTitle}”`
        : `List “${listTitle}”`,
    settings: 'Display',
    theme: 'Theme',
    themeNames: { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' },
    language: 'Language',
    languageNames: { nb: 'Norsk (bokmål)', en: 'English' },
    exportMemo: 'Export memo',
    demoTitle: 'Demo',
    demoText: 'The tab runs on local demo data (the Graph emulator), without sign-in.',
    actAs: 'Use the tab as',
    caseworker: 'Caseworker',
    youAre: (name) => `You are ${name}.`,
    skipToContent: 'Skip to the measures',
    reportingFor: 'I report for',
    chooseUnit: 'Choose …',
    chooseUnitTitle: 'Whom do you report for? ',
    chooseUnitText:
      'Choose your unit (or Caseworker) once, and you can report on its measures. This browser remembers the choice.',
    signIn: 'Sign in',
    draftsKept: 'What you have typed and not saved is kept in this browser.',
    configProblemsTitle: 'Follow-up is not set up yet',
    configProblemsIntro: (count) =>
      count === 1
        ? 'The setting below must be corrected when the app is built (in the .env file, see .env.example):'
        : 'The settings below must be corrected when the app is built (in the .env file, see .env.example):',
    configProblemsAfter:
      'Then build and publish the app again. The setup guide in the README ("Setting up in a Microsoft 365 tenant") explains each value.',
    noSiteTitle: 'The tab does not know which SharePoint list to show',
    noSiteText: 'No SharePoint site has been chosen for this tab. Do one of these:',
    noSiteActions: [
      "Add Follow-up as a tab in a channel: it then uses the team's own site, or the one you choose on its configuration page.",
      "Or ask your IT administrator to set VITE_SITE to the site's address when the app is built (see .env.example).",
    ],
    signInFailedTitle: 'Could not sign in',
  },
};
