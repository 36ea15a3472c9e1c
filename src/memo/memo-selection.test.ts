import { describe, expect, it } from 'vitest';
import { testMeasure } from '../domain/measure.test-helper';
import { selectMemoMeasures } from './memo-selection';

describe('selectMemoMeasures', () => {
  it('keeps every section in plan order, with the measures the memo reports on', () => {
    const measures = [
      testMeasure('1', { section: 'B', sortOrder: 30, statusReport: 'Gjort.' }),
      testMeasure('2', { section: 'A', sortOrder: 10, statusReport: 'Gjort.' }),
      testMeasure('3', { section: 'A', sortOrder: 20, statusReport: '' }),
    ];
    const selection = selectMemoMeasures(measures, {
      approvedOnly: false,
      includeUnreported: false,
    });
    expect(selection.sections.map((s) => [s.section, s.measures.map((m) => m.id)])).toEqual([
      ['A', ['2']],
      ['B', ['1']],
    ]);
    expect(selection.leftOut.map((l) => [l.measure.id, l.reason])).toEqual([['3', 'unreported']]);
  });

  it('names a measure "Ikke rapportert." rather than leaving it out when the caseworker asks', () => {
    const measures = [testMeasure('1', { statusReport: '  ' })];
    const selection = selectMemoMeasures(measures, {
      approvedOnly: false,
      includeUnreported: true,
    });
    expect(selection.sections[0]?.measures.map((m) => m.id)).toEqual(['1']);
    expect(selection.leftOut).toEqual([]);
  });

  it('leaves out an unapproved report as not approved, even when it is also empty', () => {
    const measures = [
      testMeasure('1', { statusReport: 'Gjort.', reviewState: 'Godkjent' }),
      testMeasure('2', { statusReport: 'Gjort.', reviewState: 'Returnert' }),
      testMeasure('3', { statusReport: '', reviewState: 'Ikke vurdert' }),
    ];
    const selection = selectMemoMeasures(measures, {
      approvedOnly: true,
      includeUnreported: false,
    });
    expect(selection.sections.flatMap((s) => s.measures.map((m) => m.id))).toEqual(['1']);
    expect(selection.leftOut.map((l) => [l.measure.id, l.reason])).toEqual([
      ['2', 'not-approved'],
      ['3', 'not-approved'],
    ]);
  });
});
