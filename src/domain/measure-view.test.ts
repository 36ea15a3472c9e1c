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

describe('the manager’s view: each filter alone, sorting and the address', () => {
  it('hides nothing for a search of spaces, and each filter alone hides what it should', () => {
    const list = [
      testMeasure('1', { section: 'A', reviewState: 'Godkjent', statusReport: 'Levert.' }),
      testMeasure('2', { section: 'B' }),
    ];
    const day = new Date(2012, 11, 20);
    expect(filterMeasures(list, view({ search: '  \t ' }), day)).toBe(list);
    expect(ids(filterMeasures(list, view({ sections: ['B'] }), day))).toEqual(['2']);
    expect(ids(filterMeasures(list, view({ reviewStates: ['Godkjent'] }), day))).toEqual(['1']);
    expect(ids(filterMeasures(list, view({ unreported: true }), day))).toEqual(['2']);
    expect(ids(filterMeasures(list, view({ statuses: ['Pågår'] }), day))).toEqual(['1', '2']);
    expect(ids(filterMeasures(list, view({ search: 'levert tiltak' }), day))).toEqual(['1']);
    expect(ids(filterMeasures(list, view({ search: 'levert  ukjent' }), day))).toEqual([]);
  });

  it('finds a word typed with a combining accent in a title written with the letter', () => {
    const list = [testMeasure('1', { title: 'Møte på ambassaden' })];
    const found = filterMeasures(list, view({ search: 'PA\u030a' }), new Date(2012, 11, 20));
    expect(ids(found)).toEqual(['1']);
  });

  it('sorts by status in the list’s order and by title in Norwegian order, ties in plan order', () => {
    const list = [
      testMeasure('1', { title: 'Å følge opp', status: 'Gjennomført' }),
      testMeasure('2', { title: 'Tiltak 10', status: 'Ikke påbegynt' }),
      testMeasure('3', { title: 'Tiltak 9', status: 'Gjennomført' }),
      testMeasure('4', { title: 'Zambia', status: 'Pågår' }),
    ];
    const sorted = (sortBy: MeasureView['sortBy']) =>
      arrangeMeasures(list, view({ sortBy })).flatMap((g) => ids(g.measures));
    expect(sorted('status')).toEqual(['2', '4', '1', '3']);
    expect(sorted('title')).toEqual(['3', '2', '4', '1']);
    expect(sorted('plan')).toEqual(['1', '2', '3', '4']);
    expect(sorted('deadline')).toEqual(['1', '2', '3', '4']);
  });

  it('keeps sections in plan order when sorting inside them, and units in Norwegian order', () => {
    const list = [
      testMeasure('1', { section: 'Del B', title: 'Å', responsibleUnit: 'Ålesund' }),
      testMeasure('2', { section: 'Del A', title: 'A', responsibleUnit: 'Zambia' }),
      testMeasure('3', { section: 'Del B', title: 'B', responsibleUnit: 'Abuja' }),
      testMeasure('4', { section: 'Del A', title: 'C', responsibleUnit: 'Zambia' }),
    ];
    expect(
      arrangeMeasures(list, view({ sortBy: 'title' })).map((g) => [g.key, ids(g.measures)]),
    ).toEqual([
      ['Del B', ['3', '1']],
      ['Del A', ['2', '4']],
    ]);
    expect(
      arrangeMeasures(list, view({ groupBy: 'unit' })).map((g) => [g.key, ids(g.measures)]),
    ).toEqual([
      ['Abuja', ['3']],
      ['Zambia', ['2', '4']],
      ['Ålesund', ['1']],
    ]);
  });

  it('writes sections, review states, unreported and sorting into the address, not a blank search', () => {
    const chosen = view({
      sections: ['IOMs oppfølging'],
      reviewStates: ['Returnert'],
      unreported: true,
      sortBy: 'deadline',
      search: '   ',
    });
    expect(toViewParams(chosen)).toEqual([
      ['section', 'IOMs oppfølging'],
      ['review', 'Returnert'],
      ['unreported', '1'],
      ['sort', 'deadline'],
    ]);
    expect(fromViewParams(new URLSearchParams(toViewParams(chosen)))).toEqual({
      ...chosen,
      search: '',
    });
  });

  it('reads empty units and sections, and flags other than 1, as not chosen', () => {
    expect(
      fromViewParams(
        new URLSearchParams('unit=&section=&overdue=true&unreported=0&review=Avvist&sort=colour'),
      ),
    ).toEqual(DEFAULT_VIEW);
  });
});
