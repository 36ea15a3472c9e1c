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

describe('splitPlanText: how items start and end', () => {
  it('keeps going after a blank line inside a list, and takes a bullet alone on its line', () => {
    expect(splitPlanText('• En\n\nfortsetter\n•\nTo')).toEqual(['En fortsetter', 'To']);
  });

  it('reads text copied from a PDF that lost its bullets by its indented lines', () => {
    expect(splitPlanText('Tiltak:\n  Første tiltak\nsom fortsetter\n\n\u00a0Andre tiltak')).toEqual(
      ['Første tiltak som fortsetter', 'Andre tiltak'],
    );
  });

  it('leaves out a heading only before the first item, and reads CR line ends', () => {
    expect(splitPlanText('Forslag:\r\n1. En\r2. Gjelder:\r\nfølgende')).toEqual([
      'En',
      'Gjelder: følgende',
    ]);
    expect(splitPlanText('Første avsnitt:\n\nAndre avsnitt.')).toEqual(['Andre avsnitt.']);
    expect(splitPlanText('')).toEqual([]);
  });

  it('joins a hyphenated word only between letters, and keeps a dash after a space', () => {
    expect(splitPlanText('• Tiltak –\nneste')).toEqual(['Tiltak – neste']);
    expect(splitPlanText('• Nord-\nsør')).toEqual(['Nordsør']);
    expect(splitPlanText('• 2011-\nutgaven')).toEqual(['2011- utgaven']);
  });
});

describe('guessUnits: names and partners', () => {
  it('takes the longest name a text starts with', () => {
    expect(
      guessUnits('Ambassaden i Abuja følger opp.', ['Ambassaden', 'Ambassaden i Abuja'])
        .responsibleUnit,
    ).toBe('Ambassaden i Abuja');
    expect(guessUnits('Ambassaden følger opp.', ['Ambassaden', 'Ambassaden i Abuja'])).toEqual({
      responsibleUnit: 'Ambassaden',
      contributingUnits: [],
    });
  });

  it('reads a text that is the unit’s name alone, and not a name run into a digit', () => {
    expect(guessUnits('IOM', KNOWN_UNITS).responsibleUnit).toBe('IOM');
    expect(guessUnits('IOM2 vurderer', KNOWN_UNITS).responsibleUnit).toBe('');
  });

  it('reads an alias in any case as its unit', () => {
    expect(
      guessUnits('SEKSJON FOR HUMANITÆRE SPØRSMÅL følger opp', KNOWN_UNITS, UNIT_ALIASES),
    ).toEqual({ responsibleUnit: 'HUM-seksjonen', contributingUnits: [] });
  });

  it('joins partners by "i samarbeid med", names each once, and never the lead itself', () => {
    expect(
      guessUnits(
        'IOM i samarbeid med Fagseksjonene og IOM / Fagseksjonene og Ambassaden i Dhaka ser på saken',
        KNOWN_UNITS,
      ),
    ).toEqual({
      responsibleUnit: 'IOM',
      contributingUnits: ['Fagseksjonene', 'Ambassaden i Dhaka'],
    });
  });

  it('stops at a joiner that names no unit', () => {
    expect(guessUnits('IOM og giverne / Fagseksjonene', KNOWN_UNITS)).toEqual({
      responsibleUnit: 'IOM',
      contributingUnits: [],
    });
  });
});

describe('parsePlanText and titleOf at the limits', () => {
  it('proposes no unit without a fallback, and numbers the rows from 1', () => {
    expect(parsePlanText('• Giverne følger opp\n• IOM svarer', { units: KNOWN_UNITS })).toEqual([
      {
        text: 'Giverne følger opp',
        responsibleUnit: '',
        contributingUnits: [],
        position: 1,
        problems: ['no-unit'],
      },
      {
        text: 'IOM svarer',
        responsibleUnit: 'IOM',
        contributingUnits: [],
        position: 2,
        problems: [],
      },
    ]);
    expect(
      parsePlanText('• Giverne følger opp', { units: KNOWN_UNITS, fallbackUnit: 'IOM' })[0],
    ).toMatchObject({ responsibleUnit: 'IOM', problems: ['no-unit'] });
  });

  it('marks a measure of 256 characters as too long, and one of 255 not', () => {
    const fits = `IOM ${'x'.repeat(251)}`;
    expect(fits).toHaveLength(255);
    expect(parsePlanText(`• ${fits}`, { units: KNOWN_UNITS })[0]?.problems).toEqual([]);
    expect(parsePlanText(`• ${fits}y`, { units: KNOWN_UNITS })[0]?.problems).toEqual(['too-long']);
    expect(titleOf(fits)).toBe(fits);
  });

  it('cuts a long title at the last space, or within a word when the space is early', () => {
    const words = `${'ord '.repeat(70)}`.trim();
    const title = titleOf(words);
    expect(title).toBe(`${'ord '.repeat(62)}ord…`);
    expect(title.length).toBeLessThanOrEqual(255);
    const oneWord = `Kort ${'x'.repeat(300)}`;
    expect(titleOf(oneWord)).toBe(`${oneWord.slice(0, 254)}…`);
    const spaceAt100 = `${'x'.repeat(100)} ${'y'.repeat(200)}`;
    expect(titleOf(spaceAt100)).toBe(`${spaceAt100.slice(0, 254)}…`);
    const spaceAt101 = `${'x'.repeat(101)} ${'y'.repeat(200)}`;
    expect(titleOf(spaceAt101)).toBe(`${'x'.repeat(101)}…`);
  });
});

describe('splitPlanText: wrapped lines as Word and PDFs paste them', () => {
  it('joins a hyphenated word whose rest is indented or whose line ends in spaces', () => {
    expect(splitPlanText('• forebyggings-\n   strategier')).toEqual(['forebyggingsstrategier']);
    expect(splitPlanText('• forebyggings- \nstrategier')).toEqual(['forebyggingsstrategier']);
    expect(splitPlanText('• Tiltak for\nforebyggings-  \nstrategier')).toEqual([
      'Tiltak for forebyggingsstrategier',
    ]);
    expect(splitPlanText('• Nord-\nSør')).toEqual(['Nord- Sør']);
  });

  it('makes one space of several inside a line, and drops a bullet with nothing after it', () => {
    expect(splitPlanText('• En  to\t tre\n•\n')).toEqual(['En to tre']);
  });

  it('reads a text whose every line is indented one measure per paragraph', () => {
    expect(splitPlanText('  Første tiltak\n  fortsetter\n\n  Andre tiltak')).toEqual([
      'Første tiltak fortsetter',
      'Andre tiltak',
    ]);
  });

  it('cuts a title after a double space without a space before the ellipsis', () => {
    expect(titleOf(`${'a'.repeat(150)}  ${'b'.repeat(200)}`)).toBe(`${'a'.repeat(150)}…`);
  });
});
