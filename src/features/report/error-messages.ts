import { terms } from '../../domain/terms';
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
          return terms.nb.signInRefused;
        case 'not-found':
          return `Fant ikke tiltaket i listen «${listTitle}». Det kan være slettet eller flyttet.`;
        case 'invalid':
          return `Listen «${listTitle}» godtok ikke endringen. Be eieren av listen kontrollere kolonnene.`;
        case 'throttled':
          return terms.nb.unavailable;
        case 'network':
          return terms.nb.unreachable;
        case 'server':
          return terms.nb.serverError;
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
          return terms.en.signInRefused;
        case 'not-found':
          return `The measure was not found in the list “${listTitle}”. It may have been deleted or moved.`;
        case 'invalid':
          return `The list “${listTitle}” did not accept the change. Ask the list's owner to check its columns.`;
        case 'throttled':
          return terms.en.unavailable;
        case 'network':
          return terms.en.unreachable;
        case 'server':
          return terms.en.serverError;
        case 'conflict':
          return 'Someone else saved the measure in the meantime.';
      }
    },
  },
};
