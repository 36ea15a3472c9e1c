import type { Status } from '../../domain';
import type { Messages } from '../../domain';
import { sentenceCase, terms } from '../../domain/terms';
import { statusNames } from '../shared/status-names';

type OverviewTexts = {
  heading: string;
  caption: string;
  tableRegion: string;
  unit: string;
  total: string;
  overdue: string;
  unreported: string;
  sum: string;
  shareDone: string;
  allUnits: string;
  showMeasures: (unit: string, what: string, n: number) => string;
  statusNames: Record<Status, string>;
};

export const overviewMessages: Messages<OverviewTexts> = {
  nb: {
    heading: 'Status per enhet',
    tableRegion: 'Tabell: status per enhet',
    caption: `Antall tiltak per ansvarlig enhet og status, andel gjennomført, og hvor mange som er ${terms.nb.overdue} eller ikke rapportert. Velg et tall for å se de tiltakene.`,
    unit: 'Enhet',
    total: 'Tiltak',
    overdue: sentenceCase(terms.nb.overdue),
    unreported: 'Ikke rapportert',
    sum: 'Sum',
    shareDone: 'Andel gjennomført',
    allUnits: 'alle enheter',
    showMeasures: (unit, what, n) => `Vis ${n} tiltak: ${unit}, ${what.toLocaleLowerCase('nb')}`,
    statusNames: statusNames.nb,
  },
  en: {
    heading: 'Status per unit',
    tableRegion: 'Table: status per unit',
    caption: `Measures per responsible unit and status, the share completed, and how many are ${terms.en.overdue} or not reported. Choose a number to see those measures.`,
    unit: 'Unit',
    total: 'Measures',
    overdue: sentenceCase(terms.en.overdue),
    unreported: 'Not reported',
    sum: 'Total',
    shareDone: 'Share completed',
    allUnits: 'all units',
    showMeasures: (unit, what, n) => `Show ${n} measures: ${unit}, ${what.toLowerCase()}`,
    statusNames: statusNames.en,
  },
};
