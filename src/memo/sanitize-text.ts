// Text from the list and the dialog is data, never markup. The docx library escapes `<>&"'`,
// but it writes every other character as given, and a character XML 1.0 forbids makes the
// whole file unreadable to Word and LibreOffice. So every string on its way into the memo
// passes through here. Each field's line also has its direction controls isolated
// (isolate-direction.ts), so an unclosed override cannot reverse the text after it.
import { isolateDirection } from './isolate-direction';

/**
 * What XML 1.0 (§2.2 Char) forbids: C0 controls other than tab, LF and CR; U+FFFE and U+FFFF;
 * surrogates that are not part of a pair. Also removed: DEL and the C1 controls, which XML
 * allows but "discourages" and which no one means to print (they arrive from pasted
 * Windows-1252 text decoded as Latin-1). NEL (U+0085) is not here: it is a line break below.
 */
const REMOVED =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters that mean "new line" or "new paragraph" in other conventions. */
const LINE_BREAKS = /\r\n|\r|\u0085|\u2028/g;
const PARAGRAPH_SEPARATOR = /\u2029/g;

/**
 * The text with the characters XML forbids removed and every line break as `\n`
 * (CRLF, CR, NEL and U+2028 become LF; U+2029 becomes a blank line). Tabs stay.
 */
export function sanitizeText(text: string): string {
  return text.replace(REMOVED, '').replace(LINE_BREAKS, '\n').replace(PARAGRAPH_SEPARATOR, '\n\n');
}

/** A single-line value (a title, a header field): line breaks and tabs become one space. */
export function sanitizeLine(text: string): string {
  return isolateDirection(
    sanitizeText(text)
      .replace(/[ \t\n]+/g, ' ')
      .trim(),
  );
}

/**
 * A paragraph of text as its lines: the memo writes each line after the first behind a line
 * break (`w:br`), so an address or a short list typed line by line keeps its shape.
 */
export type TextParagraph = string[];

/**
 * Splits typed text into paragraphs on blank lines (a line of only spaces and tabs counts as
 * blank) and each paragraph into lines. Leading and trailing blank lines are dropped, and so is
 * the trailing whitespace of each line; leading tabs and spaces stay, since users indent with them.
 */
export function toParagraphs(text: string): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  let current: string[] = [];
  for (const rawLine of sanitizeText(text).split('\n')) {
    const line = rawLine.replace(/[ \t]+$/, '');
    if (line === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(isolateDirection(line));
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** A list typed one entry per line (Kopi til, attachments): sanitized, blank entries dropped. */
export function toLines(text: string): string[] {
  return sanitizeText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(isolateDirection);
}
