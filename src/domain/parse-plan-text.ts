// The measures of a plan document, pasted as text: one row per measure, the units guessed from
// the wording. Pure; the caseworker checks and corrects the rows in a preview before anything is
// created, so a guess that is wrong costs a click, and nothing the text holds is dropped.

/** One measure as read from the pasted text. */
export type ParsedMeasure = {
  /** The measure's full wording, wrapped lines joined. */
  text: string;
  /** The lead unit guessed from the text, '' when the text names no known unit. */
  responsibleUnit: string;
  /** Other units the text names next to the lead ("Regionalavdelingen/fagseksjonene"). */
  contributingUnits: string[];
  /** 1-based position in the pasted text. */
  position: number;
  /** Why the row needs the caseworker's eye; empty when it reads cleanly. */
  problems: ParseProblem[];
};

export type ParseProblem = 'no-unit' | 'too-long';

/** A Title column holds 255 characters; a longer measure keeps its full wording in Description. */
export const MAX_TITLE_LENGTH = 255;

// Bullets as Word, PDF viewers and e-mail paste them: •, ◦, ▪, ‣, ●, and the private-use glyphs
// of the Symbol and Wingdings fonts (U+F0B7 and its neighbours), with or without a space after;
// -, –, —, *, + and a lone "o" only before a space, so "-dialoger" or "o.l." stay words.
const BULLET = /^\s*(?:[•◦▪▫‣⁃∙·●○■□►▶➢➤✓✔\uF000-\uF0FF]|[-–—*+o](?=\s))\s*/u;
// 1. 1) (1) a) a. iv. — a list number followed by a space.
const NUMBERING = /^\s*\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]\s+/u;
/** A line that only introduces the list, e.g. "Forslag til oppfølgingsplan:". */
const HEADING_LINE = /:\s*$/u;

type Markers = 'bullets' | 'numbers' | 'indents' | 'paragraphs';

/** A line set in from the margin: where a bullet was, when copying from a PDF dropped the glyph. */
const INDENTED = /^[ \u00A0\t]+\S/u;
const FLUSH = /^\S/u;

/**
 * How the text marks its items. Bullets win over numbers: in a bulleted list a wrapped line may
 * well begin "17. mars", which is a date, not item 17.
 */
function markersOf(lines: readonly string[]): Markers {
  if (lines.some((line) => BULLET.test(line))) return 'bullets';
  if (lines.some((line) => NUMBERING.test(line))) return 'numbers';
  // The 2011 plan copied from its PDF: each bullet became a space, wrapped lines start flush.
  if (lines.some((line) => INDENTED.test(line)) && lines.some((line) => FLUSH.test(line))) {
    return 'indents';
  }
  return 'paragraphs';
}

function startsItem(line: string, markers: Markers): boolean {
  if (markers === 'bullets') return BULLET.test(line);
  if (markers === 'numbers') return NUMBERING.test(line);
  if (markers === 'indents') return INDENTED.test(line);
  return false;
}

function stripMarker(line: string, markers: Markers): string {
  // An indented list has no line that NUMBERING matches (it would be a numbered one), and
  // joinWrapped trims: the mutants of the indents case are equivalent.
  if (markers === 'indents') return line.trim();
  return line.replace(markers === 'bullets' ? BULLET : NUMBERING, '').trim();
}

/** Joins a line wrapped mid-word with a hyphen ("forebyggings-\nstrategier") or mid-sentence. */
function joinWrapped(parts: readonly string[]): string {
  let text = '';
  for (const part of parts) {
    // Joining the first part to '' with a space and trimming at the end gives the same text:
    // mutants of `text === ''` are equivalent.
    if (text === '') text = part;
    else if (/[A-Za-zÆØÅæøå]-$/u.test(text) && /^[a-zæøå]/u.test(part))
      text = text.slice(0, -1) + part;
    else text = `${text} ${part}`;
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Splits pasted text into measures. A bullet or a list number (or, in text copied from a PDF that
 * lost its bullets, an indented line) starts a measure; lines after it
 * until the next one belong to it (a wrapped line), blank lines end nothing. Text without any
 * bullet or number is read one measure per paragraph (blank-line separated). Lines before the
 * first item that end in ":" are headings and are left out; any other text before the first item
 * becomes a measure of its own, so nothing pasted is lost.
 */
export function splitPlanText(text: string): string[] {
  const lines = text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/[\u00A0\t]/gu, ' '))
    // Equivalent mutants here: a line of spaces matches no marker and trims to '' below anyway.
    .map((line) => (line.trim() === '' ? '' : line));
  const markers = markersOf(lines);
  const items: string[][] = [];
  let current: string[] | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      // Between paragraphs a blank line ends the item; in a list, PDF text has one after every line.
      if (markers === 'paragraphs') current = null;
      continue;
    }
    if (startsItem(raw, markers)) {
      const stripped = stripMarker(raw, markers);
      // [''] joins to the same text as []: mutants of this check are equivalent.
      current = stripped === '' ? [] : [stripped];
      items.push(current);
      continue;
    }
    if (current === null) {
      if (HEADING_LINE.test(line)) continue;
      current = [line];
      items.push(current);
      continue;
    }
    current.push(line);
  }
  return items.map(joinWrapped).filter((item) => item !== '');
}

type NameMatch = { unit: string; length: number };

/** Every way of writing a unit, longest first, so "MR/DEM-seksjonen" wins over a shorter name. */
function unitNames(
  units: readonly string[],
  aliases: Readonly<Record<string, string>>,
): { name: string; unit: string }[] {
  const names = new Map<string, string>();
  for (const unit of units) names.set(unit.toLocaleLowerCase('nb'), unit);
  for (const [alias, unit] of Object.entries(aliases))
    names.set(alias.toLocaleLowerCase('nb'), unit);
  return [...names]
    .map(([name, unit]) => ({ name, unit }))
    .sort((a, b) => b.name.length - a.name.length);
}

/** The unit whose name `text` starts with at `from`, as a word of its own; null when none. */
function unitAt(
  text: string,
  from: number,
  names: { name: string; unit: string }[],
): NameMatch | null {
  const rest = text.slice(from).toLocaleLowerCase('nb');
  for (const { name, unit } of names) {
    if (!rest.startsWith(name)) continue;
    const after = rest.charAt(name.length);
    // The letter test is false for '' as well: mutants of `after !== ''` are equivalent.
    if (after !== '' && /[\p{L}\p{N}]/u.test(after)) continue;
    return { unit, length: name.length };
  }
  return null;
}

// What joins a partner to the lead: "/", " og ", " i samarbeid med ".
const JOINER = /^(?:\s*\/\s*|\s+og\s+|\s+i samarbeid med\s+)/u;
// An aside after the lead, set off by a comma: ", som vil overta fagansvaret … 2011" up to a "/".
const ASIDE = /^,[^,/]*?(?=\/)/u;

/**
 * The lead and contributing units a measure names. A plan writes a measure with its unit as the
 * subject ("HUM-seksjonen koordinerer …"), so the lead is the unit the text starts with; partners
 * joined to it by "/", "og" or "i samarbeid med" contribute ("Regionalavdelingen/fagseksjonene").
 * An aside set off by a comma is passed over: in "HUM-seksjonen, som vil overta fagansvaret for IOM
 * fra 1. september 2011/delegasjonen Geneve tar opp …" the lead is HUM-seksjonen and
 * Geneve-delegasjonen contributes. A unit named later in the sentence is its object ("støtte til
 * IOM"), not its owner. `aliases` maps other spellings to a unit's name.
 */
export function guessUnits(
  text: string,
  units: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): { responsibleUnit: string; contributingUnits: string[] } {
  const names = unitNames(units, aliases);
  const lead = unitAt(text, 0, names);
  if (!lead) return { responsibleUnit: '', contributingUnits: [] };
  const contributingUnits: string[] = [];
  let at = lead.length;
  for (;;) {
    const rest = text.slice(at);
    const aside = ASIDE.exec(rest);
    const afterAside = aside ? at + aside[0].length : at;
    const joiner = JOINER.exec(text.slice(afterAside));
    if (!joiner) break;
    const partner = unitAt(text, afterAside + joiner[0].length, names);
    if (!partner) break;
    if (partner.unit !== lead.unit && !contributingUnits.includes(partner.unit)) {
      contributingUnits.push(partner.unit);
    }
    at = afterAside + joiner[0].length + partner.length;
  }
  return { responsibleUnit: lead.unit, contributingUnits };
}

/** Pasted text → one row per measure, with the units guessed and the rows that need a fix marked. */
export function parsePlanText(
  text: string,
  options: {
    units: readonly string[];
    aliases?: Readonly<Record<string, string>>;
    /** The lead proposed when the text names none (the plan's coordinating unit); marked for a check. */
    fallbackUnit?: string;
  },
): ParsedMeasure[] {
  return splitPlanText(text).map((item, index) => {
    const guess = guessUnits(item, options.units, options.aliases);
    const problems: ParseProblem[] = [];
    if (guess.responsibleUnit === '') problems.push('no-unit');
    const responsibleUnit = guess.responsibleUnit || (options.fallbackUnit ?? '');
    const { contributingUnits } = guess;
    if (item.length > MAX_TITLE_LENGTH) problems.push('too-long');
    return { text: item, responsibleUnit, contributingUnits, position: index + 1, problems };
  });
}

/** A title that fits the Title column: the wording itself, or cut at a word before 255 characters. */
export function titleOf(text: string): string {
  if (text.length <= MAX_TITLE_LENGTH) return text;
  const cut = text.slice(0, MAX_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 100 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
