// The host's authentication window, first page (hosts without Nested App Authentication): sends
// the user to Entra ID. See src/platform/auth-window.ts.
import { runAuthStart } from './platform/auth-window-pages';
import { showAuthWindowStatus } from './auth-window-status';

void runAuthStart({ window, env: import.meta.env, showStatus: showAuthWindowStatus }).catch(
  (error: unknown) => {
    console.error('Oppfølging: could not start the sign-in.', error);
    showAuthWindowStatus({
      nb: 'Påloggingen kunne ikke startes. Lukk vinduet og prøv igjen fra Oppfølging.',
      en: 'Sign-in could not start. Close this window and try again from Oppfølging.',
    });
  },
);
