import type { Status } from '../../domain';
import type { Messages } from '../../domain';
import { sentenceCase, terms } from '../../domain/terms';
import { statusNames } from '../shared/status-names';

type OverviewTexts = {
  heading: string;
  caption: string;
  unit: string;
  total: string;
  overdue: string;
  unreported: string;
  sum: string;
  statusNames: Record<Status, string>;
};

export const overviewMessages: Messages<OverviewTexts> = {
  nb: {
    heading: 'Status per enhet',
    caption: `Antall tiltak per ansvarlig enhet og status, og hvor mange som er ${terms.nb.overdue} eller ikke rapportert.`,
    unit: 'Enhet',
    total: 'Tiltak',
    overdue: sentenceCase(terms.nb.overdue),
    unreported: 'Ikke rapportert',
    sum: 'Sum',
    statusNames: statusNames.nb,
  },
  en: {
    heading: 'Status per unit',
    caption: `Measures per responsible unit and status, and how many are ${terms.en.overdue} or not reported.`,
    unit: 'Unit',
    total: 'Measures',
    overdue: sentenceCase(terms.en.overdue),
    unreported: 'Not reported',
    sum: 'Total',
    statusNames: statusNames.en,
  },
};
