// The redirect bridge page (MSAL v5): Entra ID sends the answer of a popup, a hidden iframe or a
// redirect here. For a popup or an iframe it hands the answer to the tab's window over a
// BroadcastChannel and closes; for a redirect it goes back to the page that started it.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

const norwegian = /^(nb|nn|no)\b/i.test(navigator.language);

broadcastResponseToMainFrame().catch((error: unknown) => {
  console.error('Oppfølging: the sign-in answer could not be passed on.', error);
  const status = document.getElementById('status');
  if (status) {
    status.textContent = norwegian
      ? 'Påloggingen kunne ikke fullføres. Lukk dette vinduet og prøv igjen fra Oppfølging.'
      : 'Sign-in could not be completed. Close this window and try again from Oppfølging.';
  }
});
