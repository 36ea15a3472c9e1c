import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_UNITS, UNIT_ALIASES } from '../../domain';
import { readRows, toNewMeasures, viewRow } from './preview-rows';

const PLAN_2011 = readFileSync(
  resolve(import.meta.dirname, '../../../fixtures/oppfolgingsplan-2011-forslag.txt'),
  'utf8',
);
const options = { units: KNOWN_UNITS, aliases: UNIT_ALIASES, fallbackUnit: 'HUM-seksjonen' };
const defaults = { section: 'Departementets oppfølging', deadline: '2012-08-25' };

describe('the preview of pasted measures', () => {
  it('shows the 2011 plan as 8 rows in plan order, with the plan’s section and deadline', () => {
    const views = readRows(PLAN_2011, options).map((row) => viewRow(row, defaults));
    expect(views).toHaveLength(8);
    expect(views.map((v) => v.sortOrder)).toEqual(['10', '20', '30', '40', '50', '60', '70', '80']);
    expect(views.every((v) => v.section === defaults.section && v.deadline === '2012-08-25')).toBe(
      true,
    );
    expect(views[1]).toMatchObject({
      responsibleUnit: 'HUM-seksjonen',
      contributingUnits: ['Geneve-delegasjonen'],
      problems: [],
      blocked: false,
    });
    // The measures that name no unit get the coordinating unit, marked for a check, not blocked.
    expect(views.filter((v) => v.problems.includes('no-unit')).map((v) => v.position)).toEqual([
      1, 4, 5, 6,
    ]);
    expect(views.some((v) => v.blocked)).toBe(false);
  });

  it('blocks a row without a lead unit, an empty text or a bad order; marks a long one', () => {
    const rows = readRows(`• ${'Langt tiltak '.repeat(30)}\n• Uten enhet`, {
      ...options,
      fallbackUnit: '',
    });
    const [long, orphan] = rows.map((row) => viewRow(row, defaults));
    const parsed = rows[1]?.parsed;
    if (!parsed) throw new Error('The text has two rows');
    expect(long?.problems).toEqual(['no-unit', 'no-lead', 'too-long']);
    expect(orphan?.blocked).toBe(true);
    const fixed = viewRow(
      { parsed, changes: { responsibleUnit: 'GIL-seksjonen', sortOrder: 'ti' } },
      defaults,
    );
    expect(fixed.problems).toEqual(['bad-order']);
    expect(fixed.blocked).toBe(true);
    const emptied = viewRow({ parsed, changes: { responsibleUnit: 'GIL', text: ' ' } }, defaults);
    expect(emptied.problems).toEqual(['no-title']);
    // A row left out blocks nothing.
    expect(viewRow({ parsed, changes: { include: false } }, defaults).blocked).toBe(false);
  });

  it('keeps the caseworker’s changes when the text is pasted again, by the row’s wording', () => {
    const first = readRows('• GIL-seksjonen gjør A.\n• Noe uten enhet.', options);
    const changed: [string, { responsibleUnit: string }][] = [
      [first[1]?.parsed.text ?? '', { responsibleUnit: 'MR/DEM-seksjonen' }],
    ];
    const again = readRows(
      '• GIL-seksjonen gjør A, nå rettet.\n• Noe uten enhet.',
      options,
      changed,
    );
    expect(again.map((row) => viewRow(row, defaults).responsibleUnit)).toEqual([
      'GIL-seksjonen',
      'MR/DEM-seksjonen',
    ]);
  });

  it('creates the included rows: a title that fits, the whole wording as the description', () => {
    const long = `GIL-seksjonen ${'gjennomgår avtalene '.repeat(20)}`.trim();
    const rows = readRows(`• ${long}\n• HUM-seksjonen gjør B.\n• IOM gjør C.`, options);
    const views = rows.map((row, i) =>
      viewRow(i === 2 ? { ...row, changes: { include: false, deadline: '' } } : row, defaults),
    );
    const measures = toNewMeasures(views, '25/00101');
    expect(measures).toHaveLength(2);
    expect(measures[0]?.title.length).toBeLessThanOrEqual(255);
    expect(measures[0]?.title.endsWith('…')).toBe(true);
    expect(measures[0]?.description).toBe(long);
    expect(measures[1]).toEqual({
      title: 'HUM-seksjonen gjør B.',
      description: 'HUM-seksjonen gjør B.',
      caseNumber: '25/00101',
      section: 'Departementets oppfølging',
      sortOrder: 20,
      responsibleUnit: 'HUM-seksjonen',
      contributingUnits: [],
      deadline: '2012-08-25',
    });
  });
});
