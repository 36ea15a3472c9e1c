// The redirect bridge page: Entra ID sends the answer of a sign-in here. Only the bridge module
// is loaded (not platform/'s index), so the page stays small.
import { passSignInAnswerOn } from './platform/redirect-bridge';

const norwegian = /^(nb|nn|no)\b/i.test(navigator.language);

passSignInAnswerOn().catch((error: unknown) => {
  console.error('Oppfølging: the sign-in answer could not be passed on.', error);
  const status = document.getElementById('status');
  if (status) {
    status.textContent = norwegian
      ? 'Påloggingen kunne ikke fullføres. Lukk dette vinduet og prøv igjen fra Oppfølging.'
      : 'Sign-in could not be completed. Close this window and try again from Oppfølging.';
  }
});
