import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendSentence,
  composeReport,
  contributionSentence,
  NONE_REPORTED,
  type ContributionText,
} from './compose-report';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const plan = JSON.parse(readFileSync(`${fixtures}/iom-plan-2011.json`, 'utf8')) as {
  items: { fields: { SortOrder: number; StatusReport?: string } }[];
};
const seeded = JSON.parse(readFileSync(`${fixtures}/iom-contributions-2012.json`, 'utf8')) as {
  items: (ContributionText & { measureSortOrder: number })[];
};
const reportOf = (order: number) =>
  plan.items.find((i) => i.fields.SortOrder === order)?.fields.StatusReport;
const contributionsOf = (order: number) => seeded.items.filter((c) => c.measureSortOrder === order);

describe('composing the 2012 memo from the demo contributions', () => {
  it('measure 3: none reports it done, then what Seksjon for Russland said', () => {
    expect(composeReport({ report: '', contributions: contributionsOf(30) })).toBe(reportOf(30));
  });

  it('measure 4: no unit said anything', () => {
    expect(composeReport({ report: '', contributions: contributionsOf(40) })).toBe(NONE_REPORTED);
    expect(reportOf(40)).toBe(NONE_REPORTED);
  });

  it('measure 5: the lead’s own sentence, the caseworker’s "none" wording, the contribution', () => {
    expect(
      composeReport({
        report: 'Dette er gjort med IOM på sentralt hold i Geneve.',
        contributions: contributionsOf(50),
        noneSentence: 'Ingen rapporterer om at dette er gjort på prosjektnivå.',
      }),
    ).toBe(reportOf(50));
  });
});

describe('composeReport', () => {
  const done: ContributionText = {
    unit: 'Ambassaden i Abuja',
    status: 'Gjennomført',
    contribution: 'Referansen er lagt inn i tildelingsbrevet',
  };

  it('leaves out the "none" sentence once a unit reports the measure done', () => {
    expect(composeReport({ report: '', contributions: [done] })).toBe(
      'Ambassaden i Abuja: Referansen er lagt inn i tildelingsbrevet.',
    );
  });

  it('composing twice adds nothing', () => {
    const once = composeReport({ report: 'Lead.', contributions: contributionsOf(30) });
    expect(composeReport({ report: once, contributions: contributionsOf(30) })).toBe(once);
  });

  it('skips empty contributions', () => {
    expect(
      composeReport({
        report: 'Lead.',
        contributions: [{ unit: 'X', status: 'Gjennomført', contribution: '  ' }],
      }),
    ).toBe('Lead.');
  });
});

describe('contributionSentence', () => {
  it('puts the unit before a sentence rest, a comma aside, or a sentence of its own', () => {
    expect(contributionSentence('Seksjon A', 'viser til  at det\nventer')).toBe(
      'Seksjon A viser til at det venter.',
    );
    expect(contributionSentence('Seksjon A', ', som har flest tilskudd, påpeker dette.')).toBe(
      'Seksjon A, som har flest tilskudd, påpeker dette.',
    );
    expect(contributionSentence('Seksjon A', 'Vi har gjort det!')).toBe(
      'Seksjon A: Vi har gjort det!',
    );
    expect(contributionSentence('Seksjon A', '')).toBe('');
  });

  it('appendSentence joins with a space and never repeats', () => {
    expect(appendSentence('', 'En.')).toBe('En.');
    expect(appendSentence('En.  ', 'To.')).toBe('En. To.');
    expect(appendSentence('En. To.', 'To.')).toBe('En. To.');
    expect(appendSentence('En.', '')).toBe('En.');
  });
});

describe('contributionSentence: how a contribution ends', () => {
  it('adds no full stop after a sentence that already ends, in a quote or a bracket too', () => {
    for (const end of ['.', '!', '?', '…', ':', ';', ')', '»', '"']) {
      expect(contributionSentence('IOM', `Vi har sendt svar${end}`)).toBe(
        `IOM: Vi har sendt svar${end}`,
      );
    }
    expect(contributionSentence('IOM', 'Vi har sendt svar.» Mer')).toBe(
      'IOM: Vi har sendt svar.» Mer.',
    );
  });

  it('introduces a contribution that starts with a digit or a capital by the unit and a colon', () => {
    expect(contributionSentence('IOM', '3 av 4 kontorer har svart')).toBe(
      'IOM: 3 av 4 kontorer har svart.',
    );
    expect(contributionSentence('IOM', '  viser til\tårsrapporten  ')).toBe(
      'IOM viser til årsrapporten.',
    );
  });

  it('appends after trailing spaces and line breaks of the report, keeping spaces inside', () => {
    expect(appendSentence('En  to.\n\n', 'Tre.')).toBe('En  to. Tre.');
    expect(appendSentence('  ', 'Tre.')).toBe('Tre.');
    expect(appendSentence('Tre. Fire.', 'Tre.')).toBe('Tre. Fire.');
  });
});
