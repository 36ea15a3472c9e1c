import { Tab, TextRun } from 'docx';
import type { TextParagraph } from './sanitize-text';

/** A line's text with each tab as a real tab element (`w:tab`), which Word lays out at tab stops. */
function withTabs(line: string): (string | Tab)[] {
  const children: (string | Tab)[] = [];
  line.split('\t').forEach((part, index) => {
    if (index > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return children;
}

/**
 * The runs of one paragraph of sanitized text: one run per line, each after the first behind a
 * line break (`w:br`). The runs carry no formatting: the paragraph's style sets it.
 */
export function linesToRuns(lines: TextParagraph): TextRun[] {
  return lines.map(
    (line, index) => new TextRun({ ...(index > 0 ? { break: 1 } : {}), children: withTabs(line) }),
  );
}
