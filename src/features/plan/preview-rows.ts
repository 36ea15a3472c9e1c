import {
  MAX_TITLE_LENGTH,
  parsePlanText,
  titleOf,
  type NewMeasure,
  type ParsedMeasure,
} from '../../domain';

// The preview between pasting and creating, pure. A row is what the parser read plus what the
// caseworker changed; the values shown are computed from both and from the plan's defaults, so a
// new default (section, deadline) reaches every row the caseworker left alone, and pasting the
// text again keeps the changes made to rows whose wording is the same.

/** What the caseworker changed in a row; absent: the parser's guess or the plan's default. */
export type RowChanges = Partial<{
  include: boolean;
  text: string;
  responsibleUnit: string;
  contributingUnits: string[];
  section: string;
  sortOrder: string;
  deadline: string;
}>;

export type PreviewRow = { parsed: ParsedMeasure; changes: RowChanges };

/** The plan's defaults for every row. */
export type RowDefaults = { section: string; deadline: string };

export type RowProblem = 'no-unit' | 'no-lead' | 'too-long' | 'no-title' | 'bad-order';

/** Problems that stop the import; the others are shown for a check. */
const BLOCKING: readonly RowProblem[] = ['no-lead', 'no-title', 'bad-order'];

export type RowView = {
  /** 1-based position in the pasted text: stable while the text stays the same. */
  position: number;
  include: boolean;
  text: string;
  responsibleUnit: string;
  contributingUnits: string[];
  section: string;
  sortOrder: string;
  deadline: string;
  problems: RowProblem[];
  blocked: boolean;
};

/**
 * Rows for pasted text. Changes made to an earlier reading are kept for the rows whose wording
 * is the same, so correcting a typo in the text does not undo the units chosen for the others.
 */
export function readRows(
  text: string,
  options: {
    units: readonly string[];
    aliases?: Readonly<Record<string, string>>;
    fallbackUnit: string;
  },
  /** Changes made before, by the wording of their row (draftChanges of the earlier rows). */
  kept: Iterable<readonly [string, RowChanges]> = [],
): PreviewRow[] {
  const byText = new Map(kept);
  return parsePlanText(text, options).map((parsed) => ({
    parsed,
    changes: byText.get(parsed.text) ?? {},
  }));
}

export function viewRow(row: PreviewRow, defaults: RowDefaults): RowView {
  const { parsed, changes } = row;
  const text = changes.text ?? parsed.text;
  const responsibleUnit = changes.responsibleUnit ?? parsed.responsibleUnit;
  const sortOrder = changes.sortOrder ?? String(parsed.position * 10);
  const problems: RowProblem[] = [];
  if (parsed.problems.includes('no-unit') && changes.responsibleUnit === undefined)
    problems.push('no-unit');
  if (responsibleUnit.trim() === '') problems.push('no-lead');
  if (text.trim() === '') problems.push('no-title');
  else if (text.trim().length > MAX_TITLE_LENGTH) problems.push('too-long');
  if (!/^\d{1,6}$/.test(sortOrder.trim())) problems.push('bad-order');
  const include = changes.include ?? true;
  return {
    position: parsed.position,
    include,
    text,
    responsibleUnit,
    contributingUnits: (changes.contributingUnits ?? parsed.contributingUnits).filter(
      (unit) => unit !== responsibleUnit,
    ),
    section: changes.section ?? defaults.section,
    sortOrder,
    deadline: changes.deadline ?? defaults.deadline,
    problems,
    blocked: include && problems.some((problem) => BLOCKING.includes(problem)),
  };
}

/** The measures to create: the included rows, the full wording kept as the description. */
export function toNewMeasures(views: readonly RowView[], caseNumber: string): NewMeasure[] {
  return views
    .filter((view) => view.include)
    .map((view) => {
      const text = view.text.replace(/\s+/gu, ' ').trim();
      return {
        title: titleOf(text),
        description: text,
        caseNumber,
        section: view.section.trim(),
        sortOrder: Number(view.sortOrder.trim()),
        responsibleUnit: view.responsibleUnit.trim(),
        contributingUnits: view.contributingUnits,
        deadline: view.deadline === '' ? null : view.deadline,
      };
    });
}
