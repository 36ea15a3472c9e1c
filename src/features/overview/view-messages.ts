import { sentenceCase, terms } from '../../domain/terms';
import type { Grouping, ReviewState, Sorting, Status } from '../../domain';
import type { Messages } from '../../domain';
import { statusNames } from '../shared/status-names';

type ViewTexts = {
  toolbar: string;
  search: string;
  searchPlaceholder: string;
  unit: string;
  status: string;
  section: string;
  review: string;
  any: string;
  chosen: (n: number) => string;
  overdue: string;
  unreported: string;
  groupBy: string;
  sortBy: string;
  groupings: Record<Grouping, string>;
  sortings: Record<Sorting, string>;
  layout: string;
  cards: string;
  table: string;
  clear: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  statusNames: Record<Status, string>;
  reviewNames: Record<ReviewState, string>;
  // The compact table
  tableLabel: (n: number) => string;
  title: string;
  responsible: string;
  deadline: string;
  reviewed: string;
  reported: string;
  yes: string;
  no: string;
  open: (title: string) => string;
};

export const viewMessages: Messages<ViewTexts> = {
  nb: {
    toolbar: 'Visning',
    search: 'Søk',
    searchPlaceholder: 'Søk i tiltak og rapporter',
    unit: 'Enhet',
    status: 'Status',
    section: 'Del',
    review: 'Vurdering',
    any: 'Alle',
    chosen: (n) => `${n} valgt`,
    overdue: sentenceCase(terms.nb.overdue),
    unreported: 'Ikke rapportert',
    groupBy: 'Grupper etter',
    sortBy: 'Sorter etter',
    groupings: { section: 'Del', unit: 'Enhet' },
    sortings: {
      plan: 'Planens rekkefølge',
      deadline: 'Frist',
      status: 'Status',
      title: 'Tiltak (A–Å)',
    },
    layout: 'Vis som',
    cards: 'Kort',
    table: 'Tabell',
    clear: 'Nullstill filtre',
    copyLink: 'Kopier lenke til visningen',
    linkCopied: 'Lenken er kopiert.',
    copyFailed: 'Kunne ikke kopiere. Lenken er:',
    statusNames: statusNames.nb,
    reviewNames: { 'Ikke vurdert': 'Ikke vurdert', Godkjent: 'Godkjent', Returnert: 'Returnert' },
    tableLabel: (n) => `Tiltak i tabell, ${n} rader`,
    title: 'Tiltak',
    responsible: 'Ansvarlig',
    deadline: 'Frist',
    reviewed: 'Vurdering',
    reported: 'Rapportert',
    yes: 'Ja',
    no: 'Nei',
    open: (title) => `Åpne «${title}»`,
  },
  en: {
    toolbar: 'View',
    search: 'Search',
    searchPlaceholder: 'Search measures and reports',
    unit: 'Unit',
    status: 'Status',
    section: 'Part',
    review: 'Review',
    any: 'All',
    chosen: (n) => `${n} chosen`,
    overdue: sentenceCase(terms.en.overdue),
    unreported: 'Not reported',
    groupBy: 'Group by',
    sortBy: 'Sort by',
    groupings: { section: 'Part', unit: 'Unit' },
    sortings: {
      plan: 'Plan order',
      deadline: 'Deadline',
      status: 'Status',
      title: 'Measure (A–Z)',
    },
    layout: 'Show as',
    cards: 'Cards',
    table: 'Table',
    clear: 'Clear filters',
    copyLink: 'Copy link to this view',
    linkCopied: 'The link is copied.',
    copyFailed: 'Could not copy. The link is:',
    statusNames: statusNames.en,
    reviewNames: { 'Ikke vurdert': 'Not reviewed', Godkjent: 'Approved', Returnert: 'Returned' },
    tableLabel: (n) => `Measures as a table, ${n} rows`,
    title: 'Measure',
    responsible: 'Responsible',
    deadline: 'Deadline',
    reviewed: 'Review',
    reported: 'Reported',
    yes: 'Yes',
    no: 'No',
    open: (title) => `Open “${title}”`,
  },
};
