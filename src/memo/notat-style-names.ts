// The style ids without docx: the notat model names them, and so do both renderers (the .docx
// and the preview in the export dialog), which the tab must be able to load without docx.

/**
 * The notat's named styles. Every paragraph and run of the memo names one of these and carries
 * no formatting of its own, so the caseworker restyles the whole memo from Word's style pane.
 * The names are Norwegian: they are what the caseworker sees there.
 */
export const NOTAT_STYLE = {
  title: 'NotatTitle',
  headerLabel: 'NotatHeaderLabel',
  headerValue: 'NotatHeaderValue',
  purpose: 'NotatPurpose',
  sectionHeading: 'NotatSectionHeading',
  body: 'NotatBody',
  attachment: 'NotatAttachment',
  appendixHeading: 'NotatAppendixHeading',
  tableHeader: 'NotatTableHeader',
  tableText: 'NotatTableText',
  pageHeader: 'NotatPageHeader',
  pageFooter: 'NotatPageFooter',
  /** A character style: the measure's title in front of its report. */
  measureTitle: 'NotatMeasureTitle',
} as const;

/** A paragraph style of the notat (every style but the character style). */
export type NotatParagraphStyle = Exclude<keyof typeof NOTAT_STYLE, 'measureTitle'>;

/** The one font family of the memo, set once in the document defaults. */
export const NOTAT_FONT = 'Calibri';
