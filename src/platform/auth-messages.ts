import type { Messages } from '../domain';
import { sentenceCase, terms } from '../domain/terms';
import type { AuthErrorKind } from './auth-error';

/** What to tell the user: what happened, and what to do about it. */
export type AuthErrorText = { title: string; action: string };

/** The texts for each AuthErrorKind in both UI languages; the shell picks one with useMessages. */
export const authErrorMessages: Messages<Record<AuthErrorKind, AuthErrorText>> = {
  nb: {
    'popup-blocked': {
      title: 'Påloggingsvinduet ble blokkert.',
      action: `Tillat popup-vinduer for denne siden, og trykk «${terms.nb.signIn}» igjen.`,
    },
    'consent-required': {
      title: `${terms.nb.productName} har ikke fått tillatelse til å bruke SharePoint på dine vegne.`,
      action:
        'Be IT-administratoren om å gi administratorsamtykke for appen i Microsoft Entra ID, og prøv igjen etterpå.',
    },
    'user-cancelled': {
      title: `${sentenceCase(terms.nb.theSignIn)} ble avbrutt.`,
      action: `Trykk «${terms.nb.signIn}» når du vil fortsette.`,
    },
    'sign-in-failed': {
      title: `${sentenceCase(terms.nb.theSignIn)} mislyktes.`,
      action: `Kontroller nettverket og trykk «${terms.nb.signIn}» igjen. Hvis det ikke hjelper, last inn fanen på nytt eller kontakt ${terms.nb.helpDesk}.`,
    },
    'not-configured': {
      title: `${sentenceCase(terms.nb.theSignIn)} er ikke riktig satt opp for denne installasjonen.`,
      action:
        'Be IT-administratoren sjekke appregistreringen (klient-ID, leietaker og omdirigerings-URI-er) mot installasjonsveiledningen.',
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
        'Ask your IT administrator to grant admin consent for the app in Microsoft Entra ID, then try again.',
    },
    'user-cancelled': {
      title: `${sentenceCase(terms.en.signInNoun)} was cancelled.`,
      action: `Press “${terms.en.signIn}” when you want to continue.`,
    },
    'sign-in-failed': {
      title: `${sentenceCase(terms.en.signInNoun)} failed.`,
      action: `Check the network and press “${terms.en.signIn}” again. If that does not help, reload the tab or contact ${terms.en.helpDesk}.`,
    },
    'not-configured': {
      title: `${sentenceCase(terms.en.signInNoun)} is not set up correctly for this installation.`,
      action:
        'Ask your IT administrator to check the app registration (client id, tenant and redirect URIs) against the setup guide.',
    },
  },
};
