import type { Messages } from '../features/i18n';
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
  },
};
