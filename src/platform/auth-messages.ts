import type { Messages } from '../domain';
import { sentenceCase, terms } from '../domain/terms';
import type { AuthError, AuthErrorKind } from './auth-error';

/** What to tell the user: what happened, and what to do about it. */
export type AuthErrorText = { title: string; action: string };

type AuthTexts = Record<AuthErrorKind, AuthErrorText>;

/**
 * The texts for each AuthErrorKind in both UI languages; the shell picks one with useMessages.
 * `{host}` in an action stands for the tab's host name (describeAuthError fills it in): the
 * administrator needs the exact redirect URIs.
 */
export const authErrorMessages: Messages<AuthTexts> = {
  nb: {
    'popup-blocked': {
      title: 'Påloggingsvinduet ble blokkert.',
      action: `Tillat popup-vinduer for denne siden, og trykk «${terms.nb.signIn}» igjen.`,
    },
    'consent-required': {
      title: `${terms.nb.productName} har ikke fått tillatelse til å bruke SharePoint på dine vegne.`,
      action:
        'Be IT-administratoren om å gi administratorsamtykke for appen i Microsoft Entra ID (Enterprise applications → Oppfølging → Permissions → Grant admin consent), og prøv igjen etterpå.',
    },
    'user-cancelled': {
      title: `${sentenceCase(terms.nb.theSignIn)} ble avbrutt.`,
      action: `Trykk «${terms.nb.signIn}» når du vil fortsette.`,
    },
    offline: {
      title: 'Ingen nettverksforbindelse.',
      action: `Sjekk at du er på nett, og trykk «${terms.nb.signIn}» igjen.`,
    },
    'host-sign-in-unavailable': {
      title: 'Denne appen kan ikke logge deg på her.',
      action: `Pålogging gjennom Teams er slått av eller ikke tilgjengelig i denne versjonen. Trykk «${terms.nb.signIn}» for å logge på i et eget vindu, eller åpne ${terms.nb.productName} i nettleseren.`,
    },
    'redirect-uri-not-registered': {
      title: 'Appregistreringen mangler fanens omdirigerings-URI-er.',
      action:
        'Be IT-administratoren legge til disse under «Single-page application» i appregistreringen i Microsoft Entra ID: brk-multihub://{host} (Teams, Outlook og Microsoft 365-appen) og https://{host}/auth-redirect.html (nettleseren og Teams’ påloggingsvindu).',
    },
    'sign-in-failed': {
      title: `${sentenceCase(terms.nb.theSignIn)} mislyktes.`,
      action: `Kontroller nettverket og trykk «${terms.nb.signIn}» igjen. Hvis det ikke hjelper, last inn fanen på nytt eller kontakt ${terms.nb.helpDesk}.`,
    },
    'not-configured': {
      title: `${sentenceCase(terms.nb.theSignIn)} er ikke riktig satt opp for denne installasjonen.`,
      action:
        'Be IT-administratoren sjekke appregistreringen (klient-ID og leietaker) mot installasjonsveiledningen.',
    },
  },
  en: {
    'popup-blocked': {
      title: 'The sign-in window was blocked.',
      action: `Allow pop-ups for this page, then press “${terms.en.signIn}” again.`,
    },
    'consent-required': {
      title: `${terms.en.productName} has not been allowed to use SharePoint on your behalf.`,
      action:
        'Ask your IT administrator to grant admin consent for the app in Microsoft Entra ID (Enterprise applications → Oppfølging → Permissions → Grant admin consent), then try again.',
    },
    'user-cancelled': {
      title: `${sentenceCase(terms.en.signInNoun)} was cancelled.`,
      action: `Press “${terms.en.signIn}” when you want to continue.`,
    },
    offline: {
      title: 'No network connection.',
      action: `Check that you are online, then press “${terms.en.signIn}” again.`,
    },
    'host-sign-in-unavailable': {
      title: 'This app cannot sign you in here.',
      action: `Signing in through Teams is turned off or not available in this version. Press “${terms.en.signIn}” to sign in in a window of its own, or open ${terms.en.productName} in the browser.`,
    },
    'redirect-uri-not-registered': {
      title: 'The app registration lacks the tab’s redirect URIs.',
      action:
        'Ask your IT administrator to add these under “Single-page application” in the app registration in Microsoft Entra ID: brk-multihub://{host} (Teams, Outlook and the Microsoft 365 app) and https://{host}/auth-redirect.html (the browser and Teams’ sign-in window).',
    },
    'sign-in-failed': {
      title: `${sentenceCase(terms.en.signInNoun)} failed.`,
      action: `Check the network and press “${terms.en.signIn}” again. If that does not help, reload the tab or contact ${terms.en.helpDesk}.`,
    },
    'not-configured': {
      title: `${sentenceCase(terms.en.signInNoun)} is not set up correctly for this installation.`,
      action:
        'Ask your IT administrator to check the app registration (client id and tenant) against the setup guide.',
    },
  },
};

/** The text for one failure, with the tab's host filled in. */
export function describeAuthError(
  texts: AuthTexts,
  error: Pick<AuthError, 'kind'>,
  pageHost: string,
): AuthErrorText {
  const text = texts[error.kind];
  return { title: text.title, action: text.action.replaceAll('{host}', pageHost) };
}
