import type { Measure } from './measure';
import { isOverdue, isUnreported, sortMeasures } from './rules';
import { isReviewState, isStatus, STATUSES, type ReviewState, type Status } from './status';

// The manager's view of a plan, as Microsoft Lists offers it: filters, a search, grouping and
// sorting, cards or a table. Pure, so the same view gives the same measures wherever it is read,
// and it travels in the page's address (toViewParams / fromViewParams).

export const GROUPINGS = ['section', 'unit'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const SORTINGS = ['plan', 'deadline', 'status', 'title'] as const;
export type Sorting = (typeof SORTINGS)[number];
export const LAYOUTS = ['cards', 'table'] as const;
export type Layout = (typeof LAYOUTS)[number];

export type MeasureView = {
  /** Responsible units to show; none = every unit. */
  units: readonly string[];
  statuses: readonly Status[];
  sections: readonly string[];
  reviewStates: readonly ReviewState[];
  overdue: boolean;
  unreported: boolean;
  /** Words that must all occur in the title or the report (case and accents as typed do not matter). */
  search: string;
  groupBy: Grouping;
  sortBy: Sorting;
  layout: Layout;
};

export const DEFAULT_VIEW: MeasureView = {
  units: [],
  statuses: [],
  sections: [],
  reviewStates: [],
  overdue: false,
  unreported: false,
  search: '',
  groupBy: 'section',
  sortBy: 'plan',
  layout: 'cards',
};

/** True when the view hides some measures. */
export function isFiltered(view: MeasureView): boolean {
  return (
    view.units.length > 0 ||
    view.statuses.length > 0 ||
    view.sections.length > 0 ||
    view.reviewStates.length > 0 ||
    view.overdue ||
    view.unreported ||
    view.search.trim() !== ''
  );
}

function fold(text: string): string {
  // Both sides are folded alike, so upper case would match as well (an equivalent mutant).
  return text.normalize('NFC').toLocaleLowerCase('nb');
}

// Measures keep their identity until they change (applyChanges), so the folded text is computed
// once per version of a measure, not on every key press in the search box.
const searchText = new WeakMap<Measure, string>();
function searchTextOf(measure: Measure): string {
  let text = searchText.get(measure);
  // A cache: computing the text again each time (`if (true)`) is an equivalent mutant.
  if (text === undefined) {
    text = fold(`${measure.title}\n${measure.statusReport}`);
    searchText.set(measure, text);
  }
  return text;
}

export function filterMeasures(
  measures: readonly Measure[],
  view: MeasureView,
  today: Date,
): readonly Measure[] {
  if (!isFiltered(view)) return measures;
  const units = new Set(view.units);
  const statuses = new Set<string>(view.statuses);
  const sections = new Set(view.sections);
  const reviews = new Set<string>(view.reviewStates);
  // An empty word is in every text, so the mutants that keep empty words (no filter, \s for \s+,
  // no length check below) are equivalent.
  const words = fold(view.search)
    .split(/\s+/)
    .filter((w) => w !== '');
  return measures.filter(
    (m) =>
      (units.size === 0 || units.has(m.responsibleUnit)) &&
      (statuses.size === 0 || statuses.has(m.status)) &&
      (sections.size === 0 || sections.has(m.section)) &&
      (reviews.size === 0 || reviews.has(m.reviewState)) &&
      (!view.overdue || isOverdue(m, today)) &&
      (!view.unreported || isUnreported(m)) &&
      (words.length === 0 || words.every((w) => searchTextOf(m).includes(w))),
  );
}

const norwegian = new Intl.Collator('nb', { numeric: true });
const statusRank = new Map<string, number>(STATUSES.map((s, i) => [s, i]));

/** The measures in the order the view sorts them (plan order breaks ties). */
export function sortForView(measures: readonly Measure[], sortBy: Sorting): Measure[] {
  const planOrder = sortMeasures(measures);
  // planOrder is already in plan order and Array.prototype.sort is stable, so the tie-breaker and
  // the early return for 'plan' are equivalent mutants: kept to say what the order is.
  if (sortBy === 'plan') return planOrder;
  const rank = new Map(planOrder.map((m, i) => [m, i]));
  const tie = (a: Measure, b: Measure) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  const compare: Record<Exclude<Sorting, 'plan'>, (a: Measure, b: Measure) => number> = {
    // Without a deadline last: they cannot be late.
    deadline: (a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || tie(a, b),
    status: (a, b) =>
      (statusRank.get(a.status) ?? 0) - (statusRank.get(b.status) ?? 0) || tie(a, b),
    title: (a, b) => norwegian.compare(a.title, b.title) || tie(a, b),
  };
  return planOrder.sort(compare[sortBy]);
}

export type MeasureGroup = { key: string; measures: Measure[] };

/**
 * The measures grouped as the view says, each group sorted as it says. Sections come in plan
 * order; units in Norwegian alphabetical order.
 */
export function arrangeMeasures(measures: readonly Measure[], view: MeasureView): MeasureGroup[] {
  const sorted = sortForView(measures, view.sortBy);
  const groups = new Map<string, Measure[]>();
  const keyOf = (m: Measure) => (view.groupBy === 'unit' ? m.responsibleUnit : m.section);
  if (view.groupBy === 'section') {
    // Plan order of the sections, whatever the sort inside them.
    for (const m of sortMeasures(measures)) if (!groups.has(m.section)) groups.set(m.section, []);
  }
  for (const m of sorted) {
    const key = keyOf(m);
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const result = [...groups].map(([key, list]) => ({ key, measures: list }));
  if (view.groupBy === 'unit') result.sort((a, b) => norwegian.compare(a.key, b.key));
  return result;
}

// In the address: short names, lists as repeated parameters, the defaults left out.
const PARAMS = {
  units: 'unit',
  statuses: 'status',
  sections: 'section',
  reviewStates: 'review',
  overdue: 'overdue',
  unreported: 'unreported',
  search: 'q',
  groupBy: 'group',
  sortBy: 'sort',
  layout: 'layout',
} as const;

/** Every parameter name the view uses in an address. */
export const VIEW_PARAMS: readonly string[] = Object.values(PARAMS);

export function toViewParams(view: MeasureView): [string, string][] {
  const params: [string, string][] = [];
  for (const unit of view.units) params.push([PARAMS.units, unit]);
  for (const status of view.statuses) params.push([PARAMS.statuses, status]);
  for (const section of view.sections) params.push([PARAMS.sections, section]);
  for (const review of view.reviewStates) params.push([PARAMS.reviewStates, review]);
  if (view.overdue) params.push([PARAMS.overdue, '1']);
  if (view.unreported) params.push([PARAMS.unreported, '1']);
  if (view.search.trim() !== '') params.push([PARAMS.search, view.search]);
  if (view.groupBy !== DEFAULT_VIEW.groupBy) params.push([PARAMS.groupBy, view.groupBy]);
  if (view.sortBy !== DEFAULT_VIEW.sortBy) params.push([PARAMS.sortBy, view.sortBy]);
  if (view.layout !== DEFAULT_VIEW.layout) params.push([PARAMS.layout, view.layout]);
  return params;
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

/** The view an address names; what it does not name (or names wrongly) is the default. */
export function fromViewParams(params: URLSearchParams): MeasureView {
  return {
    units: params.getAll(PARAMS.units).filter((u) => u !== ''),
    statuses: params.getAll(PARAMS.statuses).filter(isStatus),
    sections: params.getAll(PARAMS.sections).filter((s) => s !== ''),
    reviewStates: params.getAll(PARAMS.reviewStates).filter(isReviewState),
    overdue: params.get(PARAMS.overdue) === '1',
    unreported: params.get(PARAMS.unreported) === '1',
    search: params.get(PARAMS.search) ?? '',
    groupBy: oneOf(GROUPINGS, params.get(PARAMS.groupBy), DEFAULT_VIEW.groupBy),
    sortBy: oneOf(SORTINGS, params.get(PARAMS.sortBy), DEFAULT_VIEW.sortBy),
    layout: oneOf(LAYOUTS, params.get(PARAMS.layout), DEFAULT_VIEW.layout),
  };
}
