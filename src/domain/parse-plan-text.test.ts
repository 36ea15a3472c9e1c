import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessUnits, parsePlanText, splitPlanText, titleOf } from './parse-plan-text';
import { KNOWN_UNITS, UNIT_ALIASES } from './units';

const PLAN_2011 = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/oppfolgingsplan-2011-forslag.txt'),
  'utf8',
);
const options = { units: KNOWN_UNITS, aliases: UNIT_ALIASES, fallbackUnit: 'HUM-seksjonen' };

describe('parsePlanText on the 2011 plan', () => {
  it('finds the 8 measures of "Forslag til oppfølgingsplan", wrapped lines joined', () => {
    const rows = parsePlanText(PLAN_2011, options);
    expect(rows).toHaveLength(8);
    expect(rows[0]?.text).toBe(
      'Anbefalingene i evalueringsrapporten legges til grunn i det videre samarbeid med IOM.',
    );
    expect(rows[7]?.text).toBe(
      'HUM-seksjonen koordinerer rapportering til utenriksråden innen ett år om hvordan planen er fulgt opp, herunder hvilke tiltak som er og vil bli gjennomført av hvem og når.',
    );
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reads the lead and contributing units from the wording', () => {
    const rows = parsePlanText(PLAN_2011, options);
    expect(rows.map((r) => [r.responsibleUnit, r.contributingUnits])).toEqual([
      ['HUM-seksjonen', []],
      ['HUM-seksjonen', ['Geneve-delegasjonen']],
      ['Regionalavdelingen', ['Fagseksjonene']],
      ['HUM-seksjonen', []],
      ['HUM-seksjonen', []],
      ['HUM-seksjonen', []],
      ['MR/DEM-seksjonen', []],
      ['HUM-seksjonen', []],
    ]);
  });

  it('marks the measures that name no unit, proposing the coordinating unit for them', () => {
    const rows = parsePlanText(PLAN_2011, options);
    expect(rows.filter((r) => r.problems.includes('no-unit')).map((r) => r.position)).toEqual([
      1, 4, 5, 6,
    ]);
    expect(rows[1]?.problems).toEqual([]);
  });
});

describe('guessUnits', () => {
  it('reads "HUM-seksjonen, som vil overta fagansvaret…" as HUM-seksjonen, Geneve contributing', () => {
    expect(
      guessUnits(
        'HUM-seksjonen, som vil overta fagansvaret for IOM fra 1. september 2011/delegasjonen Geneve tar opp evalueringen',
        KNOWN_UNITS,
        UNIT_ALIASES,
      ),
    ).toEqual({ responsibleUnit: 'HUM-seksjonen', contributingUnits: ['Geneve-delegasjonen'] });
  });

  it('does not take a unit named as the object of the sentence for its owner', () => {
    expect(guessUnits('Giverne vurderer avtaler med IOM.', KNOWN_UNITS)).toEqual({
      responsibleUnit: '',
      contributingUnits: [],
    });
  });

  it('joins partners with "og" and prefers the longest name', () => {
    expect(guessUnits('MR/DEM-seksjonen og Regionalavdelingen følger opp.', KNOWN_UNITS)).toEqual({
      responsibleUnit: 'MR/DEM-seksjonen',
      contributingUnits: ['Regionalavdelingen'],
    });
  });

  it('ignores case and needs a whole word', () => {
    expect(guessUnits('hum-seksjonen følger opp', KNOWN_UNITS).responsibleUnit).toBe(
      'HUM-seksjonen',
    );
    expect(guessUnits('IOMs styre vurderer', KNOWN_UNITS).responsibleUnit).toBe('');
  });
});

describe('splitPlanText', () => {
  it('reads numbered lists, any bullet, blank lines and a heading', () => {
    expect(splitPlanText('Tiltak:\n1. Første\n   fortsetter\n\n2) Andre\n(3) Tredje')).toEqual([
      'Første fortsetter',
      'Andre',
      'Tredje',
    ]);
    expect(splitPlanText('• En\n– To\n* Tre\n▪ Fire\no Fem')).toEqual([
      'En',
      'To',
      'Tre',
      'Fire',
      'Fem',
    ]);
  });

  it('reads a text without bullets one measure per paragraph', () => {
    expect(splitPlanText('Første tiltak\nsom fortsetter.\n\nAndre tiltak.')).toEqual([
      'Første tiltak som fortsetter.',
      'Andre tiltak.',
    ]);
  });

  it('keeps a wrapped date inside a bulleted item and keeps text before the first bullet', () => {
    expect(splitPlanText('Innledning uten kolon\n• Møte 17.\n17. mars holdes møtet')).toEqual([
      'Innledning uten kolon',
      'Møte 17. 17. mars holdes møtet',
    ]);
  });

  it('joins a word hyphenated at a line break, not a dash before a capital', () => {
    expect(splitPlanText('• forebyggings-\nstrategier')).toEqual(['forebyggingsstrategier']);
    expect(splitPlanText('• MR-\nDEM')).toEqual(['MR- DEM']);
  });

  it('marks a measure longer than a title and shortens only the title', () => {
    const long = `HUM-seksjonen ${'gjør mye '.repeat(40)}`.trim();
    const [row] = parsePlanText(`• ${long}`, { units: KNOWN_UNITS });
    expect(row?.problems).toEqual(['too-long']);
    expect(row?.text).toBe(long);
    const title = titleOf(long);
    expect(title.length).toBeLessThanOrEqual(255);
    expect(title.endsWith('…')).toBe(true);
    expect(titleOf('Kort')).toBe('Kort');
  });
});
