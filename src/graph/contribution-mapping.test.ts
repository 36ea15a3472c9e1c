import { describe, expect, it } from 'vitest';
import {
  contributionUpdateFields,
  newContributionFields,
  toContribution,
} from './contribution-mapping';
import type { ListItemJson } from './field-mapping';

/** A contributions list item as Graph returns it, with the given columns. */
function contributionItem(
  fields: Record<string, unknown>,
  item: Partial<ListItemJson> = {},
): ListItemJson {
  return {
    id: '21',
    eTag: '"c-guid,4"',
    lastModifiedDateTime: '2012-11-02T09:00:00Z',
    fields,
    ...item,
  };
}

describe('toContribution', () => {
  it('maps every column of a unit’s contribution', () => {
    const item = contributionItem({
      Title: 'Regionalavdelingen: Referanse til planen',
      MeasureId: 7,
      CaseNumber: ' 11/10298 ',
      Unit: ' Regionalavdelingen ',
      Status: 'Gjennomført',
      Contribution: 'Første linje.\r\nAndre linje.\rTredje.',
      ReportedBy: 'Kari Nordmann',
      ReportedAt: '2012-11-01T14:30:00Z',
    });
    expect(toContribution(item)).toEqual({
      id: '21',
      etag: '"c-guid,4"',
      measureId: '7',
      caseNumber: '11/10298',
      unit: 'Regionalavdelingen',
      status: 'Gjennomført',
      contribution: 'Første linje.\nAndre linje.\nTredje.',
      reportedBy: 'Kari Nordmann',
      reportedAt: '2012-11-01T14:30:00Z',
      modifiedAt: '2012-11-02T09:00:00Z',
    });
  });

  it('reads the measure id whether Graph sends a number or its text', () => {
    const idOf = (value: unknown) =>
      toContribution(contributionItem({ MeasureId: value })).measureId;
    expect(idOf(12)).toBe('12');
    expect(idOf(12.7)).toBe('12');
    expect(idOf('12')).toBe('12');
    expect(idOf(' 12 ')).toBe('12');
    expect(idOf('123')).toBe('123');
    expect(idOf('12.0')).toBe('12');
    expect(idOf('12.00')).toBe('12');
  });

  it('links no measure for a measure id that is not a whole number', () => {
    const idOf = (value: unknown) =>
      toContribution(contributionItem({ MeasureId: value })).measureId;
    expect(idOf(Number.POSITIVE_INFINITY)).toBe('');
    expect(idOf(Number.NaN)).toBe('');
    expect(idOf('12.5')).toBe('');
    expect(idOf('x12')).toBe('');
    expect(idOf('12x')).toBe('');
    expect(idOf('')).toBe('');
    expect(idOf(null)).toBe('');
  });

  it('has no report time before the unit has written, nor for a time that is not one', () => {
    const unwritten = toContribution(
      contributionItem({ ReportedAt: null }, { lastModifiedDateTime: 'i går' }),
    );
    expect(unwritten.reportedAt).toBeNull();
    expect(unwritten.modifiedAt).toBeNull();
    expect(toContribution(contributionItem({ ReportedAt: 'snart' })).reportedAt).toBeNull();
    // Date.parse would read the number 2012 as the year 2012.
    expect(toContribution(contributionItem({ ReportedAt: 2012 })).reportedAt).toBeNull();
  });

  it('reads a missing status as not started and empty columns as empty text', () => {
    const contribution = toContribution({ fields: { id: '5', '@odata.etag': '"f,1"' } });
    expect(contribution.id).toBe('5');
    expect(contribution.etag).toBe('"f,1"');
    expect(contribution.status).toBe('Ikke påbegynt');
    expect(contribution.unit).toBe('');
    expect(contribution.caseNumber).toBe('');
    expect(contribution.contribution).toBe('');
    expect(contribution.reportedBy).toBe('');
    expect(toContribution({ id: '5', '@odata.etag': '"a,2"' }).etag).toBe('"a,2"');
  });
});

describe('newContributionFields', () => {
  it('names unit and measure in the title and starts the contribution as not started', () => {
    const fields = newContributionFields({
      measureId: '7',
      measureTitle: 'Referanse til planen',
      caseNumber: '11/10298',
      unit: 'Regionalavdelingen',
    });
    expect(fields).toEqual({
      Title: 'Regionalavdelingen: Referanse til planen',
      MeasureId: 7,
      CaseNumber: '11/10298',
      Unit: 'Regionalavdelingen',
      Status: 'Ikke påbegynt',
    });
  });

  it('cuts the title at SharePoint’s 255 characters', () => {
    const fields = newContributionFields({
      measureId: '7',
      measureTitle: 'x'.repeat(300),
      caseNumber: '11/10298',
      unit: 'FN-avdelingen',
    });
    expect(fields['Title']).toBe(`FN-avdelingen: ${'x'.repeat(240)}`);
  });
});

describe('contributionUpdateFields', () => {
  it('writes the status, the text, who reported and when', () => {
    const now = new Date('2012-11-01T14:30:00Z');
    expect(
      contributionUpdateFields(
        { status: 'Pågår', contribution: 'Godt i gang.' },
        'Kari Nordmann',
        now,
      ),
    ).toEqual({
      Status: 'Pågår',
      Contribution: 'Godt i gang.',
      ReportedBy: 'Kari Nordmann',
      ReportedAt: '2012-11-01T14:30:00.000Z',
    });
  });

  it('clears the column for an empty text rather than writing an empty string', () => {
    const fields = contributionUpdateFields(
      { status: 'Ikke påbegynt', contribution: '' },
      'Kari Nordmann',
      new Date('2012-11-01T14:30:00Z'),
    );
    expect(fields['Contribution']).toBeNull();
  });
});
