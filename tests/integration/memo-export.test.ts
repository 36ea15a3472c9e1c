// Writes real .docx files to test-output/memos/ (CI checks each with shared/tools/check-docx.sh)
// and reads them back: the fidelity test compares the exported demo memo with the memo of
// 20.12.2012 itself, from the .docx file's XML, not from our own intermediate objects.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../src/domain';
import { STATUSES } from '../../src/domain';
import { buildNotat } from '../../src/memo/build-notat';
import type { MemoSettings } from '../../src/memo/memo-settings';
import { NOTAT_STYLE } from '../../src/memo/notat-styles';
import { notatFileName, packNotat } from '../../src/memo/pack-notat';
import type { DocxParagraph } from '../support/memo/read-docx';
import { paragraphsOf, partXml, readDocxParts } from '../support/memo/read-docx';
import { makeMeasure, memo2012Settings, seedMeasures } from '../support/memo/seed-measures';

const OUTPUT = new URL('../../test-output/memos/', import.meta.url);
const REFERENCE = new URL(
  '../../../shared/reference/notat-2012-12-20-rapportering-iom.txt',
  import.meta.url,
);

async function writeMemo(name: string, measures: Measure[], settings: MemoSettings) {
  const bytes = await packNotat(buildNotat({ measures, settings }));
  writeFileSync(new URL(name, OUTPUT), bytes);
  return readDocxParts(bytes);
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const withoutFinalPeriod = (text: string) => text.replace(/\.$/, '');

// XML 1.0 forbids these anywhere in a part (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex -- the point of the pattern
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

beforeAll(() => {
  mkdirSync(OUTPUT, { recursive: true });
});

/**
 * The reference memo as paragraphs. The text export has page-break artifacts: a paragraph cut
 * in two by a blank line ("tildelingskrivene til" / "ambassadene: …"). A paragraph of the memo
 * body ends in . : ! or ?, so one that does not is joined with the next.
 */
function referenceParagraphs(): string[] {
  const blocks = readFileSync(REFERENCE, 'utf8')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(normalize)
    .filter((block) => block !== '');
  const body = blocks.slice(blocks.findIndex((b) => b.startsWith('Til orientering.')));
  const joined: string[] = [];
  let pending = '';
  for (const block of body) {
    pending = pending === '' ? block : `${pending} ${block}`;
    if (/[.:!?]$/.test(pending)) {
      joined.push(pending);
      pending = '';
    }
  }
  if (pending !== '') joined.push(pending);
  return joined;
}

/** The reference's "measure: report" paragraphs per section, between the boundaries the memo has. */
function referenceSections(paragraphs: string[]): { heading: string; paragraphs: string[] }[] {
  const index = (predicate: (p: string) => boolean, from = 0) => {
    const found = paragraphs.findIndex((p, i) => i >= from && predicate(p));
    if (found < 0) throw new Error('reference memo: a section boundary is missing');
    return found;
  };
  const departement = index((p) => p === 'Departementets oppfølging.');
  const iom = index((p) => p === 'IOMs oppfølging.', departement);
  const iomMeasures = index((p) => p.startsWith('IOMs oppfølging av tiltakene som skissert'), iom);
  const closing = index((p) => p.startsWith('IOM vurderer evalueringen'), iomMeasures);
  return [
    { heading: 'Departementets oppfølging.', paragraphs: paragraphs.slice(departement + 1, iom) },
    { heading: 'IOMs oppfølging.', paragraphs: paragraphs.slice(iomMeasures + 1, closing) },
  ];
}

/** The exported body after the header block: heading → the paragraphs under it. */
function exportedSections(paragraphs: DocxParagraph[]) {
  const sections: { heading: string; paragraphs: string[] }[] = [];
  for (const p of paragraphs) {
    if (p.style === NOTAT_STYLE.sectionHeading) sections.push({ heading: p.text, paragraphs: [] });
    else sections.at(-1)?.paragraphs.push(normalize(p.text));
  }
  return sections;
}

function isContiguousIn(needle: string[], haystack: string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((p, i) => haystack[start + i] === p)) return true;
  }
  return false;
}

describe('the demo plan exported with the settings of the memo of 20.12.2012', () => {
  let paragraphs: DocxParagraph[];
  let documentXml: string;
  beforeAll(async () => {
    const parts = await writeMemo('demo-plan.docx', seedMeasures(), memo2012Settings());
    documentXml = partXml(parts, 'word/document.xml');
    paragraphs = paragraphsOf(documentXml);
  });

  it('has every "measure: report" paragraph of the 2012 memo, in order, under its heading', () => {
    const expected = referenceSections(referenceParagraphs());
    // 7 measures (one report of 5 paragraphs) and 6 measures: the parse found them all.
    expect(expected.map((s) => s.paragraphs.length)).toEqual([11, 6]);
    const actual = exportedSections(paragraphs);
    expect(actual.map((s) => withoutFinalPeriod(s.heading))).toEqual(
      expected.map((s) => withoutFinalPeriod(s.heading)),
    );
    expected.forEach((section, i) => {
      const under = actual[i]?.paragraphs ?? [];
      expect(isContiguousIn(section.paragraphs, under), `under ${section.heading}`).toBe(true);
    });
  });

  it('reads word for word as the 2012 memo from the purpose line to the attachments', () => {
    const start = paragraphs.findIndex((p) => p.style === NOTAT_STYLE.purpose);
    const exported = paragraphs
      .slice(start)
      .map((p) =>
        p.style === NOTAT_STYLE.sectionHeading ? withoutFinalPeriod(p.text) : normalize(p.text),
      );
    const reference = referenceParagraphs().map((p) =>
      p === 'Departementets oppfølging.' || p === 'IOMs oppfølging.' ? withoutFinalPeriod(p) : p,
    );
    expect(exported).toEqual(reference);
  });

  it('has the header block of the 2012 memo', () => {
    const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(documentXml)?.[1] ?? '';
    const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      normalize(
        paragraphsOf(row[1] ?? '')
          .map((p) => p.text)
          .join(' '),
      ),
    );
    const reference = readFileSync(REFERENCE, 'utf8')
      .split(/\n\s*\n/)
      .map(normalize)
      .filter((block) => /^(Til|Via|Kopi til|Fra|Saksbehandler|Dato|Saksnr\.):/.test(block));
    expect(rows).toEqual(reference);
  });

  it('leaves out the one measure without a report (the 2012 memo is that report)', () => {
    expect(paragraphs.some((p) => p.text.startsWith('HUM-seksjonen koordinerer'))).toBe(false);
  });

  it('is named as the archive would name it', () => {
    expect(notatFileName(memo2012Settings())).toBe('Notat 11-10298-26 20.12.2012.docx');
  });
});

// ---------------------------------------------------------------------------------------------

const SECTIONS = [
  'Departementets oppfølging',
  'Ambassadenes oppfølging',
  'Norads oppfølging',
  'IOMs oppfølging',
  'UNODCs oppfølging',
];
const UNITS = [
  'HUM-seksjonen',
  'MR/DEM-seksjonen',
  'Regionalavdelingen',
  'Seksjon for Russland, Eurasia og regionalt samarbeid',
  'Geneve-delegasjonen',
  'Ambassaden i Dhaka',
  'Ambassaden i Abuja',
  'IOM',
];
const SENTENCES = [
  'Evalueringen er blitt fulgt opp i samtaler med organisasjonen.',
  'Ingen rapporterer om at dette er gjort.',
  'Arbeidet pågår og ventes avsluttet i løpet av neste år.',
  'Tilskuddene er i begrenset grad ettårige, med unntak av et lite prosjekt.',
  'Detaljert veiledning er inkludert i håndboken og vil styrkes videre ved utarbeidelse av en indikatormanual.',
  'Seksjonen deltok i gjennomgangen og har fulgt opp anbefalingene på prosjektnivå.',
];

/** A report of `sentences` sentences, split into paragraphs or lines as the index says. */
function reportFor(index: number): string {
  if (index % 50 === 49) return '';
  const sentences = index % 97 === 0 ? 60 : 1 + (index % 9);
  const words = Array.from(
    { length: sentences },
    (_, i) => SENTENCES[(index + i) % SENTENCES.length],
  );
  if (index % 7 === 0) {
    const half = Math.ceil(words.length / 2);
    return `${words.slice(0, half).join(' ')}\n\n${words.slice(half).join(' ')}\n\nAvsluttende merknad ${index}.`;
  }
  if (index % 11 === 0) return words.join('\n');
  return words.join(' ');
}

function largePlan(count: number): Measure[] {
  return Array.from({ length: count }, (_, i) =>
    makeMeasure({
      title: `Tiltak ${i + 1}: ${SENTENCES[i % SENTENCES.length]?.replace(/\.$/, '') ?? ''}`,
      section: SECTIONS[Math.floor((i * SECTIONS.length) / count)] ?? 'Annet',
      sortOrder: (i + 1) * 10,
      responsibleUnit: UNITS[i % UNITS.length] ?? '',
      status: STATUSES[i % STATUSES.length] ?? 'Pågår',
      deadline: i % 13 === 0 ? null : `2013-${String((i % 12) + 1).padStart(2, '0')}-15`,
      statusReport: reportFor(i),
    }),
  );
}

describe('a plan of 1,000 measures', () => {
  it('writes every measure, the appendix with a row per measure, and the marking', async () => {
    const measures = largePlan(1000);
    const settings: MemoSettings = {
      ...memo2012Settings(),
      includeAppendix: true,
      includeUnreported: true,
      exemption: { legalBasis: 'offl. § 14' },
      sectionIntroductions: Object.fromEntries(
        SECTIONS.map((s) => [s, `Innledning til ${s}.\nMed linjeskift.\n\nOg et nytt avsnitt.`]),
      ),
    };
    const parts = await writeMemo('plan-1000-measures.docx', [...measures].reverse(), settings);
    const document = partXml(parts, 'word/document.xml');
    const paragraphs = paragraphsOf(document);
    expect(
      paragraphs.filter((p) => p.style === NOTAT_STYLE.sectionHeading).map((p) => p.text),
    ).toEqual(SECTIONS);
    const titles = paragraphs.flatMap((p) =>
      p.runs.filter((r) => r.style === NOTAT_STYLE.measureTitle).map((r) => r.text),
    );
    expect(titles).toHaveLength(1000);
    expect(titles[0]).toMatch(/^Tiltak 1: /);
    expect(titles.at(-1)).toMatch(/^Tiltak 1000: /);
    expect(paragraphs.filter((p) => p.text.endsWith(': Ikke rapportert.'))).toHaveLength(20);
    const tables = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)];
    const appendixRows = [...(tables[1]?.[1] ?? '').matchAll(/<w:tr>/g)];
    expect(appendixRows).toHaveLength(1001);
    expect(partXml(parts, 'word/header1.xml')).toContain('Unntatt offentlighet');
  });
});

// ---------------------------------------------------------------------------------------------

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const C1 = Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i)).join('');
/** Every kind of text a user (or a paste) could bring that might break a .docx. */
const HOSTILE = [
  C0,
  C1,
  '\uFFFE\uFFFF\uFDD0\uE000',
  'lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800, trailing \uD83D',
  '<tag attr="x">&amp; &lt; &#0; &#x1F; </w:t></w:r><w:r><w:t> <w:p/> <![CDATA[x]]> ]]>',
  `"double" 'single' \`back\` \\ backslash \\u0000 literal`,
  '{{ mustache }} ${template} #{ruby} %s %n %1$s <%= erb %> {PAGE} { MERGEFIELD Navn }',
  '\u0013 PAGE \u0014 1 \u0015 (Word field marks as control codes)',
  'zero\u200Bwidth\u200C\u200Djoin\u2060word\uFEFFbom',
  'bidi \u202Aembed\u202C \u202Doverride\u202C \u202Ereversed\u202C \u2066iso\u2069 \u200E\u200F\u061C',
  'emoji 😀 👩🏽‍💻 🇳🇴 🏳️‍🌈 e\u0301 Z\u0335\u0321\u0327a\u0336\u0328l\u0337g\u0338o',
  'العربية עברית 中文 日本語 हिन्दी ไทย Ελληνικά',
  'nbsp\u00A0soft\u00ADhyphen\u2011nb',
  'tabs\tin\t\tthe middle',
  'CRLF\r\nCR\rLF\nLFCR\n\rNEL\u0085LS\u2028PS\u2029VT\u000BFF\u000Cend',
  `${'Ord'.repeat(2000)} (a 6,000-letter word)`,
  "'); DROP TABLE Tiltak; -- <script>alert(1)</script>",
  'undefined null NaN [object Object]',
  '\u{10FFFF}\u{1F9FF}\u{E0001}',
].join('\n');

describe('a plan whose every text is hostile', () => {
  it('writes a file with nothing XML forbids, and the text a user typed in it', async () => {
    const longReport = `${HOSTILE}\n\n`.repeat(20).slice(0, 10_000);
    expect(longReport).toHaveLength(10_000);
    const measures = [
      makeMeasure({
        title: HOSTILE,
        section: HOSTILE,
        responsibleUnit: HOSTILE,
        statusReport: HOSTILE,
      }),
      makeMeasure({ title: 'Lang rapport', section: HOSTILE, statusReport: longReport }),
      makeMeasure({
        title: `${'Langtittel '.repeat(40)}`,
        section: 'Annen del',
        statusReport: '\t',
      }),
    ];
    const settings: MemoSettings = {
      to: HOSTILE,
      via: HOSTILE,
      copyTo: [HOSTILE, '', C0, HOSTILE],
      from: HOSTILE,
      caseworker: HOSTILE,
      date: '2012-12-20',
      caseNumber: `11/10298-26 ${HOSTILE}`,
      purpose: 'Til uttalelse',
      subject: HOSTILE,
      introduction: HOSTILE,
      sectionIntroductions: { [HOSTILE]: HOSTILE, 'Annen del': C0 },
      closing: HOSTILE,
      attachments: [HOSTILE, C1],
      includeAppendix: true,
      exemption: { legalBasis: HOSTILE },
      includeUnreported: true,
      approvedOnly: false,
      language: 'nb',
    };
    const parts = await writeMemo('hostile-text.docx', measures, settings);
    for (const [name, xml] of parts) expect(FORBIDDEN_IN_XML.test(xml), name).toBe(false);
    const document = partXml(parts, 'word/document.xml');
    // Text, not markup: the tag-looking text is escaped, and reads back as typed.
    expect(document).not.toContain('<tag');
    expect(document).not.toContain('<![CDATA[');
    const texts = paragraphsOf(document).map((p) => p.text);
    expect(texts.some((t) => t.includes('<tag attr="x">&amp; &lt; &#0; &#x1F; </w:t></w:r>'))).toBe(
      true,
    );
    expect(texts.some((t) => t.includes('emoji 😀 👩🏽‍💻 🇳🇴'))).toBe(true);
    expect(texts.some((t) => t.includes('bidi \u202Aembed\u202C'))).toBe(true);
    expect(texts.some((t) => t.includes('tabs\tin\t\tthe middle'))).toBe(true);
    const fileName = notatFileName(settings);
    expect(fileName).toMatch(/^Notat 11-10298-26 .* 20\.12\.2012\.docx$/);
    expect(fileName).not.toMatch(/["*:<>?/\\|\p{Cc}\p{Cf}]/u);
    expect(fileName.length).toBeLessThan(100);
  });
});
