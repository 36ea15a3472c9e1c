import { describe, expect, it } from 'vitest';
import { buildNotat } from './build-notat';
import { headerRows } from './header-block';
import type { MemoSettings } from './memo-settings';
import { measureLead } from './measure-paragraphs';
import { packNotat } from './pack-notat';
import { partXml, readDocxParts } from '../../tests/support/memo/read-docx';
import { makeMeasure, memo2012Settings } from '../../tests/support/memo/seed-measures';

const emptyHeader = (): Partial<MemoSettings> => ({
  to: '',
  via: '',
  copyTo: [],
  from: '',
  caseworker: '',
  date: '',
  caseNumber: '',
});

describe('headerRows', () => {
  it('writes each value on one line, sanitized, and the date as dd.mm.yyyy', () => {
    const rows = headerRows({
      ...memo2012Settings(),
      to: ' Utenriksrådets\r\nkontor ',
      copyTo: ['A\u0007', ' ', 'B'],
      date: '2012-12-20',
    });
    expect(rows[0]).toEqual({ label: 'Til:', lines: ['Utenriksrådets kontor'] });
    expect(rows.find((r) => r.label === 'Kopi til:')?.lines).toEqual(['A', 'B']);
    expect(rows.find((r) => r.label === 'Dato:')?.lines).toEqual(['20.12.2012']);
  });
  it('leaves out a date that is not yyyy-mm-dd, and every empty row', () => {
    const rows = headerRows({ ...memo2012Settings(), ...emptyHeader(), date: '20.12.2012' });
    expect(rows).toEqual([]);
    for (const date of ['x2012-12-20', '2012-12-2'])
      expect(headerRows({ ...memo2012Settings(), ...emptyHeader(), date }), date).toEqual([]);
    const onlyCase = headerRows({ ...memo2012Settings(), ...emptyHeader(), caseNumber: '11/1' });
    expect(onlyCase).toEqual([{ label: 'Saksnr.:', lines: ['11/1'] }]);
  });
});

describe('buildHeaderBlock in the memo', () => {
  it('is a borderless table of a 3.7 cm label column and the rest of the text width', async () => {
    const doc = buildNotat({ measures: [makeMeasure()], settings: memo2012Settings() });
    const document = partXml(await readDocxParts(await packNotat(doc)), 'word/document.xml');
    const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(document)?.[1] ?? '';
    expect(table).toMatch(/<w:tblW w:type="dxa" w:w="9070"\/>/);
    expect(table).toMatch(
      /<w:tblGrid><w:gridCol w:w="2098"\/><w:gridCol w:w="6972"\/><\/w:tblGrid>/,
    );
    expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    // No padding on the left: the labels line up with the body text under the table.
    expect(table).toMatch(
      /<w:tblCellMar><w:top w:type="dxa" w:w="0"\/><w:left w:type="dxa" w:w="0"\/><w:bottom w:type="dxa" w:w="0"\/><w:right w:type="dxa" w:w="113"\/><\/w:tblCellMar>/,
    );
    const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? '');
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      expect(row).toMatch(/^<w:trPr><w:cantSplit\/><\/w:trPr>/);
      expect([...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => m[1])).toEqual([
        '2098',
        '6972',
      ]);
    }
  });
  it('is left out when every header field is empty', async () => {
    const settings = { ...memo2012Settings(), ...emptyHeader() };
    const doc = buildNotat({ measures: [makeMeasure()], settings });
    const document = partXml(await readDocxParts(await packNotat(doc)), 'word/document.xml');
    expect(document).not.toMatch(/<w:tbl>/);
  });
});

describe('measureLead', () => {
  it('ends the title with one colon, on one line', () => {
    expect(measureLead('Vurdere flerårige avtaler')).toBe('Vurdere flerårige avtaler:');
    expect(measureLead('Rapportering:')).toBe('Rapportering:');
    expect(measureLead(' Rapportering: \n')).toBe('Rapportering:');
    expect(measureLead('To\nlinjer')).toBe('To linjer:');
  });
});
