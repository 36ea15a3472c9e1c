import type { Messages } from '../domain';
import type { AuthErrorKind } from './auth-error';

/** What to tell the user: what happened, and what to do about it. */
export type AuthErrorText = { title: string; action: string };

/** The texts for each AuthErrorKind in both UI languages; the shell picks one with useMessages. */
export const authErrorMessages: Messages<Record<AuthErrorKind, AuthErrorText>> = {
  nb: {
    'popup-blocked': {
      title: 'Påloggingsvinduet ble blokkert.',
      action: 'Tillat popup-vinduer for denne siden, og trykk «Logg på» igjen.',
    },
    'consent-required': {
      title: 'Oppfølging har ikke fått tillatelse til å bruke SharePoint på dine vegne.',
      action:
        'Be IT-administratoren om å gi administratorsamtykke for appen i Microsoft Entra ID, og prøv igjen etterpå.',
    },
    'user-cancelled': {
      title: 'Påloggingen ble avbrutt.',
      action: 'Trykk «Logg på» når du vil fortsette.',
    },
    'sign-in-failed': {
      title: 'Påloggingen mislyktes.',
      action:
        'Sjekk nettverket og trykk «Logg på» igjen. Hvis det ikke hjelper, last inn fanen på nytt eller kontakt IT-brukerstøtten.',
    },
    'not-configured': {
      title: 'Påloggingen er ikke riktig satt opp for denne installasjonen.',
      action:
        'Be IT-administratoren sjekke appregistreringen (klient-ID, leietaker og omdirigerings-URI-er) mot installasjonsveiledningen.',
    },
  },
  en: {
    'popup-blocked': {
      title: 'The sign-in window was blocked.',
      action: 'Allow pop-ups for this page, then press “Sign in” again.',
    },
    'consent-required': {
      title: 'Oppfølging has not been allowed to use SharePoint on your behalf.',
      action:
        'Ask your IT administrator to grant admin consent for the app in Microsoft Entra ID, then try again.',
    },
    'user-cancelled': {
      title: 'Sign-in was cancelled.',
      action: 'Press “Sign in” when you want to continue.',
    },
    'sign-in-failed': {
      title: 'Sign-in failed.',
      action:
        'Check the network and press “Sign in” again. If that does not help, reload the tab or contact your IT help desk.',
    },
    'not-configured': {
      title: 'Sign-in is not set up correctly for this installation.',
      action:
        'Ask your IT administrator to check the app registration (client id, tenant and redirect URIs) against the setup guide.',
    },
  },
};
