import type { Measure } from '../domain';
import { formatNorwegianDate } from '../domain';
import { headerRows } from './header-block';
import { measureLead } from './measure-paragraphs';
import { selectMemoMeasures, type LeftOutMeasure } from './memo-selection';
import type { MemoSettings } from './memo-settings';
import type { NotatParagraphStyle } from './notat-style-names';
import { NOTAT_TEXTS, type NotatTexts } from './notat-texts';
import { sanitizeLine, toParagraphs, type TextParagraph } from './sanitize-text';

// The notat as a tree of what it says: headings, paragraphs, table rows and runs, every text
// sanitized and in the memo's written standard. It is built once from the measures and the
// settings, and rendered twice: as the .docx (render-docx.ts) and as the preview in the export
// dialog. Neither renderer decides what the memo says; they only decide how it looks.

/** A piece of text in one paragraph. Tabs stay in the text; `lineBreak` starts a new line. */
export type NotatRun = {
  text: string;
  /** The measure's title in front of its report (the measure-title character style). */
  measureTitle?: true;
  /** Behind a line break (`w:br`): the next line of a paragraph typed line by line. */
  lineBreak?: true;
};

export type NotatParagraph = {
  kind: 'paragraph';
  style: NotatParagraphStyle;
  runs: NotatRun[];
  /** A real heading (Word's navigation pane, screen readers): the level, 1 for the sections. */
  headingLevel?: 1;
  pageBreakBefore?: true;
};

export type NotatTableCell = NotatParagraph[];
export type NotatTableRow = { cells: NotatTableCell[]; header?: true };

export type NotatTable = {
  kind: 'table';
  /** The borderless header block (label, value), or the bordered appendix overview. */
  role: 'header-block' | 'appendix';
  rows: NotatTableRow[];
};

export type NotatBlock = NotatParagraph | NotatTable;

export type NotatModel = {
  /** The document language, e.g. `nb-NO`. */
  documentLanguage: NotatTexts['documentLanguage'];
  properties: {
    title: string;
    subject: string;
    /** '' when neither caseworker nor sender is given. */
    author: string;
    caseNumber: string;
    description: string | null;
  };
  /** "Unntatt offentlighet" and its legal basis on every page, or null. */
  pageHeader: NotatParagraph | null;
  /** "Side " X " av " Y: the page fields go between and after these. */
  pageFooter: readonly [string, string];
  body: NotatBlock[];
  /** The measures without a paragraph, and why: the dialog names them. */
  leftOut: LeftOutMeasure<Measure>[];
};

function paragraph(
  style: NotatParagraphStyle,
  runs: NotatRun[],
  extra: Partial<Pick<NotatParagraph, 'headingLevel' | 'pageBreakBefore'>> = {},
): NotatParagraph {
  return { kind: 'paragraph', style, runs, ...extra };
}

/** The runs of one paragraph of sanitized text: one run per line, each after the first behind a break. */
function lineRuns(lines: TextParagraph): NotatRun[] {
  return lines.map((text, index) => (index > 0 ? { text, lineBreak: true } : { text }));
}

/** Typed text as body paragraphs (blank line = new paragraph, line break = break). */
function bodyParagraphs(text: string): NotatParagraph[] {
  return toParagraphs(text).map((lines) => paragraph('body', lineRuns(lines)));
}

/** "Til orientering. Rapportering på …": the purpose, then the subject as typed. */
export function purposeLine(
  settings: Pick<MemoSettings, 'purpose' | 'subject' | 'language'>,
): string {
  const purpose = NOTAT_TEXTS[settings.language].purposes[settings.purpose];
  const subject = sanitizeLine(settings.subject);
  return subject === '' ? `${purpose}.` : `${purpose}. ${subject}`;
}

/**
 * A measure as the memo reports it: "<Title>: <report>", the title in the measure-title
 * character style. A report of several paragraphs stays several paragraphs: the first follows
 * the title, the others are body paragraphs of their own.
 */
function measureParagraphs(
  measure: Pick<Measure, 'title' | 'statusReport'>,
  texts: NotatTexts,
): NotatParagraph[] {
  const [first = [texts.unreported], ...rest] = toParagraphs(measure.statusReport);
  return [
    paragraph('body', [
      { text: measureLead(measure.title), measureTitle: true },
      { text: ' ' },
      ...lineRuns(first),
    ]),
    ...rest.map((lines) => paragraph('body', lineRuns(lines))),
  ];
}

/** "Vedlagt …" for one attachment; a list under "Vedlagt:" for several. */
function attachmentParagraphs(attachments: readonly string[], texts: NotatTexts) {
  const items = attachments.map(sanitizeLine).filter((item) => item !== '');
  const [only] = items;
  // `only !== undefined` is for the type checker (one item is defined): its mutant is equivalent.
  if (only !== undefined && items.length === 1) {
    const sentence = /[.!?]$/.test(only) ? only : `${only}.`;
    return [paragraph('body', [{ text: `${texts.attached} ${sentence}` }])];
  }
  if (items.length === 0) return [];
  return [
    paragraph('body', [{ text: `${texts.attached}:` }]),
    ...items.map((item) => paragraph('attachment', [{ text: item }])),
  ];
}

function headerBlock(settings: MemoSettings): NotatTable | null {
  const rows = headerRows(settings);
  // Word refuses a table with no rows.
  if (rows.length === 0) return null;
  return {
    kind: 'table',
    role: 'header-block',
    rows: rows.map((row) => ({
      cells: [
        [paragraph('headerLabel', [{ text: row.label }])],
        row.lines.map((line) => paragraph('headerValue', [{ text: line }])),
      ],
    })),
  };
}

/** The overview of the measures reported on (Tiltak · Ansvarlig · Frist · Status) in plan order. */
function appendix(measures: readonly Measure[], texts: NotatTexts): NotatBlock[] {
  // Word refuses an empty table.
  if (measures.length === 0) return [];
  const cell = (style: NotatParagraphStyle, text: string): NotatTableCell => [
    // A cell needs a paragraph even when its text is empty (an item without a deadline).
    paragraph(style, text === '' ? [] : [{ text }]),
  ];
  const table: NotatTable = {
    kind: 'table',
    role: 'appendix',
    rows: [
      { header: true, cells: texts.appendixColumns.map((label) => cell('tableHeader', label)) },
      ...measures.map((m) => ({
        cells: [
          sanitizeLine(m.title),
          sanitizeLine(m.responsibleUnit),
          m.deadline ? formatNorwegianDate(m.deadline) : '',
          texts.statuses[m.status],
        ].map((text) => cell('tableText', text)),
      })),
    ],
  };
  return [
    paragraph('appendixHeading', [{ text: texts.appendixHeading }], { pageBreakBefore: true }),
    table,
    // Word always keeps a paragraph after a table that ends the document; write it, so Word need not.
    paragraph('body', []),
  ];
}

/**
 * The notat (title, header block, purpose and subject, introduction, one section per Section in
 * plan order with its introduction and a paragraph per measure reported on, closing,
 * attachments, the optional appendix) for a plan's measures. Pure: the same measures and
 * settings give the same model, in Node, in the browser and in the memo worker.
 */
export function buildNotatModel(input: {
  measures: readonly Measure[];
  settings: MemoSettings;
}): NotatModel {
  const { measures, settings } = input;
  const texts = NOTAT_TEXTS[settings.language];
  const selection = selectMemoMeasures(measures, settings);

  const sections = selection.sections.flatMap((group) => {
    const introduction = bodyParagraphs(settings.sectionIntroductions[group.section] ?? '');
    // A section whose measures are all left out disappears, unless the caseworker wrote for it.
    if (group.measures.length === 0 && introduction.length === 0) return [];
    const heading = sanitizeLine(group.section);
    return [
      paragraph('sectionHeading', heading === '' ? [] : [{ text: heading }], { headingLevel: 1 }),
      ...introduction,
      ...group.measures.flatMap((m) => measureParagraphs(m, texts)),
    ];
  });

  const header = headerBlock(settings);
  const body: NotatBlock[] = [
    paragraph('title', [{ text: texts.title }]),
    ...(header ? [header] : []),
    paragraph('purpose', [{ text: purposeLine(settings) }]),
    ...bodyParagraphs(settings.introduction),
    ...sections,
    ...bodyParagraphs(settings.closing),
    ...attachmentParagraphs(settings.attachments, texts),
    // The overview lists what the memo reports on: a measure left out (not approved, or not
    // reported) is named in the export dialog, not shown here as if the memo covered it.
    ...(settings.includeAppendix
      ? appendix(
          selection.sections.flatMap((g) => g.measures),
          texts,
        )
      : []),
  ];

  const basis = settings.exemption === null ? '' : sanitizeLine(settings.exemption.legalBasis);
  const subject = sanitizeLine(settings.subject);
  const caseNumber = sanitizeLine(settings.caseNumber);
  return {
    documentLanguage: texts.documentLanguage,
    properties: {
      title: subject === '' ? texts.title : `${texts.title}: ${subject}`,
      subject: purposeLine(settings),
      author: sanitizeLine(settings.caseworker) || sanitizeLine(settings.from),
      caseNumber,
      description: caseNumber === '' ? null : texts.caseNumberDescription(caseNumber),
    },
    pageHeader:
      settings.exemption === null
        ? null
        : paragraph('pageHeader', [
            { text: texts.exempt },
            ...(basis === '' ? [] : [{ text: basis, lineBreak: true as const }]),
          ]),
    pageFooter: texts.page,
    body,
    leftOut: selection.leftOut,
  };
}
