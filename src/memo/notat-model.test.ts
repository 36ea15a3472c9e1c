import { describe, expect, it } from 'vitest';
import type { Measure } from '../domain';
import { buildNotat } from './build-notat';
import { defaultMemoSettings, type MemoSettings } from './memo-settings';
import { buildNotatModel, type NotatBlock, type NotatParagraph } from './notat-model';
import { NOTAT_STYLE } from './notat-style-names';
import { packNotat } from './pack-notat';
import { readStoredMemoSettings, writeStoredMemoSettings } from './stored-memo-settings';
import { paragraphsOf, partXml, readDocxParts } from '../../tests/support/memo/read-docx';
import {
  makeMeasure,
  memo2012Settings,
  seedMeasures,
} from '../../tests/support/memo/seed-measures';

const paragraphText = (p: NotatParagraph) =>
  p.runs.map((r) => (r.lineBreak ? `\n${r.text}` : r.text)).join('');

/** Every paragraph of the model in document order, table cells included, as style and text. */
function modelParagraphs(blocks: NotatBlock[]): { style: string; text: string }[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [{ style: NOTAT_STYLE[block.style], text: paragraphText(block) }]
      : block.rows.flatMap((row) =>
          row.cells.flatMap((cell) =>
            cell.map((p) => ({ style: NOTAT_STYLE[p.style], text: paragraphText(p) })),
          ),
        ),
  );
}

async function docxParts(measures: Measure[], settings: MemoSettings) {
  return readDocxParts(await packNotat(buildNotat({ measures, settings })));
}

async function docxParagraphs(measures: Measure[], settings: MemoSettings) {
  return paragraphsOf(partXml(await docxParts(measures, settings), 'word/document.xml')).map(
    (p) => ({ style: p.style ?? '', text: p.text }),
  );
}

describe('the notat model and its .docx rendering', () => {
  it('renders to a .docx that says exactly what the model says, paragraph by paragraph', async () => {
    const settings = { ...memo2012Settings(), includeAppendix: true, includeUnreported: true };
    const model = buildNotatModel({ measures: seedMeasures(), settings });
    expect(await docxParagraphs(seedMeasures(), settings)).toEqual(modelParagraphs(model.body));
  });

  it('reproduces the 2012 memo: the measure paragraphs under their sections, the unreported one left out', () => {
    const model = buildNotatModel({ measures: seedMeasures(), settings: memo2012Settings() });
    const texts = modelParagraphs(model.body).map((p) => p.text);
    for (const m of seedMeasures().filter((x) => x.statusReport !== '')) {
      expect(texts, m.title).toContain(`${m.title}: ${m.statusReport.split('\n\n')[0] ?? ''}`);
    }
    expect(model.leftOut.map((l) => [l.measure.title, l.reason])).toEqual([
      [
        'HUM-seksjonen koordinerer rapportering til utenriksråden innen ett år om hvordan planen er fulgt opp',
        'unreported',
      ],
    ]);
  });
});

describe('a memo of approved reports only', () => {
  it('leaves out what is not approved, names each with its review state, and keeps the rest', () => {
    const measures = [
      makeMeasure({ title: 'Godkjent tiltak', reviewState: 'Godkjent', sortOrder: 10 }),
      makeMeasure({ title: 'Returnert tiltak', reviewState: 'Returnert', sortOrder: 20 }),
      makeMeasure({ title: 'Nytt tiltak', reviewState: 'Ikke vurdert', sortOrder: 30 }),
    ];
    const settings = { ...memo2012Settings(), approvedOnly: true };
    const model = buildNotatModel({ measures, settings });
    const texts = modelParagraphs(model.body).map((p) => p.text);
    expect(texts.filter((t) => t.endsWith('.') && t.includes('tiltak:'))).toEqual([
      'Godkjent tiltak: Rapport for tiltak ' + (measures[0]?.id ?? '') + '.',
    ]);
    expect(model.leftOut.map((l) => [l.measure.title, l.measure.reviewState, l.reason])).toEqual([
      ['Returnert tiltak', 'Returnert', 'not-approved'],
      ['Nytt tiltak', 'Ikke vurdert', 'not-approved'],
    ]);
    // Without the choice every report is in, approved or not.
    const all = buildNotatModel({ measures, settings: { ...settings, approvedOnly: false } });
    expect(all.leftOut).toEqual([]);
  });

  it('drops a section whose reports are all unapproved', () => {
    const measures = [
      makeMeasure({ section: 'Departementets oppfølging', reviewState: 'Godkjent' }),
      makeMeasure({ section: 'IOMs oppfølging', reviewState: 'Returnert' }),
    ];
    const model = buildNotatModel({
      measures,
      settings: { ...memo2012Settings(), approvedOnly: true, sectionIntroductions: {} },
    });
    const headings = modelParagraphs(model.body).filter(
      (p) => p.style === NOTAT_STYLE.sectionHeading,
    );
    expect(headings.map((h) => h.text)).toEqual(['Departementets oppfølging']);
  });
});

describe('the appendix lists what the memo reports on', () => {
  /** The titles in the appendix table (its first column, the header row left out). */
  const appendixTitles = (blocks: NotatBlock[]) => {
    const table = blocks.find((b) => b.kind === 'table' && b.role === 'appendix');
    if (table?.kind !== 'table') return [];
    return table.rows
      .filter((row) => !row.header)
      .map((row) =>
        paragraphText(row.cells[0]?.[0] ?? { kind: 'paragraph', style: 'body', runs: [] }),
      );
  };
  const plan = () => [
    makeMeasure({ title: 'Godkjent tiltak', reviewState: 'Godkjent', sortOrder: 10 }),
    makeMeasure({ title: 'Returnert tiltak', reviewState: 'Returnert', sortOrder: 20 }),
    makeMeasure({ title: 'Nytt tiltak', reviewState: 'Ikke vurdert', sortOrder: 30 }),
    makeMeasure({ title: 'Urapportert', reviewState: 'Godkjent', statusReport: '', sortOrder: 40 }),
  ];

  it('with approved reports only: the approved ones, the rest named as left out', () => {
    const settings = { ...memo2012Settings(), approvedOnly: true, includeAppendix: true };
    const model = buildNotatModel({ measures: plan(), settings });
    expect(appendixTitles(model.body)).toEqual(['Godkjent tiltak']);
    expect(model.leftOut.map((l) => l.measure.title)).toEqual([
      'Returnert tiltak',
      'Nytt tiltak',
      'Urapportert',
    ]);
  });

  it('every measure reported on, and an unreported one only when the memo names it', () => {
    const settings = { ...memo2012Settings(), approvedOnly: false, includeAppendix: true };
    expect(appendixTitles(buildNotatModel({ measures: plan(), settings }).body)).toEqual([
      'Godkjent tiltak',
      'Returnert tiltak',
      'Nytt tiltak',
    ]);
    const named = { ...settings, includeUnreported: true };
    expect(appendixTitles(buildNotatModel({ measures: plan(), settings: named }).body)).toEqual([
      'Godkjent tiltak',
      'Returnert tiltak',
      'Nytt tiltak',
      'Urapportert',
    ]);
  });

  it('has no table when nothing is reported on', () => {
    const settings = { ...memo2012Settings(), approvedOnly: true, includeAppendix: true };
    const model = buildNotatModel({
      measures: [makeMeasure({ reviewState: 'Returnert' })],
      settings,
    });
    expect(model.body.some((b) => b.kind === 'table' && b.role === 'appendix')).toBe(false);
  });
});

describe('the memo in nynorsk', () => {
  const nynorsk = (overrides: Partial<MemoSettings> = {}): MemoSettings => ({
    ...memo2012Settings(),
    language: 'nn',
    ...overrides,
  });

  it('labels the header block in nynorsk and keeps the values as typed', () => {
    const model = buildNotatModel({ measures: seedMeasures(), settings: nynorsk() });
    const header = model.body.find((b) => b.kind === 'table');
    const labels = header?.rows.map((row) =>
      paragraphText(row.cells[0]?.[0] ?? { kind: 'paragraph', style: 'body', runs: [] }),
    );
    expect(labels).toEqual([
      'Til:',
      'Via:',
      'Kopi til:',
      'Frå:',
      'Saksbehandlar:',
      'Dato:',
      'Saksnr.:',
    ]);
    expect(modelParagraphs(model.body)[0]).toEqual({ style: NOTAT_STYLE.title, text: 'Notat' });
  });

  it('prints purpose, unreported measures, appendix and marking in nynorsk', () => {
    const measures = [
      makeMeasure({ title: 'Utan rapport', statusReport: '', status: 'Ikke påbegynt' }),
    ];
    const model = buildNotatModel({
      measures,
      settings: nynorsk({
        purpose: 'Til beslutning',
        includeUnreported: true,
        includeAppendix: true,
        exemption: { legalBasis: 'offl. § 14' },
      }),
    });
    const texts = modelParagraphs(model.body).map((p) => p.text);
    expect(texts).toContain(
      'Til avgjerd. Rapportering på oppfølging av IOM sin innsats mot menneskehandel.',
    );
    expect(texts).toContain('Utan rapport: Ikkje rapportert.');
    expect(texts).toContain('Vedlegg: Oversikt over tiltaka');
    expect(texts).toContain('Ansvarleg');
    expect(texts).toContain('Ikkje påbyrja');
    expect(model.pageHeader && paragraphText(model.pageHeader)).toBe(
      'Unnateke offentlegheit\noffl. § 14',
    );
    expect(model.documentLanguage).toBe('nn-NO');
  });

  it('sets the document language to nn-NO in the .docx', async () => {
    const styles = partXml(await docxParts(seedMeasures(), nynorsk()), 'word/styles.xml');
    expect(styles).toMatch(/<w:lang w:val="nn-NO"\/>/);
  });

  it('writes the default texts in nynorsk, the verbs agreeing with the count', () => {
    const settings = defaultMemoSettings({
      caseNumber: '11/10298',
      measures: [
        ...Array.from({ length: 2 }, () => makeMeasure({ status: 'Gjennomført' })),
        makeMeasure({ status: 'Ikke aktuelt' }),
      ],
      userName: 'Kari Nordmann',
      today: new Date('2012-12-20T12:00:00Z'),
      language: 'nn',
    });
    expect(settings.language).toBe('nn');
    expect(settings.subject).toBe('Rapportering på oppfølgingsplanen av 25.08.2011');
    expect(settings.introduction).toMatch(
      /^Det blir vist til oppfølgingsplanen av 25\.08\.2011 \(sak 11\/10298\)\. I samsvar med Norads instruks for evalueringsverksemda/,
    );
    expect(settings.introduction).toContain(
      'Planen har 3 tiltak. Status per 20.12.2012: 2 tiltak er gjennomførte og 1 er ikkje aktuelt.',
    );
    expect(settings.closing).toBe('Alle tiltaka i oppfølgingsplanen er dermed avslutta.');
  });
});

describe('MemoSettings as the plan keeps them', () => {
  it('reads the written standard and the approved-only choice, and keeps keys it does not know', () => {
    const stored = JSON.stringify({ to: 'A', language: 'nn', approvedOnly: true, future: [1] });
    const read = readStoredMemoSettings(stored, memo2012Settings());
    expect(read.settings).toMatchObject({ to: 'A', language: 'nn', approvedOnly: true });
    const written = JSON.parse(
      writeStoredMemoSettings({ ...read.settings, to: 'B' }, stored),
    ) as Record<string, unknown>;
    expect(written).toMatchObject({ to: 'B', language: 'nn', future: [1] });
  });

  it('reads an unknown written standard as bokmål', () => {
    const read = readStoredMemoSettings('{"language":"sv"}', memo2012Settings());
    expect(read.settings.language).toBe('nb');
  });
});
