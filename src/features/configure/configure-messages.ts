import { sentenceCase, terms } from '../../domain/terms';
import type { GraphErrorKind } from '../../graph/errors';
import type { ListLocationChoice } from '../../platform';
import type { Messages } from '../../domain';

export type ConfigureTexts = {
  title: string;
  intro: string;
  source: Record<ListLocationChoice['source'], string>;
  loading: string;
  site: string;
  siteHint: string;
  siteInvalid: string;
  list: string;
  listHint: string;
  listMissingName: string;
  plan: string;
  planHint: string;
  check: string;
  checking: string;
  ok: (list: string) => string;
  okInTeams: string;
  okStandalone: string;
  openTab: string;
  unchecked: string;
  siteMissing: (site: string) => string;
  siteMissingAction: string;
  listMissing: (list: string) => string;
  listMissingAction: string;
  create: string;
  creating: (list: string) => string;
  created: (list: string) => string;
  createdColumns: (columns: string) => string;
  createdIndexes: (columns: string) => string;
  completed: (list: string) => string;
  conflicting: (columns: string) => string;
  /** Offered once the measures list is reached: makes or completes all three lists again. */
  completeLists: string;
  completeListsHint: string;
  companionsMissing: (lists: readonly string[]) => string;
  companionsMissingAction: string;
  addMissingLists: string;
  /** One line per list after provisioning. */
  listUnchanged: (list: string) => string;
  forbidden: (list: string) => string;
  forbiddenAction: string;
  createForbidden: string;
  createFailed: string;
  checkFailed: string;
  problems: Record<Exclude<GraphErrorKind, 'forbidden' | 'conflict'>, string>;
};

export const configureMessages: Messages<ConfigureTexts> = {
  nb: {
    title: 'Velg listen fanen skal vise',
    intro: `${terms.nb.productName} viser tiltakene i en SharePoint-liste. Alle i kanalen ser den samme listen.`,
    source: {
      tab: 'Forslaget er listen fanen allerede bruker.',
      'team-site': 'Forslaget er teamets eget SharePoint-nettsted.',
      config: 'Forslaget er nettstedet fra appens oppsett (VITE_SITE).',
      demo: 'Demo: listen ligger i den lokale Graph-emulatoren.',
      none: 'Skriv inn nettstedet der listen ligger eller skal ligge.',
    },
    loading: 'Henter innstillingene …',
    site: 'SharePoint-nettsted',
    siteHint: 'Adressen til nettstedet, for eksempel https://contoso.sharepoint.com/sites/hum',
    siteInvalid:
      'Dette er ikke en SharePoint-adresse. Lim inn adressen fra nettleseren, for eksempel https://contoso.sharepoint.com/sites/hum.',
    list: 'Liste',
    listHint: 'Listens navn slik SharePoint viser det',
    listMissingName: 'Skriv listens navn.',
    plan: 'Saksnummer (valgfritt)',
    planHint:
      'Bare for én oppfølgingsplan i listen, for eksempel 11/10298. Står feltet tomt, velger brukerne blant planene i listen.',
    check: 'Kontroller tilgang',
    checking: 'Kontrollerer tilgangen …',
    ok: (list) => `Du har tilgang til listen «${list}».`,
    okInTeams: 'Trykk «Lagre» for å bruke den i fanen.',
    okStandalone: 'Åpne fanen med denne listen:',
    openTab: `Åpne ${terms.nb.productName}`,
    unchecked: 'Kontroller tilgangen før du lagrer.',
    siteMissing: (site) => `Fant ikke nettstedet «${site}».`,
    siteMissingAction: 'Kontroller adressen, og at du er medlem av nettstedet.',
    listMissing: (list) => `Listen «${list}» finnes ikke på nettstedet.`,
    listMissingAction: `Opprett den med alle kolonnene ${terms.nb.productName} trenger, eller skriv navnet på en liste som finnes.`,
    create: 'Opprett listen',
    creating: (list) => `Oppretter listen «${list}» …`,
    created: (list) => `Listen «${list}» er opprettet.`,
    createdColumns: (columns) => `Kolonner: ${columns}.`,
    createdIndexes: (columns) => `Indeksert: ${columns}.`,
    completed: (list) => `Kolonnene som manglet, er lagt til i listen «${list}».`,
    completeLists: 'Opprett eller fullfør listene',
    completeListsHint:
      'Lager listene for planer og innspill ved siden av tiltakslisten, og legger til kolonner som mangler. Ingenting slettes.',
    listUnchanged: (list) => `Listen «${list}» har alt den trenger.`,
    companionsMissing: (lists) =>
      `Nettstedet mangler ${lists.length === 1 ? 'listen' : 'listene'} ${lists.map((l) => `«${l}»`).join(' og ')}.`,
    companionsMissingAction: `Nettstedet ble satt opp før ${terms.nb.productName} fikk dem. Fanen virker med det den kan lese, men ikke alt virker uten dem: notatet lagres for eksempel bare i denne nettleseren. Legg dem til ved siden av tiltakslisten; ingenting annet endres.`,
    addMissingLists: 'Legg til listene som mangler',
    conflicting: (columns) =>
      `Disse kolonnene finnes med en annen type og er ikke endret: ${columns}. Be eieren av listen se på dem.`,
    forbidden: (list) => `Du har ikke tilgang til listen «${list}».`,
    forbiddenAction: 'Be eieren av nettstedet om tilgang, eller velg en annen liste.',
    createForbidden:
      'Du har ikke rettigheter til å opprette lister på nettstedet. Be en eier av nettstedet opprette listen (se installasjonsveiledningen).',
    createFailed: 'Kunne ikke opprette listen.',
    checkFailed: 'Kunne ikke kontrollere tilgangen.',
    problems: {
      'not-found': 'Fant ikke nettstedet eller listen. Kontroller adressen og listenavnet.',
      unauthorized: `${sentenceCase(terms.nb.theSignIn)} ble avvist eller mangler en tillatelse. ${terms.nb.signIn} og prøv igjen.`,
      invalid: 'SharePoint godtok ikke forespørselen.',
      throttled: terms.nb.unavailable,
      network: terms.nb.unreachable,
      server: terms.nb.serverError,
    },
  },
  en: {
    title: 'Choose the list this tab shows',
    intro: `${terms.en.productName} shows the measures of a SharePoint list. Everyone in the channel sees the same list.`,
    source: {
      tab: 'Suggested: the list this tab already uses.',
      'team-site': "Suggested: the team's own SharePoint site.",
      config: "Suggested: the site from the app's setup (VITE_SITE).",
      demo: 'Demo: the list is in the local Graph emulator.',
      none: 'Enter the site where the list is, or is to be.',
    },
    loading: 'Reading the settings …',
    site: 'SharePoint site',
    siteHint: "The site's address, for example https://contoso.sharepoint.com/sites/hum",
    siteInvalid:
      'This is not a SharePoint address. Paste the address from the browser, for example https://contoso.sharepoint.com/sites/hum.',
    list: 'List',
    listHint: "The list's name as SharePoint shows it",
    listMissingName: "Enter the list's name.",
    plan: 'Case number (optional)',
    planHint:
      'Only for one follow-up plan of the list, for example 11/10298. Left empty, users choose among the plans in the list.',
    check: 'Check access',
    checking: 'Checking access …',
    ok: (list) => `You have access to the list “${list}”.`,
    okInTeams: 'Press “Save” to use it in the tab.',
    okStandalone: 'Open the tab with this list:',
    openTab: `Open ${terms.en.productName}`,
    unchecked: 'Check access before you save.',
    siteMissing: (site) => `The site “${site}” was not found.`,
    siteMissingAction: 'Check the address, and that you are a member of the site.',
    listMissing: (list) => `The list “${list}” does not exist on the site.`,
    listMissingAction: `Create it with every column ${terms.en.productName} needs, or enter the name of a list that exists.`,
    create: 'Create the list',
    creating: (list) => `Creating the list “${list}” …`,
    created: (list) => `The list “${list}” has been created.`,
    createdColumns: (columns) => `Columns: ${columns}.`,
    createdIndexes: (columns) => `Indexed: ${columns}.`,
    completed: (list) => `The missing columns have been added to the list “${list}”.`,
    completeLists: 'Create or complete the lists',
    completeListsHint:
      'Makes the lists of plans and contributions beside the measures list, and adds any missing columns. Nothing is deleted.',
    listUnchanged: (list) => `The list “${list}” has everything it needs.`,
    companionsMissing: (lists) =>
      `The site has no ${lists.length === 1 ? 'list' : 'lists'} ${lists.map((l) => `“${l}”`).join(' and ')}.`,
    companionsMissingAction: `The site was set up before ${terms.en.productName} had them. The tab works with what it can read, but not everything works without them: the memo, for one, is kept in this browser only. Add them beside the measures list; nothing else changes.`,
    addMissingLists: 'Add the missing lists',
    conflicting: (columns) =>
      `These columns exist with another type and were left as they are: ${columns}. Ask the list's owner to look at them.`,
    forbidden: (list) => `You do not have access to the list “${list}”.`,
    forbiddenAction: "Ask the site's owner for access, or choose another list.",
    createForbidden:
      "You may not create lists on this site. Ask one of the site's owners to create the list (see the setup guide).",
    createFailed: 'The list could not be created.',
    checkFailed: 'Access could not be checked.',
    problems: {
      'not-found': 'The site or the list was not found. Check the address and the list name.',
      unauthorized: `${sentenceCase(terms.en.theSignIn)} was refused or lacks a permission. ${terms.en.signIn} and try again.`,
      invalid: 'SharePoint did not accept the request.',
      throttled: terms.en.unavailable,
      network: terms.en.unreachable,
      server: terms.en.serverError,
    },
  },
};
