import { describe, expect, it } from 'vitest';
import type { Measure } from './measure';
import { testMeasure } from './measure.test-helper';
import {
  arrangeMeasures,
  DEFAULT_VIEW,
  filterMeasures,
  fromViewParams,
  toViewParams,
  type MeasureView,
} from './measure-view';

const measure = testMeasure;

const today = new Date(2012, 11, 20);
const measures = [
  measure('1', { responsibleUnit: 'Ambassaden i Nairobi', deadline: '2012-06-01' }),
  measure('2', { statusReport: 'Avtalen med IOM er revidert.', status: 'Gjennomført' }),
  measure('3', { section: 'IOMs oppfølging', title: 'Styrke Rapporteringen', sortOrder: 0 }),
  measure('4', { responsibleUnit: 'Ambassaden i Nairobi', reviewState: 'Returnert' }),
];
const view = (overrides: Partial<MeasureView>): MeasureView => ({ ...DEFAULT_VIEW, ...overrides });
const ids = (list: readonly Measure[]) => list.map((m) => m.id);

describe('filterMeasures', () => {
  it('shows everything without a filter, as the same array', () => {
    expect(filterMeasures(measures, DEFAULT_VIEW, today)).toBe(measures);
  });
  it('filters by unit, status, section and review state together', () => {
    expect(ids(filterMeasures(measures, view({ units: ['Ambassaden i Nairobi'] }), today))).toEqual(
      ['1', '4'],
    );
    expect(ids(filterMeasures(measures, view({ statuses: ['Gjennomført'] }), today))).toEqual([
      '2',
    ]);
    expect(ids(filterMeasures(measures, view({ sections: ['IOMs oppfølging'] }), today))).toEqual([
      '3',
    ]);
    expect(
      ids(
        filterMeasures(
          measures,
          view({ units: ['Ambassaden i Nairobi'], reviewStates: ['Returnert'] }),
          today,
        ),
      ),
    ).toEqual(['4']);
  });
  it('finds overdue and unreported measures', () => {
    expect(ids(filterMeasures(measures, view({ overdue: true }), today))).toEqual(['1']);
    expect(ids(filterMeasures(measures, view({ unreported: true }), today))).toEqual([
      '1',
      '3',
      '4',
    ]);
  });
  it('searches title and report for every word, whatever the case', () => {
    expect(ids(filterMeasures(measures, view({ search: 'iom REVIDERT' }), today))).toEqual(['2']);
    expect(ids(filterMeasures(measures, view({ search: 'rapporteringen' }), today))).toEqual(['3']);
  });
});

describe('arrangeMeasures', () => {
  it('groups by section in plan order, or by unit alphabetically', () => {
    expect(arrangeMeasures(measures, DEFAULT_VIEW).map((g) => [g.key, ids(g.measures)])).toEqual([
      ['IOMs oppfølging', ['3']],
      ['Departementets oppfølging', ['1', '2', '4']],
    ]);
    expect(arrangeMeasures(measures, view({ groupBy: 'unit' })).map((g) => g.key)).toEqual([
      'Ambassaden i Nairobi',
      'HUM-seksjonen',
    ]);
  });
  it('sorts by deadline with the measures without one last', () => {
    const [group] = arrangeMeasures(
      [measure('1'), measure('2', { deadline: '2012-01-01' })],
      view({ sortBy: 'deadline' }),
    );
    expect(ids(group?.measures ?? [])).toEqual(['2', '1']);
  });
});

describe('the view in the address', () => {
  it('goes there and back again, leaving the defaults out', () => {
    const chosen = view({
      units: ['HUM-seksjonen', 'Ambassaden i Nairobi'],
      statuses: ['Pågår'],
      overdue: true,
      search: 'IOM',
      groupBy: 'unit',
      layout: 'table',
    });
    const params = new URLSearchParams(toViewParams(chosen));
    expect(params.toString()).toBe(
      'unit=HUM-seksjonen&unit=Ambassaden+i+Nairobi&status=P%C3%A5g%C3%A5r&overdue=1&q=IOM&group=unit&layout=table',
    );
    expect(fromViewParams(params)).toEqual(chosen);
    expect(toViewParams(DEFAULT_VIEW)).toEqual([]);
  });
  it('ignores what it does not know', () => {
    const read = fromViewParams(new URLSearchParams('status=Ferdig&group=colour&layout=table'));
    expect(read).toEqual(view({ layout: 'table' }));
  });
});
