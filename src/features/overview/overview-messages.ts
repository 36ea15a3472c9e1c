import type { Status } from '../../domain';
import type { Messages } from '../../domain';
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
    caption: 'Antall tiltak per ansvarlig enhet og status, forfalte og ikke rapporterte.',
    unit: 'Enhet',
    total: 'Tiltak',
    overdue: 'Forfalt',
    unreported: 'Ikke rapportert',
    sum: 'Sum',
    statusNames: statusNames.nb,
  },
  en: {
    heading: 'Status per unit',
    caption: 'Measures per responsible unit and status, overdue and not reported.',
    unit: 'Unit',
    total: 'Measures',
    overdue: 'Overdue',
    unreported: 'Not reported',
    sum: 'Total',
    statusNames: statusNames.en,
  },
};
