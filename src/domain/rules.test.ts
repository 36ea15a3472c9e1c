import { describe, expect, it } from 'vitest';
import {
  groupBySection,
  isOverdue,
  isUnreported,
  MAX_REPORT_LENGTH,
  sortMeasures,
  validateStatusUpdate,
} from './rules';

const today = new Date(2026, 10, 23); // 23.11.2026, local time

describe('isOverdue', () => {
  it('is overdue the day after the deadline while the measure is open', () => {
    expect(isOverdue({ deadline: '2026-11-22', status: 'Pågår' }, today)).toBe(true);
    expect(isOverdue({ deadline: '2026-11-22', status: 'Ikke påbegynt' }, today)).toBe(true);
    expect(isOverdue({ deadline: '2026-11-22', status: 'Ikke gjennomført' }, today)).toBe(true);
  });
  it('is not overdue on the deadline itself', () => {
    expect(isOverdue({ deadline: '2026-11-23', status: 'Pågår' }, today)).toBe(false);
  });
  it('is never overdue when done or not applicable, or without a deadline', () => {
    expect(isOverdue({ deadline: '2011-01-01', status: 'Gjennomført' }, today)).toBe(false);
    expect(isOverdue({ deadline: '2011-01-01', status: 'Ikke aktuelt' }, today)).toBe(false);
    expect(isOverdue({ deadline: null, status: 'Pågår' }, today)).toBe(false);
    expect(isOverdue({ deadline: '', status: 'Pågår' }, today)).toBe(false);
  });
});

describe('isUnreported', () => {
  it('treats empty and whitespace-only reports as missing', () => {
    expect(isUnreported({ statusReport: '' })).toBe(true);
    expect(isUnreported({ statusReport: ' \n\t ' })).toBe(true);
    expect(isUnreported({ statusReport: 'Ref. over.' })).toBe(false);
  });
});

describe('validateStatusUpdate', () => {
  it('refuses a report longer than the limit, and accepts one at it', () => {
    const long = 'x'.repeat(MAX_REPORT_LENGTH + 1);
    expect(validateStatusUpdate({ status: 'Pågår', statusReport: long })).toEqual({
      kind: 'too-long',
      length: MAX_REPORT_LENGTH + 1,
      max: MAX_REPORT_LENGTH,
    });
    const atLimit = 'x'.repeat(MAX_REPORT_LENGTH);
    expect(validateStatusUpdate({ status: 'Pågår', statusReport: atLimit })).toBeNull();
  });
  it('requires a report to mark a measure not applicable', () => {
    expect(validateStatusUpdate({ status: 'Ikke aktuelt', statusReport: '  ' })).toEqual({
      kind: 'report-required',
      status: 'Ikke aktuelt',
    });
    expect(
      validateStatusUpdate({ status: 'Ikke aktuelt', statusReport: 'Overtatt av UNODC.' }),
    ).toBeNull();
    expect(validateStatusUpdate({ status: 'Pågår', statusReport: '' })).toBeNull();
  });
});

describe('sortMeasures and groupBySection', () => {
  const m = (section: string, sortOrder: number, title = `${section} ${sortOrder}`) => ({
    section,
    sortOrder,
    title,
  });
  it('orders sections by their first measure and measures by SortOrder', () => {
    const input = [
      m('IOMs oppfølging', 110),
      m('Departementets oppfølging', 20),
      m('IOMs oppfølging', 105),
      m('Departementets oppfølging', 10),
    ];
    expect(sortMeasures(input).map((x) => x.sortOrder)).toEqual([10, 20, 105, 110]);
    expect(groupBySection(input).map((g) => [g.section, g.measures.length])).toEqual([
      ['Departementets oppfølging', 2],
      ['IOMs oppfølging', 2],
    ]);
  });
  it('keeps one group per section even when SortOrders interleave', () => {
    const input = [m('A', 1), m('B', 2), m('A', 3)];
    expect(groupBySection(input).map((g) => g.measures.map((x) => x.sortOrder))).toEqual([
      [1, 3],
      [2],
    ]);
  });
  it('orders sections by their lowest SortOrder, not by name nor by first appearance', () => {
    // "Øvrige" sorts last by name, and its first measure comes late: its lowest SortOrder wins.
    const input = [
      m('Departementets oppfølging', 20),
      m('Øvrige tiltak', 50),
      m('IOMs oppfølging', 30),
      m('Øvrige tiltak', 5),
    ];
    expect(groupBySection(input).map((g) => g.section)).toEqual([
      'Øvrige tiltak',
      'Departementets oppfølging',
      'IOMs oppfølging',
    ]);
    expect(sortMeasures(input).map((x) => x.sortOrder)).toEqual([5, 50, 20, 30]);
  });
  it('breaks ties by section name, then by title, in Norwegian order', () => {
    const input = [
      m('Åpenhet', 10, 'B'),
      m('Budsjett', 10, 'Å-tiltak'),
      m('Budsjett', 10, 'Z-tiltak'),
    ];
    expect(sortMeasures(input).map((x) => `${x.section}/${x.title}`)).toEqual([
      'Budsjett/Z-tiltak',
      'Budsjett/Å-tiltak',
      'Åpenhet/B',
    ]);
  });
  it('does not reorder the caller’s array', () => {
    const input = [m('B', 2), m('A', 1)];
    sortMeasures(input);
    expect(input.map((x) => x.section)).toEqual(['B', 'A']);
  });
});
