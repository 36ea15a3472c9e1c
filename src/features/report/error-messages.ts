import type { MeasuresError } from '../../graph/errors';
import type { Messages } from '../../domain';

type ErrorTexts = {
  describe: (error: MeasuresError, listTitle: string) => string;
};

// Plain words for each kind of failure (DESIGN.md: errors are shown to the user in plain words).
export const errorMessages: Messages<ErrorTexts> = {
  nb: {
    describe(error, listTitle) {
      switch (error.kind) {
        case 'forbidden':
          return `Du har ikke tilgang til listen «${listTitle}».`;
        case 'unauthorized':
          return 'Innloggingen din ble avvist eller er utløpt. Last inn fanen på nytt.';
        case 'not-found':
          return `Fant ikke tiltaket i listen «${listTitle}». Det kan være slettet eller flyttet.`;
        case 'invalid':
          return `Listen «${listTitle}» godtok ikke endringen. Be eieren av listen sjekke kolonnene.`;
        case 'throttled':
          return 'SharePoint svarer ikke akkurat nå (opptatt eller utilgjengelig), heller ikke etter flere forsøk. Prøv igjen om litt.';
        case 'network':
          return 'Får ikke kontakt med SharePoint. Sjekk nettverket og prøv igjen.';
        case 'server':
          return 'SharePoint svarte med en feil. Prøv igjen om litt.';
        case 'conflict':
          return 'Noen andre har lagret tiltaket i mellomtiden.';
      }
    },
  },
  en: {
    describe(error, listTitle) {
      switch (error.kind) {
        case 'forbidden':
          return `You do not have access to the list “${listTitle}”.`;
        case 'unauthorized':
          return 'Your sign-in was refused or has expired. Reload the tab.';
        case 'not-found':
          return `The measure was not found in the list “${listTitle}”. It may have been deleted or moved.`;
        case 'invalid':
          return `The list “${listTitle}” did not accept the change. Ask the list's owner to check its columns.`;
        case 'throttled':
          return 'SharePoint is not answering right now (busy or unavailable), not even after several attempts. Try again shortly.';
        case 'network':
          return 'Cannot reach SharePoint. Check the network and try again.';
        case 'server':
          return 'SharePoint answered with an error. Try again shortly.';
        case 'conflict':
          return 'Someone else saved the measure in the meantime.';
      }
    },
  },
};
