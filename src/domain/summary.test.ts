import { describe, expect, it } from 'vitest';
import type { Measure } from './measure';
import { testMeasure } from './measure.test-helper';
import { listUnits, summarizeByUnit } from './summary';

/** A measure of the given unit; only what the summary reads matters. */
function measure(overrides: Partial<Measure>): Measure {
  return testMeasure('1', { sortOrder: 10, statusReport: 'Rapportert.', ...overrides });
}

describe('summarizeByUnit', () => {
  it('counts each unit’s measures by status, overdue and unreported', () => {
    const today = new Date(2012, 11, 20); // 20.12.2012
    const measures = [
      measure({ responsibleUnit: 'HUM-seksjonen', status: 'Pågår', deadline: '2012-08-25' }),
      measure({ responsibleUnit: 'HUM-seksjonen', status: 'Pågår', statusReport: ' \n' }),
      measure({ responsibleUnit: 'HUM-seksjonen', status: 'Gjennomført', deadline: '2012-01-01' }),
      measure({ responsibleUnit: 'IOM', status: 'Ikke aktuelt', deadline: '2013-01-01' }),
    ];
    expect(summarizeByUnit(measures, today)).toEqual([
      {
        unit: 'HUM-seksjonen',
        total: 3,
        byStatus: {
          'Ikke påbegynt': 0,
          Pågår: 2,
          Gjennomført: 1,
          'Ikke gjennomført': 0,
          'Ikke aktuelt': 0,
        },
        // The open measure past its deadline; the done one is never overdue.
        overdue: 1,
        unreported: 1,
      },
      {
        unit: 'IOM',
        total: 1,
        byStatus: {
          'Ikke påbegynt': 0,
          Pågår: 0,
          Gjennomført: 0,
          'Ikke gjennomført': 0,
          'Ikke aktuelt': 1,
        },
        overdue: 0,
        unreported: 0,
      },
    ]);
  });

  it('puts the units in Norwegian alphabetical order (Å after Z)', () => {
    const today = new Date(2012, 11, 20);
    const units = summarizeByUnit(
      [
        measure({ responsibleUnit: 'Ålesund-kontoret' }),
        measure({ responsibleUnit: 'Bergen-kontoret' }),
        measure({ responsibleUnit: 'Arkivet' }),
      ],
      today,
    ).map((s) => s.unit);
    expect(units).toEqual(['Arkivet', 'Bergen-kontoret', 'Ålesund-kontoret']);
  });

  it('gives no rows for no measures', () => {
    expect(summarizeByUnit([], new Date(2012, 11, 20))).toEqual([]);
  });
});

describe('listUnits', () => {
  it('names every unit once, in Norwegian order, leaving out measures without a unit', () => {
    const units = listUnits([
      measure({ responsibleUnit: 'Ålesund-kontoret' }),
      measure({ responsibleUnit: '' }),
      measure({ responsibleUnit: 'Bergen-kontoret' }),
      measure({ responsibleUnit: 'Ålesund-kontoret' }),
    ]);
    expect(units).toEqual(['Bergen-kontoret', 'Ålesund-kontoret']);
  });
});
