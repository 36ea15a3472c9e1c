import { describe, expect, it } from 'vitest';
import type { MeasurePatch } from '../domain';
import {
  readDeadline,
  toFields,
  toMeasure,
  toMeasureVersion,
  type ListItemJson,
} from './field-mapping';
import { MEASURE_FIELDS } from './measure-columns';

const fullItem: ListItemJson = {
  id: '7',
  eTag: '"4f0a6b3e-0000-4c1a-9d61-1d9a9c1f2e11,3"',
  '@odata.etag': '"4f0a6b3e-0000-4c1a-9d61-1d9a9c1f2e11,3"',
  createdDateTime: '2011-08-25T10:00:00Z',
  lastModifiedDateTime: '2012-12-10T13:40:00Z',
  lastModifiedBy: { user: { displayName: 'Ole Martin Berg' } },
  webUrl: 'https://demo.sharepoint.com/sites/hum/Lists/Oppflgingstiltak/7_.000',
  fields: {
    '@odata.etag': '"4f0a6b3e-0000-4c1a-9d61-1d9a9c1f2e11,3"',
    Title: 'Referanse til oppfølgingsplanen tas med i virksomhetsplanene',
    Description: 'Første linje.\r\nAndre linje.',
    CaseNumber: '11/10298',
    Section: 'Departementets oppfølging',
    SortOrder: 40,
    ResponsibleUnit: 'Regionalavdelingen',
    Deadline: '2012-01-30T23:00:00Z',
    Status: 'Ikke gjennomført',
    StatusReport: 'Ingen rapporterer om at dette er gjort.\n\nAndre avsnitt.',
    ReportedBy: 'Ole Martin Berg',
    ReportedAt: '2012-12-10T13:42:00Z',
    ReviewState: 'Returnert',
    ReviewComment: 'Utdyp, takk.',
  },
};

describe('toMeasure', () => {
  it('maps every column and item property of a full item', () => {
    expect(toMeasure(fullItem)).toEqual({
      id: '7',
      etag: '"4f0a6b3e-0000-4c1a-9d61-1d9a9c1f2e11,3"',
      title: 'Referanse til oppfølgingsplanen tas med i virksomhetsplanene',
      description: 'Første linje.\nAndre linje.',
      caseNumber: '11/10298',
      section: 'Departementets oppfølging',
      sortOrder: 40,
      responsibleUnit: 'Regionalavdelingen',
      contributingUnits: [],
      deadline: '2012-01-31',
      revisedDeadline: null,
      deadlineChangeReason: '',
      status: 'Ikke gjennomført',
      statusReport: 'Ingen rapporterer om at dette er gjort.\n\nAndre avsnitt.',
      reportedBy: 'Ole Martin Berg',
      reportedAt: '2012-12-10T13:42:00Z',
      reviewState: 'Returnert',
      reviewComment: 'Utdyp, takk.',
      reviewedBy: '',
      reviewedAt: null,
      createdAt: '2011-08-25T10:00:00Z',
      modifiedAt: '2012-12-10T13:40:00Z',
      modifiedBy: 'Ole Martin Berg',
      webUrl: 'https://demo.sharepoint.com/sites/hum/Lists/Oppflgingstiltak/7_.000',
    });
  });

  it('reads an item whose empty columns Graph left out as empty, unreported and not started', () => {
    const measure = toMeasure({
      id: '9',
      '@odata.etag': '"x,1"',
      fields: { Title: 'Nytt tiltak' },
    });
    expect(measure).toMatchObject({
      id: '9',
      etag: '"x,1"',
      title: 'Nytt tiltak',
      description: '',
      sortOrder: 0,
      deadline: null,
      status: 'Ikke påbegynt',
      statusReport: '',
      reportedAt: null,
      reviewState: 'Ikke vurdert',
      modifiedBy: '',
      createdAt: null,
    });
  });

  it('survives an item without fields at all, and values of the wrong type', () => {
    expect(toMeasure({}).title).toBe('');
    const odd = toMeasure({
      id: '3',
      fields: { Title: 42, SortOrder: '105', Deadline: 'not a date', ReportedAt: 'soon' },
    });
    expect(odd).toMatchObject({ title: '', sortOrder: 105, deadline: null, reportedAt: null });
  });

  it('takes the eTag from fields when the item has none', () => {
    expect(toMeasure({ id: '1', fields: { '@odata.etag': '"f,2"' } }).etag).toBe('"f,2"');
  });

  it('matches a choice that differs only in case, spacing or Unicode form', () => {
    const decomposed = 'Pa\u030agår '; // "Pågår" with a combining ring, as some clients send it
    expect(toMeasure({ fields: { Status: decomposed } }).status).toBe('Pågår');
    expect(toMeasure({ fields: { Status: 'gjennomført' } }).status).toBe('Gjennomført');
    expect(toMeasure({ fields: { ReviewState: 'GODKJENT' } }).reviewState).toBe('Godkjent');
  });

  it('reads a choice outside the list as not started / not reviewed', () => {
    const measure = toMeasure({ fields: { Status: 'Forsinket', ReviewState: 'Avvist' } });
    expect(measure.status).toBe('Ikke påbegynt');
    expect(measure.reviewState).toBe('Ikke vurdert');
  });
});

describe('readDeadline', () => {
  it('keeps a calendar date and the date of a UTC midnight', () => {
    expect(readDeadline('2012-08-25')).toBe('2012-08-25');
    expect(readDeadline('2012-08-25T00:00:00Z')).toBe('2012-08-25');
    expect(readDeadline('2012-08-25T00:00:00')).toBe('2012-08-25');
  });
  it('gives back the calendar date of a local midnight that Graph converted to UTC', () => {
    expect(readDeadline('2012-08-24T22:00:00Z')).toBe('2012-08-25'); // Oslo, summer time
    expect(readDeadline('2012-01-30T23:00:00Z')).toBe('2012-01-31'); // Oslo, winter time
    expect(readDeadline('2012-08-25T04:00:00Z')).toBe('2012-08-25'); // New York
    expect(readDeadline('2012-08-24T12:00:00Z')).toBe('2012-08-25'); // Auckland, UTC+12
    expect(readDeadline('2012-08-25T00:00:00+02:00')).toBe('2012-08-25');
  });
  it('crosses month and year ends', () => {
    expect(readDeadline('2012-12-31T23:00:00Z')).toBe('2013-01-01');
    expect(readDeadline('2012-02-28T23:00:00Z')).toBe('2012-02-29');
  });
  it('refuses what is not a date', () => {
    expect(readDeadline('2012-02-30')).toBeNull();
    expect(readDeadline('')).toBeNull();
    expect(readDeadline(null)).toBeNull();
    expect(readDeadline(20120825)).toBeNull();
  });
});

describe('toFields', () => {
  it('writes only what the patch carries, by internal name', () => {
    expect(toFields({ status: 'Pågår', statusReport: 'Arbeidet pågår.' })).toEqual({
      Status: 'Pågår',
      StatusReport: 'Arbeidet pågår.',
    });
    expect(toFields({})).toEqual({});
  });

  it('sends emptied optional columns as null, and the deadline as yyyy-mm-dd', () => {
    expect(
      toFields({
        statusReport: '',
        reviewComment: '',
        reportedBy: '',
        reportedAt: null,
        deadline: null,
      }),
    ).toEqual({
      StatusReport: null,
      ReviewComment: null,
      ReportedBy: null,
      ReportedAt: null,
      Deadline: null,
    });
    expect(toFields({ deadline: '2012-08-24T22:00:00Z' })).toEqual({ Deadline: '2012-08-25' });
    expect(toFields({ deadline: '2013-03-01' })).toEqual({ Deadline: '2013-03-01' });
  });

  it('keeps an empty title so that SharePoint, which requires one, can refuse it', () => {
    expect(toFields({ title: '' })).toEqual({ Title: '' });
  });

  it('uses only the columns of MEASURE_FIELDS', () => {
    const everything: Required<MeasurePatch> = {
      title: 't',
      description: 'd',
      caseNumber: 'c',
      section: 's',
      sortOrder: 1,
      responsibleUnit: 'u',
      deadline: '2012-01-01',
      status: 'Gjennomført',
      statusReport: 'r',
      reportedBy: 'b',
      reportedAt: '2012-01-01T10:00:00Z',
      reviewState: 'Godkjent',
      reviewComment: 'k',
      contributingUnits: ['Geneve-delegasjonen'],
      revisedDeadline: '2012-03-01',
      deadlineChangeReason: 'grunn',
      reviewedBy: 'v',
      reviewedAt: '2012-01-02T10:00:00Z',
    };
    expect(Object.keys(toFields(everything)).sort()).toEqual([...MEASURE_FIELDS].sort());
  });
});

describe('round trips', () => {
  it('a patch written and read back is the same patch', () => {
    const patch: Required<MeasurePatch> = {
      title: 'Evalueringsrapporten benyttes som referansedokument',
      description: 'Linje 1\nLinje 2',
      caseNumber: '11/10298',
      section: 'IOMs oppfølging',
      sortOrder: 110,
      responsibleUnit: 'IOM',
      deadline: '2012-12-31',
      status: 'Ikke aktuelt',
      statusReport: 'Første avsnitt.\n\nAndre avsnitt, med «sitat» & tegn <b>.',
      reportedBy: 'Kari Nordmann',
      reportedAt: '2012-12-03T09:12:00Z',
      reviewState: 'Returnert',
      reviewComment: 'Mangler dato.',
      contributingUnits: ['Fagseksjonene', 'Ambassaden i Abuja'],
      revisedDeadline: '2013-02-28',
      deadlineChangeReason: 'Venter på styremøtet i IOM.',
      reviewedBy: 'Eva Hermstad',
      reviewedAt: '2012-12-04T09:12:00Z',
    };
    const measure = toMeasure({ id: '1', eTag: '"a,1"', fields: toFields(patch) });
    expect(measure).toMatchObject(patch);
  });

  it('an emptied report and deadline read back as empty', () => {
    const measure = toMeasure({
      fields: toFields({ statusReport: '', deadline: null, reportedAt: null }),
    });
    expect(measure).toMatchObject({ statusReport: '', deadline: null, reportedAt: null });
  });

  it('a measure read from Graph, written and read again, keeps its values', () => {
    const measure = toMeasure(fullItem);
    const again = toMeasure({ ...fullItem, fields: toFields(measure) });
    expect(again).toEqual(measure);
  });
});

describe('toMeasureVersion', () => {
  it('maps a version with its fields', () => {
    expect(
      toMeasureVersion({
        id: '2.0',
        lastModifiedDateTime: '2012-12-03T09:12:00Z',
        lastModifiedBy: { user: { displayName: 'Kristin Hoem Langsholt' } },
        fields: { Status: 'Gjennomført', StatusReport: 'Ref. over.', ReportedBy: 'KHL' },
      }),
    ).toEqual({
      id: '2.0',
      modifiedAt: '2012-12-03T09:12:00Z',
      modifiedBy: 'Kristin Hoem Langsholt',
      status: 'Gjennomført',
      statusReport: 'Ref. over.',
      reportedBy: 'KHL',
    });
  });
  it('leaves what a version does not hold as null', () => {
    expect(toMeasureVersion({ id: '1.0', fields: {} })).toMatchObject({
      status: null,
      statusReport: null,
      reportedBy: null,
    });
  });
});

describe('field mapping: what SharePoint and other clients send', () => {
  it('reads a lone CR (old Mac line ends, some SharePoint forms) as a line break', () => {
    const measure = toMeasure({
      fields: {
        StatusReport: 'Første\rAndre\r\n\rTredje',
        Description: 'a\rb',
        ReviewComment: 'x\ry',
      },
    });
    expect(measure.statusReport).toBe('Første\nAndre\n\nTredje');
    expect(measure.description).toBe('a\nb');
    expect(measure.reviewComment).toBe('x\ny');
  });

  it('sends an emptied ReportedAt as null, whether it is empty text or null', () => {
    expect(toFields({ reportedAt: '' })).toEqual({ ReportedAt: null });
    expect(toFields({ reportedAt: null })).toEqual({ ReportedAt: null });
    expect(toFields({ deadline: '' })).toEqual({ Deadline: null });
    expect(toFields({ reportedAt: '2012-12-03T09:12:00Z' })).toEqual({
      ReportedAt: '2012-12-03T09:12:00Z',
    });
  });

  it('reads an empty ReportedAt as never reported', () => {
    expect(toMeasure({ fields: { ReportedAt: '' } }).reportedAt).toBeNull();
  });

  it('sends emptied text columns as null, and text as it is', () => {
    expect(toFields({ description: '', caseNumber: '', section: '', responsibleUnit: '' })).toEqual(
      { Description: null, CaseNumber: null, Section: null, ResponsibleUnit: null },
    );
    expect(
      toFields({ description: 'd', caseNumber: '11/1', section: 'S', responsibleUnit: 'IOM' }),
    ).toEqual({ Description: 'd', CaseNumber: '11/1', Section: 'S', ResponsibleUnit: 'IOM' });
    expect(toFields({ reviewState: 'Godkjent', reviewComment: 'Bra.' })).toEqual({
      ReviewState: 'Godkjent',
      ReviewComment: 'Bra.',
    });
  });

  it('sends a SortOrder that is no number as an empty column', () => {
    expect(toFields({ sortOrder: Number.NaN })).toEqual({ SortOrder: null });
    expect(toFields({ sortOrder: Number.POSITIVE_INFINITY })).toEqual({ SortOrder: null });
    expect(toFields({ sortOrder: 0 })).toEqual({ SortOrder: 0 });
  });

  it('reads a SortOrder sent as text, padded or not, and nothing else as a number', () => {
    expect(toMeasure({ fields: { SortOrder: ' 27 ' } }).sortOrder).toBe(27);
    expect(toMeasure({ fields: { SortOrder: '  ' } }).sortOrder).toBe(0);
    expect(toMeasure({ fields: { SortOrder: 'tjue' } }).sortOrder).toBe(0);
    expect(toMeasure({ fields: { SortOrder: Number.NaN } }).sortOrder).toBe(0);
    expect(toMeasure({ fields: { SortOrder: true } }).sortOrder).toBe(0);
    expect(toMeasure({ fields: { SortOrder: 12.5 } }).sortOrder).toBe(12.5);
  });

  it('takes the id from fields and the eTag from @odata.etag when the item lacks them', () => {
    expect(toMeasure({ fields: { id: '12' } }).id).toBe('12');
    expect(toMeasure({ id: '3', fields: { id: '12' } }).id).toBe('3');
    expect(toMeasure({ '@odata.etag': '"o,1"', fields: { '@odata.etag': '"f,1"' } }).etag).toBe(
      '"o,1"',
    );
    expect(toMeasure({ eTag: '"e,1"', '@odata.etag': '"o,1"' }).etag).toBe('"e,1"');
  });

  it('reads item times only when they are instants, and the editor’s name', () => {
    const measure = toMeasure({
      createdDateTime: 'gisteren',
      lastModifiedDateTime: '2012-12-10T13:40:00Z',
      lastModifiedBy: null,
      webUrl: 42,
    });
    expect(measure).toMatchObject({
      createdAt: null,
      modifiedAt: '2012-12-10T13:40:00Z',
      modifiedBy: '',
      webUrl: '',
    });
    expect(toMeasure({ lastModifiedBy: { user: {} } }).modifiedBy).toBe('');
  });

  it('matches a padded choice in the review column too', () => {
    expect(toMeasure({ fields: { ReviewState: ' returnert ' } }).reviewState).toBe('Returnert');
    expect(toMeasure({ fields: { Status: ' IKKE AKTUELT ' } }).status).toBe('Ikke aktuelt');
    expect(toMeasure({ fields: { Status: 5, ReviewState: false } })).toMatchObject({
      status: 'Ikke påbegynt',
      reviewState: 'Ikke vurdert',
    });
  });

  it('reads a date with a wall-clock time but no offset as that date, and refuses a false one', () => {
    expect(readDeadline('2012-08-25T23:30')).toBe('2012-08-25');
    expect(readDeadline('2012-08-25T23:30:15.5')).toBe('2012-08-25');
    expect(readDeadline('2012-02-30T00:00:00')).toBeNull();
    expect(readDeadline('2012-13-01')).toBeNull();
    expect(readDeadline('2011-02-29')).toBeNull();
    expect(readDeadline('x2012-08-25')).toBeNull();
    expect(readDeadline('2012-08-25x')).toBeNull();
  });

  it('reads a version’s report with a lone CR as a line break, and a missing author as empty', () => {
    const version = toMeasureVersion({
      id: '3.0',
      fields: { Status: 'pågår', StatusReport: 'a\rb', ReportedBy: 7 },
    });
    expect(version).toEqual({
      id: '3.0',
      modifiedAt: '',
      modifiedBy: '',
      status: 'Pågår',
      statusReport: 'a\nb',
      reportedBy: null,
    });
    expect(toMeasureVersion({ fields: { Status: null } }).status).toBeNull();
    expect(toMeasureVersion({ fields: { Status: 'Forsinket' } }).status).toBe('Ikke påbegynt');
    expect(toMeasureVersion({}).statusReport).toBeNull();
  });
});

describe('toFields: only what the patch carries', () => {
  it('writes no column at all for a property the patch leaves out', () => {
    expect(Object.keys(toFields({}))).toEqual([]);
    expect(Object.keys(toFields({ status: 'Pågår', statusReport: 'Tekst.' }))).toEqual([
      'Status',
      'StatusReport',
    ]);
    expect(Object.keys(toFields({ reviewState: 'Godkjent' }))).toEqual(['ReviewState']);
    expect(Object.keys(toFields({ title: 'T', sortOrder: 3 }))).toEqual(['Title', 'SortOrder']);
  });
  it('refuses a bare number or year as a deadline', () => {
    expect(readDeadline(2012)).toBeNull();
    expect(readDeadline(0)).toBeNull();
  });
});

describe('field mapping: one column per patch property', () => {
  it('writes exactly the one column of each property a patch carries, and no other', () => {
    const columns: [MeasurePatch, string][] = [
      [{ title: 'T' }, 'Title'],
      [{ description: 'Beskrivelse' }, 'Description'],
      [{ caseNumber: '11/10298' }, 'CaseNumber'],
      [{ section: 'IOMs oppfølging' }, 'Section'],
      [{ sortOrder: 20 }, 'SortOrder'],
      [{ responsibleUnit: 'IOM' }, 'ResponsibleUnit'],
      [{ contributingUnits: ['IOM'] }, 'ContributingUnits'],
      [{ deadline: '2012-08-25' }, 'Deadline'],
      [{ revisedDeadline: '2013-02-28' }, 'RevisedDeadline'],
      [{ deadlineChangeReason: 'Styremøtet ble utsatt.' }, 'DeadlineChangeReason'],
      [{ status: 'Pågår' }, 'Status'],
      [{ statusReport: 'Arbeidet pågår.' }, 'StatusReport'],
      [{ reportedBy: 'Kari Nordmann' }, 'ReportedBy'],
      [{ reportedAt: '2012-12-03T09:12:00Z' }, 'ReportedAt'],
      [{ reviewState: 'Godkjent' }, 'ReviewState'],
      [{ reviewComment: 'Bra.' }, 'ReviewComment'],
      [{ reviewedBy: 'Eva Hermstad' }, 'ReviewedBy'],
      [{ reviewedAt: '2012-12-04T09:12:00Z' }, 'ReviewedAt'],
    ];
    for (const [patch, column] of columns) expect(Object.keys(toFields(patch))).toEqual([column]);
  });

  it('sends emptied contributors, reason, reviewer and revised deadline as empty columns', () => {
    expect(
      toFields({
        contributingUnits: [],
        deadlineChangeReason: '',
        reviewedBy: '',
        reviewedAt: '',
        revisedDeadline: null,
      }),
    ).toStrictEqual({
      ContributingUnits: null,
      DeadlineChangeReason: null,
      ReviewedBy: null,
      ReviewedAt: null,
      RevisedDeadline: null,
    });
    expect(toFields({ revisedDeadline: '2013-02-27T23:00:00Z' })).toStrictEqual({
      RevisedDeadline: '2013-02-28',
    });
    expect(toFields({ contributingUnits: ['Fagseksjonene', 'IOM'] })).toStrictEqual({
      ContributingUnits: 'Fagseksjonene\nIOM',
    });
  });

  it('reads contributing units one per line, trimmed, without blank lines or doubles', () => {
    const measure = toMeasure({
      fields: { ContributingUnits: ' Fagseksjonene \r\n\r\nIOM\rFagseksjonene\n  \nIOM ' },
    });
    expect(measure.contributingUnits).toEqual(['Fagseksjonene', 'IOM']);
    expect(toMeasure({ fields: {} }).contributingUnits).toEqual([]);
    expect(toMeasure({ fields: { ContributingUnits: 3 } }).contributingUnits).toEqual([]);
  });

  it('reads the review columns and a revised deadline with its reason', () => {
    const measure = toMeasure({
      fields: {
        RevisedDeadline: '2013-02-27T23:00:00Z',
        DeadlineChangeReason: 'Venter på styremøtet i IOM.',
        ReviewedBy: 'Eva Hermstad',
        ReviewedAt: '2012-12-04T09:12:00Z',
        ReviewComment: 'Mangler dato.\r\nUtdyp.',
      },
    });
    expect(measure).toMatchObject({
      revisedDeadline: '2013-02-28',
      deadlineChangeReason: 'Venter på styremøtet i IOM.',
      reviewedBy: 'Eva Hermstad',
      reviewedAt: '2012-12-04T09:12:00Z',
      reviewComment: 'Mangler dato.\nUtdyp.',
    });
  });
});

describe('field mapping: values of the wrong kind', () => {
  it('reads a reporting time that is a number, not text, as never reported', () => {
    expect(toMeasure({ fields: { ReportedAt: 42, ReviewedAt: 2012 } })).toMatchObject({
      reportedAt: null,
      reviewedAt: null,
    });
    expect(toMeasure({ createdDateTime: 1_354_000_000_000 }).createdAt).toBeNull();
  });

  it('reads an editor without a user as no name', () => {
    expect(toMeasure({ lastModifiedBy: {} }).modifiedBy).toBe('');
    expect(toMeasureVersion({ lastModifiedBy: {} }).modifiedBy).toBe('');
  });

  it('refuses a deadline in a year below 100, a slip when typing the year', () => {
    expect(readDeadline('0012-08-25')).toBeNull();
    expect(readDeadline('0099-12-31T00:00:00')).toBeNull();
  });
});
