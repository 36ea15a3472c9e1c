import { describe, expect, it } from 'vitest';
import { formatNorwegianDate } from '../domain';
import { defaultMemoSettings, planDate } from './memo-settings';
import { notatFileName } from './notat-file-name';
import { makeMeasure, seedMeasures } from '../../tests/support/memo/seed-measures';

const today = new Date(2012, 11, 20); // 20.12.2012, local time

/** The first draft for the IOM plan, as Kristin Hoem Langsholt opens the dialog on 20.12.2012. */
const draft2012 = () =>
  defaultMemoSettings({
    caseNumber: '11/10298',
    measures: seedMeasures(),
    userName: 'Kristin Hoem Langsholt',
    today,
  });

describe('defaultMemoSettings', () => {
  it('dates the memo today and names the user as caseworker', () => {
    const defaults = draft2012();
    expect(defaults.date).toBe('2012-12-20');
    expect(defaults.caseworker).toBe('Kristin Hoem Langsholt');
    expect(defaults.caseNumber).toBe('11/10298');
    expect(defaults.purpose).toBe('Til orientering');
  });
  it('refers to the plan by its date (its earliest measure) and case number', () => {
    const defaults = draft2012();
    expect(defaults.subject).toBe('Rapportering på oppfølgingsplanen av 25.08.2011');
    expect(defaults.introduction).toMatch(
      /^Det vises til oppfølgingsplanen av 25\.08\.2011 \(sak 11\/10298\)\./,
    );
  });
  it('takes the plan date the plans list holds over when its measures were made', () => {
    // A plan made today from the 2011 text: its measures are new, its date is the plan's.
    const defaults = defaultMemoSettings({
      caseNumber: '25/00101',
      measures: [makeMeasure({ createdAt: '2026-12-02T04:00:00Z' })],
      userName: 'Kristin Hoem Langsholt',
      today,
      planDate: '2011-08-25',
    });
    expect(defaults.subject).toBe('Rapportering på oppfølgingsplanen av 25.08.2011');
    expect(defaults.introduction).toMatch(/^Det vises til oppfølgingsplanen av 25\.08\.2011 /);
  });
  it('sums up the statuses of the plan in a sentence of its own paragraph', () => {
    const defaults = draft2012();
    const [, summary] = defaults.introduction.split('\n\n');
    expect(summary).toBe(
      'Planen har 14 tiltak. Status per 20.12.2012: ' +
        '6 tiltak pågår, 5 er gjennomført, 2 er ikke gjennomført og 1 er ikke aktuelt.',
    );
  });
  it('starts with the choices the 2012 memo made: no appendix, no exemption, unreported left out', () => {
    const defaults = draft2012();
    expect(defaults.includeAppendix).toBe(false);
    expect(defaults.exemption).toBeNull();
    expect(defaults.includeUnreported).toBe(false);
    expect(defaults.copyTo).toEqual([]);
    expect(defaults.attachments).toEqual([]);
  });
  it('closes by saying open measures will be followed up, or that all are closed', () => {
    const defaults = draft2012();
    expect(defaults.closing).toBe(
      'Tiltakene som ikke er avsluttet, følges opp videre og tas med i neste rapportering.',
    );
    // Not started is not ongoing, and not done is not closed: both are followed up.
    for (const status of ['Ikke påbegynt', 'Ikke gjennomført'] as const) {
      const one = defaultMemoSettings({
        caseNumber: '11/1',
        measures: [makeMeasure({ status: 'Gjennomført' }), makeMeasure({ status })],
        userName: '',
        today,
      });
      expect(one.closing).toMatch(/^Tiltakene som ikke er avsluttet/);
      expect(one.introduction).toMatch(
        status === 'Ikke påbegynt'
          ? /: 1 tiltak er ikke påbegynt og 1 er gjennomført\.$/
          : /: 1 tiltak er gjennomført og 1 er ikke gjennomført\.$/,
      );
    }
    const allDone = defaultMemoSettings({
      caseNumber: '11/1',
      measures: [makeMeasure({ status: 'Gjennomført' }), makeMeasure({ status: 'Ikke aktuelt' })],
      userName: '',
      today,
    });
    expect(allDone.closing).toBe('Alle tiltakene i oppfølgingsplanen er dermed avsluttet.');
  });
  it('writes sensible text for a plan without measures or dates', () => {
    const empty = defaultMemoSettings({ caseNumber: '', measures: [], userName: 'A', today });
    expect(empty.subject).toBe('Rapportering på oppfølgingsplanen');
    expect(empty.introduction).toMatch(/^Det vises til oppfølgingsplanen\. /);
    expect(empty.closing).toBe('');
  });
});

describe('planDate and formatNorwegianDate', () => {
  it('takes the earliest creation date', () => {
    const measures = [
      makeMeasure({ createdAt: '2011-09-01T08:00:00Z' }),
      makeMeasure({ createdAt: null }),
      makeMeasure({ createdAt: '2011-08-25T10:00:00Z' }),
    ];
    expect(planDate(measures)).toBe('2011-08-25');
    expect(planDate([makeMeasure({ createdAt: null })])).toBeNull();
  });
  it('writes dd.mm.yyyy', () => {
    expect(formatNorwegianDate('2012-12-20')).toBe('20.12.2012');
    expect(formatNorwegianDate('2011-08-25T10:00:00Z')).toBe('25.08.2011');
  });
});

describe('notatFileName', () => {
  it('writes "Notat <case number> <date>.docx" with the slash as a hyphen', () => {
    expect(notatFileName({ caseNumber: '11/10298-26', date: '2012-12-20' })).toBe(
      'Notat 11-10298-26 20.12.2012.docx',
    );
  });
  it('keeps every character Windows and SharePoint forbid out of the name', () => {
    const name = notatFileName({ caseNumber: 'a\\b:c*d?e"f<g>h|i/j\u0000', date: '2012-12-20' });
    expect(name).toBe('Notat a-b-c-d-e-f-g-h-i-j 20.12.2012.docx');
  });
  it('drops invisible characters and cuts an overlong case number', () => {
    const name = notatFileName({ caseNumber: `11/1\u202Excod.exe${'9'.repeat(200)}`, date: '' });
    expect(name).toBe(`Notat 11-1xcod.exe${'9'.repeat(48)}.docx`);
  });
  it('leaves out what is missing rather than writing an empty part', () => {
    expect(notatFileName({ caseNumber: ' ', date: '' })).toBe('Notat.docx');
  });
});

describe('defaultMemoSettings: the status sentence and the plan', () => {
  it('names one status alone, two joined by "og", and leaves out what does not occur', () => {
    const one = defaultMemoSettings({
      caseNumber: '11/1',
      measures: [makeMeasure({ status: 'Pågår' }), makeMeasure({ status: 'Pågår' })],
      userName: '',
      today,
    });
    expect(one.introduction.split('\n\n')[1]).toBe(
      'Planen har 2 tiltak. Status per 20.12.2012: 2 tiltak pågår.',
    );
    const two = defaultMemoSettings({
      caseNumber: '11/1',
      measures: [makeMeasure({ status: 'Ikke aktuelt' }), makeMeasure({ status: 'Ikke påbegynt' })],
      userName: '',
      today,
    });
    expect(two.introduction.split('\n\n')[1]).toBe(
      'Planen har 2 tiltak. Status per 20.12.2012: 1 tiltak er ikke påbegynt og 1 er ikke aktuelt.',
    );
    expect(two.closing).toMatch(/^Tiltakene som ikke er avsluttet/);
  });
  it('trims the case number, and writes no reference for a plan without one', () => {
    const padded = defaultMemoSettings({
      caseNumber: ' 11/10298 ',
      measures: [],
      userName: '',
      today,
    });
    expect(padded.caseNumber).toBe('11/10298');
    expect(padded.introduction).toMatch(
      /^Det vises til oppfølgingsplanen \(sak 11\/10298\)\. I henhold/,
    );
    const none = defaultMemoSettings({ caseNumber: '  ', measures: [], userName: '', today });
    expect(none.caseNumber).toBe('');
    expect(none.introduction).not.toMatch(/\(sak/);
    // Without measures the introduction is one paragraph: no status sentence.
    expect(none.introduction.split('\n\n')).toHaveLength(1);
  });
  it('starts with empty recipients and the purpose "Til orientering"', () => {
    const settings = defaultMemoSettings({ caseNumber: '11/1', measures: [], userName: '', today });
    expect(settings).toMatchObject({
      to: '',
      via: '',
      from: '',
      sectionIntroductions: {},
      purpose: 'Til orientering',
    });
  });
  it('takes the earliest of several creation dates, whatever their order', () => {
    const measures = [
      makeMeasure({ createdAt: '2011-08-25T10:00:00Z' }),
      makeMeasure({ createdAt: '2011-09-01T08:00:00Z' }),
      makeMeasure({ createdAt: '2011-08-24T10:00:00Z' }),
    ];
    expect(planDate(measures)).toBe('2011-08-24');
    expect(planDate([])).toBeNull();
  });
});

describe('the memo’s file name and plan date at the edges', () => {
  it('leaves no space where an invisible character ended the case number', () => {
    expect(notatFileName({ caseNumber: '11/10298-26 \u200B', date: '2012-12-20' })).toBe(
      'Notat 11-10298-26 20.12.2012.docx',
    );
  });

  it('writes the date only when it is a whole yyyy-mm-dd from the start', () => {
    expect(notatFileName({ caseNumber: '11/10298-26', date: 'x2012-12-20' })).toBe(
      'Notat 11-10298-26.docx',
    );
    expect(notatFileName({ caseNumber: '11/10298-26', date: '2012-12-2' })).toBe(
      'Notat 11-10298-26.docx',
    );
  });

  it('dates the plan by its earliest measure, whatever the order, and passes over those without', () => {
    expect(
      planDate([
        { createdAt: null },
        { createdAt: '2011-08-25T10:00:00Z' },
        { createdAt: '2012-01-05T10:00:00Z' },
        { createdAt: null },
      ]),
    ).toBe('2011-08-25');
    expect(planDate([{ createdAt: null }])).toBeNull();
  });
});

describe('the draft’s introduction', () => {
  it('says why the memo is written: Norad’s instruction and the duty to report, as in 2012', () => {
    const [first] = defaultMemoSettings({
      caseNumber: '11/10298',
      measures: [makeMeasure()],
      userName: 'Kari Nordmann',
      today: new Date(2012, 11, 20),
    }).introduction.split('\n\n');
    expect(first).toContain(
      'I henhold til Norads instruks for evalueringsvirksomheten i norsk bistandsforvaltning ' +
        'skal den saksansvarlige enheten rapportere om hvilke tiltak som er iverksatt for å ' +
        'følge opp beslutningene i forbindelse med evalueringen. Nedenfor følger en ' +
        'oppsummering av oppfølgingen av de enkelte punktene i oppfølgingsplanen.',
    );
  });
});
