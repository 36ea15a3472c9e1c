import { describe, expect, it } from 'vitest';
import type { Measure } from '../domain';
import { buildNotat } from './build-notat';
import type { MemoSettings } from './memo-settings';
import { NOTAT_STYLE } from './notat-styles';
import { packNotat } from './pack-notat';
import type { DocxParagraph } from '../../tests/support/memo/read-docx';
import { unclosedDirection } from '../../tests/support/memo/bidi';
import { paragraphsOf, partXml, readDocxParts } from '../../tests/support/memo/read-docx';
import {
  makeMeasure,
  memo2012Settings,
  seedMeasures,
} from '../../tests/support/memo/seed-measures';

async function exportParts(measures: Measure[], overrides: Partial<MemoSettings> = {}) {
  const settings = { ...memo2012Settings(), ...overrides };
  return readDocxParts(await packNotat(buildNotat({ measures, settings })));
}

async function exportParagraphs(measures: Measure[], overrides: Partial<MemoSettings> = {}) {
  return paragraphsOf(partXml(await exportParts(measures, overrides), 'word/document.xml'));
}

const withStyle = (paragraphs: DocxParagraph[], style: string) =>
  paragraphs.filter((p) => p.style === style).map((p) => p.text);

/** The header block's rows as "label value | value" (the first table of the body). */
function headerRowsOf(documentXml: string): string[] {
  const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(documentXml)?.[1] ?? '';
  return [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)]
      .map((cell) =>
        paragraphsOf(cell[1] ?? '')
          .map((p) => p.text)
          .join(' | '),
      )
      .join(' '),
  );
}

describe('buildNotat: styles', () => {
  it('defines the notat styles and uses only defined styles', async () => {
    const parts = await exportParts(seedMeasures(), { includeAppendix: true });
    const styles = partXml(parts, 'word/styles.xml');
    const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    for (const id of Object.values(NOTAT_STYLE)) expect(defined).toContain(id);
    expect(styles).toMatch(/<w:style w:type="character" w:styleId="NotatMeasureTitle">/);
    const document = partXml(parts, 'word/document.xml');
    const used = [...document.matchAll(/<w:[pr]Style w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(20);
    for (const id of used) expect(defined).toContain(id);
  });
  it('formats no run directly: every run property is a character style', async () => {
    const document = partXml(await exportParts(seedMeasures()), 'word/document.xml');
    const runProperties = [...document.matchAll(/<w:rPr>([\s\S]*?)<\/w:rPr>/g)].map((m) => m[1]);
    expect(runProperties.length).toBeGreaterThan(0);
    for (const rPr of runProperties) expect(rPr).toMatch(/^<w:rStyle w:val="[^"]+"\/>$/);
  });
  it('lays out A4 portrait', async () => {
    const document = partXml(await exportParts(seedMeasures()), 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});

describe('buildNotat: title, header block and purpose', () => {
  it('opens with "Notat" in the title style', async () => {
    const [first] = await exportParagraphs(seedMeasures());
    expect(first).toMatchObject({ style: NOTAT_STYLE.title, text: 'Notat' });
  });
  it('writes the header rows in order, Kopi til one recipient per line', async () => {
    const document = partXml(await exportParts(seedMeasures()), 'word/document.xml');
    expect(headerRowsOf(document)).toEqual([
      'Til: Utenriksrådets kontor',
      'Via: Avdeling for FN, fred og humanitære spørsmål',
      'Kopi til: Eva Hermstad/Seksjon for menneskerettigheter & demokrati | ' +
        'Avdeling for Europa og handel | Avdeling for regionale spørsmål og utvikling | ' +
        'Avdeling for sikkerhetspolitikk og nordområdene | Geneve-delegasjonen',
      'Fra: Seksjon for humanitære spørsmål',
      'Saksbehandler: Kristin Hoem Langsholt',
      'Dato: 20.12.2012',
      'Saksnr.: 11/10298-26',
    ]);
  });
  it('leaves out the rows whose value is empty', async () => {
    const document = partXml(
      await exportParts(seedMeasures(), { via: ' ', copyTo: ['', '  '], from: '' }),
      'word/document.xml',
    );
    expect(headerRowsOf(document).map((row) => row.split(':')[0])).toEqual([
      'Til',
      'Saksbehandler',
      'Dato',
      'Saksnr.',
    ]);
  });
  it('draws the header block without borders', async () => {
    const document = partXml(await exportParts(seedMeasures()), 'word/document.xml');
    const borders = /<w:tbl>[\s\S]*?<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(document)?.[1];
    expect(borders).toBeDefined();
    expect(borders).not.toMatch(/w:val="(single|double|thick)"/);
  });
  it('puts every table cell content in a paragraph', async () => {
    const document = partXml(
      await exportParts([...seedMeasures(), makeMeasure({ deadline: null })], {
        includeAppendix: true,
      }),
      'word/document.xml',
    );
    const cells = [...document.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)];
    expect(cells.length).toBeGreaterThan(60);
    for (const cell of cells) expect(cell[1]).toMatch(/<w:p[ >]/);
  });
  it('writes purpose and subject as one bold-styled line', async () => {
    const paragraphs = await exportParagraphs(seedMeasures(), { purpose: 'Til beslutning' });
    expect(withStyle(paragraphs, NOTAT_STYLE.purpose)).toEqual([
      'Til beslutning. Rapportering på oppfølging av IOM sin innsats mot menneskehandel.',
    ]);
  });
});

describe('buildNotat: sections and measures', () => {
  it('orders sections and measures by SortOrder, whatever order they come in', async () => {
    const shuffled = [...seedMeasures()].reverse();
    const paragraphs = await exportParagraphs(shuffled);
    expect(withStyle(paragraphs, NOTAT_STYLE.sectionHeading)).toEqual([
      'Departementets oppfølging',
      'IOMs oppfølging',
    ]);
    const titles = paragraphs.flatMap((p) =>
      p.runs.filter((r) => r.style === NOTAT_STYLE.measureTitle).map((r) => r.text),
    );
    const expected = seedMeasures()
      .filter((m) => m.statusReport !== '')
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((m) => `${m.title}:`);
    expect(titles).toEqual(expected);
  });
  it('writes a measure as "<Title>: <report>" with the title in its character style', async () => {
    const paragraphs = await exportParagraphs(seedMeasures());
    const vurdere = paragraphs.find((p) => p.text.startsWith('Vurdere flerårige avtaler'));
    expect(vurdere?.style).toBe(NOTAT_STYLE.body);
    expect(vurdere?.runs[0]).toEqual({
      style: NOTAT_STYLE.measureTitle,
      text: 'Vurdere flerårige avtaler:',
    });
    expect(vurdere?.text).toBe(
      'Vurdere flerårige avtaler: Tilskuddene til IOMs arbeid mot menneskehandel er i begrenset ' +
        'grad ettårige. For 2012 er tilskuddene del av flerårig støtte, med unntak av et lite prosjekt.',
    );
  });
  it('keeps a report of several paragraphs as several body paragraphs', async () => {
    const paragraphs = await exportParagraphs(seedMeasures());
    const start = paragraphs.findIndex((p) => p.text.startsWith('MR/DEM-seksjonen tar initiativ'));
    expect(start).toBeGreaterThan(0);
    const next = paragraphs.slice(start, start + 6);
    expect(next.map((p) => p.style)).toEqual([
      ...Array<string>(5).fill(NOTAT_STYLE.body),
      NOTAT_STYLE.sectionHeading,
    ]);
    expect(next[1]?.text).toMatch(/^Som forutsatt i Regjeringens Handlingsplan/);
    expect(next[4]?.text).toMatch(/^MR\/DEM-seksjonen støtter en lang rekke prosjekter/);
    expect(next[1]?.runs.some((r) => r.style === NOTAT_STYLE.measureTitle)).toBe(false);
  });
  it('turns single line breaks into breaks and tabs into tabs inside one paragraph', async () => {
    const measure = makeMeasure({ title: 'Linjer', statusReport: 'første\nandre\r\n\tinnrykket' });
    const document = partXml(await exportParts([measure]), 'word/document.xml');
    const paragraph = paragraphsOf(document).find((p) => p.text.startsWith('Linjer:'));
    expect(paragraph?.text).toBe('Linjer: første\nandre\n\tinnrykket');
    expect(document).toMatch(/<w:br\/><w:t xml:space="preserve">andre<\/w:t>/);
    expect(document).toMatch(/<w:br\/><w:tab\/><w:t xml:space="preserve">innrykket<\/w:t>/);
  });
  it('prints the section introduction under its heading, before the measures', async () => {
    const paragraphs = await exportParagraphs(seedMeasures());
    const heading = paragraphs.findIndex((p) => p.text === 'IOMs oppfølging');
    expect(paragraphs[heading + 1]?.text).toMatch(/^Enkelte anbefalinger er fulgt opp/);
    expect(paragraphs[heading + 2]?.text).toBe(
      'IOMs oppfølging av tiltakene som skissert i notatet av 25.08.2011:',
    );
    expect(paragraphs[heading + 3]?.text).toMatch(/^Bedre behovsanalyser og resultatmålinger: /);
  });
});

describe('buildNotat: measures without a report', () => {
  const unreportedTitle = 'HUM-seksjonen koordinerer rapportering';
  it('leaves them out by default', async () => {
    const paragraphs = await exportParagraphs(seedMeasures());
    expect(paragraphs.some((p) => p.text.startsWith(unreportedTitle))).toBe(false);
  });
  it('names them with "Ikke rapportert." when the caseworker includes them', async () => {
    const paragraphs = await exportParagraphs(seedMeasures(), { includeUnreported: true });
    const paragraph = paragraphs.find((p) => p.text.startsWith(unreportedTitle));
    expect(paragraph?.text).toMatch(/: Ikke rapportert\.$/);
  });
  it('drops a section with nothing to say, and keeps it when it has an introduction', async () => {
    const measures = [
      makeMeasure({ section: 'A', sortOrder: 1 }),
      makeMeasure({ section: 'B', sortOrder: 2, statusReport: ' \n ' }),
    ];
    const without = await exportParagraphs(measures, { sectionIntroductions: {} });
    expect(withStyle(without, NOTAT_STYLE.sectionHeading)).toEqual(['A']);
    const withIntro = await exportParagraphs(measures, { sectionIntroductions: { B: 'Om B.' } });
    expect(withStyle(withIntro, NOTAT_STYLE.sectionHeading)).toEqual(['A', 'B']);
  });
});

describe('buildNotat: closing, attachments, appendix', () => {
  it('ends with the closing and "Vedlagt …" for one attachment', async () => {
    const paragraphs = await exportParagraphs(seedMeasures());
    expect(paragraphs.at(-2)?.text).toMatch(/^IOM vurderer evalueringen/);
    expect(paragraphs.at(-1)?.text).toBe(
      'Vedlagt IOMs oversikt over oppfølgingen av enkeltanbefalingene i evalueringen.',
    );
  });
  it('lists several attachments under "Vedlagt:"', async () => {
    const paragraphs = await exportParagraphs(seedMeasures(), {
      attachments: ['Notat av 25.08.2011', '', 'IOMs oversikt'],
    });
    expect(paragraphs.slice(-3).map((p) => [p.style, p.text])).toEqual([
      [NOTAT_STYLE.body, 'Vedlagt:'],
      [NOTAT_STYLE.attachment, 'Notat av 25.08.2011'],
      [NOTAT_STYLE.attachment, 'IOMs oversikt'],
    ]);
  });
  it('adds the overview table with a repeating header row when asked', async () => {
    const measures = seedMeasures();
    const document = partXml(
      await exportParts(measures, { includeAppendix: true }),
      'word/document.xml',
    );
    const tables = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1] ?? '');
    expect(tables).toHaveLength(2);
    const rows = [...(tables[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(
      (m) => m[1] ?? '',
    );
    // The measures the memo reports on: the unreported one is left out of the table as of the text.
    expect(rows).toHaveLength(measures.filter((m) => m.statusReport !== '').length + 1);
    expect(rows[0]).toMatch(/<w:tblHeader\/>/);
    expect(paragraphsOf(rows[0] ?? '').map((p) => p.text)).toEqual([
      'Tiltak',
      'Ansvarlig',
      'Frist',
      'Status',
    ]);
    expect(paragraphsOf(rows.at(-1) ?? '').map((p) => p.text)).toEqual([
      'Overlate tiltak innen rettshåndhevelse til andre aktører',
      'IOM',
      '31.12.2012',
      'Ikke aktuelt',
    ]);
  });
  it('has no appendix table by default', async () => {
    const document = partXml(await exportParts(seedMeasures()), 'word/document.xml');
    expect([...document.matchAll(/<w:tbl>/g)]).toHaveLength(1);
  });
});

describe('buildNotat: pages, marking and properties', () => {
  it('numbers pages "Side X av Y" with PAGE and NUMPAGES fields in the footer', async () => {
    const parts = await exportParts(seedMeasures());
    const footer = partXml(parts, 'word/footer1.xml');
    expect(footer).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText xml:space="preserve">NUMPAGES<\/w:instrText>/);
    expect(footer).toMatch(
      />Side <\/w:t>[\s\S]*>PAGE<\/w:instrText>[\s\S]*> av <\/w:t>[\s\S]*>NUMPAGES</,
    );
    expect(partXml(parts, 'word/document.xml')).toMatch(/<w:footerReference w:type="default"/);
  });
  it('marks every page "Unntatt offentlighet" with the legal basis in the page header', async () => {
    const parts = await exportParts(seedMeasures(), { exemption: { legalBasis: 'offl. § 14' } });
    const document = partXml(parts, 'word/document.xml');
    // One default header and no separate first page: the marking is on every page.
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    expect(document).not.toMatch(/<w:titlePg/);
    const header = paragraphsOf(partXml(parts, 'word/header1.xml'));
    expect(header.map((p) => [p.style, p.text])).toEqual([
      [NOTAT_STYLE.pageHeader, 'Unntatt offentlighet\noffl. § 14'],
    ]);
  });
  it('has no page header without the marking', async () => {
    const document = partXml(await exportParts(seedMeasures()), 'word/document.xml');
    expect(document).not.toMatch(/<w:headerReference/);
  });
  it('sets title, author and creation time in the document properties', async () => {
    const core = partXml(await exportParts(seedMeasures()), 'docProps/core.xml');
    expect(core).toMatch(
      /<dc:title>Notat: Rapportering på oppfølging av IOM sin innsats mot menneskehandel\.<\/dc:title>/,
    );
    expect(core).toMatch(/<dc:creator>Kristin Hoem Langsholt<\/dc:creator>/);
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d{2}-\d{2}T/);
  });
});

describe('buildNotat: hostile text', () => {
  const hostile =
    'a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh\uD800i\uDFFFj <tag> & "q" \'s\' ]]> ' +
    '{{ x }} ${y} \u200B\u202E😀';
  it('removes what XML forbids and keeps the rest as text', async () => {
    const measure = makeMeasure({ title: `T${hostile}`, statusReport: hostile });
    const parts = await exportParts([measure], { to: hostile, subject: hostile });
    const document = partXml(parts, 'word/document.xml');
    // eslint-disable-next-line no-control-regex -- asserting the controls are gone
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(document).not.toMatch(/<tag>/);
    // The override is kept, closed and isolated inside its field (see the next test).
    const clean = '\u2068abcdefghij <tag> & "q" \'s\' ]]> {{ x }} ${y} \u200B\u202E😀\u202C\u2069';
    const texts = paragraphsOf(document).map((p) => p.text);
    expect(texts).toContain(`\u2068T${clean.slice(1)}: ${clean}`);
    expect(texts).toContain(clean);
    expect(texts).toContain(`Til orientering. ${clean}`);
  });
  it('lets no direction override in a field reverse the text after it', async () => {
    const measure = makeMeasure({
      title: 'Tittel \u202Emed overstyring',
      statusReport: 'første \u202Blinje\nandre \u2067linje\u2069\u2069 slutt\n\ntredje \u202D',
    });
    const parts = await exportParts([measure], {
      to: 'Ekspedisjonssjefen \u202E',
      copyTo: ['Seksjon \u202E', 'Neste'],
      subject: 'Emne \u2066',
      attachments: ['Vedlegg \u202E', 'To'],
      includeAppendix: true,
    });
    const texts = paragraphsOf(partXml(parts, 'word/document.xml')).map((p) => p.text);
    const withControls = texts.filter((text) => /[\u202A-\u202E\u2066-\u2069]/.test(text));
    expect(withControls.length).toBeGreaterThan(6);
    for (const text of withControls) {
      // Each line (w:br) of a paragraph too: a line is as far as a field reaches.
      for (const line of text.split('\n'))
        expect([line, unclosedDirection(line)]).toEqual([line, []]);
    }
    const lead = texts.find((text) => text.includes('Tittel'));
    expect(lead).toMatch(/^\u2068Tittel \u202Emed overstyring\u202C\u2069: /);
  });
});

/** The appendix table's XML (the second table of the body). */
async function appendixXml(measures: Measure[]): Promise<string> {
  const document = partXml(
    await exportParts(measures, { includeAppendix: true }),
    'word/document.xml',
  );
  const tables = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1] ?? '');
  expect(tables).toHaveLength(2);
  return tables[1] ?? '';
}

const rowsOf = (tableXml: string) =>
  [...tableXml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? '');

describe('buildNotat: the appendix as Word lays it out', () => {
  it('repeats only the header row on every page, grey behind it, and splits no row', async () => {
    const rows = rowsOf(await appendixXml(seedMeasures()));
    expect(rows[0]).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    expect([
      ...(rows[0] ?? '').matchAll(/<w:shd w:fill="D9D9D9" [^>]*w:val="clear"\/>/g),
    ]).toHaveLength(4);
    for (const row of rows.slice(1)) {
      expect(row).toMatch(/<w:trPr><w:cantSplit\/><\/w:trPr>/);
      expect(row).not.toMatch(/<w:shd/);
    }
    expect(paragraphsOf(rows[0] ?? '').map((p) => p.style)).toEqual(
      Array<string>(4).fill(NOTAT_STYLE.tableHeader),
    );
    expect(paragraphsOf(rows[1] ?? '').map((p) => p.style)).toEqual(
      Array<string>(4).fill(NOTAT_STYLE.tableText),
    );
  });

  it('spans the text width in fixed columns, half of it for the measure, with thin borders', async () => {
    const table = await appendixXml(seedMeasures());
    // 16 cm of text on A4 with 2.5 cm margins: 9070 twips.
    expect(table).toMatch(/<w:tblW w:type="dxa" w:w="9070"\/>/);
    expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    const columns = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(columns).toEqual([4535, 1814, 1179, 1541]);
    const cellWidths = [
      ...(rowsOf(table)[1] ?? '').matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g),
    ];
    expect(cellWidths.map((m) => Number(m[1]))).toEqual(columns);
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)?.[1] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])
      expect(borders).toMatch(new RegExp(`<w:${side} w:val="single" w:color="auto" w:sz="4"/>`));
    expect(table).toMatch(
      /<w:tblCellMar><w:top w:type="dxa" w:w="28"\/><w:left w:type="dxa" w:w="85"\/><w:bottom w:type="dxa" w:w="28"\/><w:right w:type="dxa" w:w="85"\/><\/w:tblCellMar>/,
    );
  });

  it('writes a measure without a deadline with an empty Frist cell, and titles on one line', async () => {
    const measures = [
      makeMeasure({ title: 'To\nlinjer', responsibleUnit: ' IOM ', deadline: null }),
    ];
    const rows = rowsOf(await appendixXml(measures));
    const cells = [...(rows[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1] ?? '');
    expect(cells.map((c) => paragraphsOf(c).map((p) => p.text))).toEqual([
      ['To linjer'],
      ['IOM'],
      [''],
      ['Pågår'],
    ]);
    expect(cells[2]).not.toMatch(/<w:r>/);
  });

  it('starts the appendix on a new page and ends the document with an empty body paragraph', async () => {
    const document = partXml(
      await exportParts(seedMeasures(), { includeAppendix: true }),
      'word/document.xml',
    );
    expect(document).toMatch(
      /<w:p><w:pPr><w:pStyle w:val="NotatAppendixHeading"\/><w:pageBreakBefore\/><\/w:pPr><w:r><w:t xml:space="preserve">Vedlegg: Oversikt over tiltakene<\/w:t>/,
    );
    expect(document).toMatch(
      /<\/w:tbl><w:p><w:pPr><w:pStyle w:val="NotatBody"\/><\/w:pPr><\/w:p><w:sectPr>/,
    );
  });

  it('leaves the appendix out for a plan without measures', async () => {
    const document = partXml(await exportParts([], { includeAppendix: true }), 'word/document.xml');
    expect([...document.matchAll(/<w:tbl>/g)]).toHaveLength(1);
    expect(document).not.toMatch(/Vedlegg: Oversikt/);
    expect(document).not.toMatch(/NotatAppendixHeading/);
  });
});

describe('buildNotat: page, titles and attachments as typed', () => {
  it('sets 2.5 cm margins on every side and the header and footer 1.25 cm from the edge', async () => {
    const document = partXml(await exportParts(seedMeasures()), 'word/document.xml');
    expect(document).toMatch(
      /<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709"/,
    );
  });
  it('prints a title that already ends in ":" with one colon', async () => {
    const measure = makeMeasure({
      title: 'Rapportering til utenriksråden:',
      statusReport: 'Gjort.',
    });
    const paragraphs = await exportParagraphs([measure]);
    const paragraph = paragraphs.find((p) => p.text.startsWith('Rapportering til'));
    expect(paragraph?.text).toBe('Rapportering til utenriksråden: Gjort.');
  });
  it('ends a single attachment with one full stop, whatever stops inside it', async () => {
    const inside = await exportParagraphs(seedMeasures(), { attachments: ['Rapport v.2 fra IOM'] });
    expect(inside.at(-1)?.text).toBe('Vedlagt Rapport v.2 fra IOM.');
    const asked = await exportParagraphs(seedMeasures(), { attachments: [' Hva nå? '] });
    expect(asked.at(-1)?.text).toBe('Vedlagt Hva nå?');
    const done = await exportParagraphs(seedMeasures(), { attachments: ['Referat.', ' '] });
    expect(done.at(-1)?.text).toBe('Vedlagt Referat.');
    expect(done.at(-1)?.style).toBe(NOTAT_STYLE.body);
  });
  it('writes nothing after the closing when every attachment is blank', async () => {
    const paragraphs = await exportParagraphs(seedMeasures(), { attachments: ['', ' '] });
    expect(paragraphs.at(-1)?.text).toMatch(/^IOM vurderer evalueringen/);
  });
  it('writes the purpose alone, with a full stop, when there is no subject', async () => {
    const paragraphs = await exportParagraphs(seedMeasures(), { subject: ' \n ' });
    expect(withStyle(paragraphs, NOTAT_STYLE.purpose)).toEqual(['Til orientering.']);
  });
  it('keeps a heading paragraph for a section without a name', async () => {
    const paragraphs = await exportParagraphs([makeMeasure({ section: ' ' })]);
    const heading = paragraphs.find((p) => p.style === NOTAT_STYLE.sectionHeading);
    expect(heading).toEqual({ style: NOTAT_STYLE.sectionHeading, text: '', runs: [] });
  });
});

describe('buildNotat: marking and document properties', () => {
  it('marks "Unntatt offentlighet" alone when no legal basis is given', async () => {
    const parts = await exportParts(seedMeasures(), { exemption: { legalBasis: ' ' } });
    const header = partXml(parts, 'word/header1.xml');
    expect(paragraphsOf(header).map((p) => p.text)).toEqual(['Unntatt offentlighet']);
    expect(header).not.toMatch(/<w:br\/>/);
  });
  it('names the caseworker as author and last editor, and the case number as keyword', async () => {
    const core = partXml(await exportParts(seedMeasures()), 'docProps/core.xml');
    expect(core).toMatch(/<dc:creator>Kristin Hoem Langsholt<\/dc:creator>/);
    expect(core).toMatch(/<cp:lastModifiedBy>Kristin Hoem Langsholt<\/cp:lastModifiedBy>/);
    expect(core).toMatch(/<cp:keywords>11\/10298-26<\/cp:keywords>/);
    expect(core).toMatch(/<dc:description>Saksnr\. 11\/10298-26<\/dc:description>/);
    expect(core).toMatch(
      /<dc:subject>Til orientering\. Rapportering på oppfølging av IOM sin innsats mot menneskehandel\.<\/dc:subject>/,
    );
  });
  it('falls back to the sending unit as author, and leaves out what is empty', async () => {
    const fromUnit = partXml(
      await exportParts(seedMeasures(), { caseworker: ' ', caseNumber: '' }),
      'docProps/core.xml',
    );
    expect(fromUnit).toMatch(/<dc:creator>Seksjon for humanitære spørsmål<\/dc:creator>/);
    expect(fromUnit).not.toMatch(/<cp:keywords>/);
    expect(fromUnit).not.toMatch(/Saksnr\./);
    const nobody = partXml(
      await exportParts(seedMeasures(), { caseworker: '', from: '', subject: '' }),
      'docProps/core.xml',
    );
    expect(nobody).toMatch(/<dc:title>Notat<\/dc:title>/);
    // No invented author ("Un-named" is what docx would write).
    expect(nobody).not.toMatch(/<dc:creator>|<cp:lastModifiedBy>|Un-named/);
  });
});

describe('buildNotat: text only inside runs', () => {
  it('writes no character outside a text element, which Word would refuse as a damaged file', async () => {
    const document = partXml(
      await exportParts([makeMeasure({ deadline: null })], {
        includeAppendix: true,
        to: '',
        via: '',
        copyTo: [],
        from: '',
        caseworker: '',
        date: '',
        caseNumber: '',
      }),
      'word/document.xml',
    );
    const outsideText = document
      .replace(/<w:(t|instrText)\b[^>]*>[^<]*<\/w:\1>/g, '')
      .replace(/<[^>]*>/g, '')
      .replace(/^<\?xml[^>]*\?>/, '');
    expect(outsideText).toBe('');
  });
});
