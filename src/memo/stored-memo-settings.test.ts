import { describe, expect, it } from 'vitest';
import type { MemoSettings } from './memo-settings';
import { readStoredMemoSettings, writeStoredMemoSettings } from './stored-memo-settings';
import { memo2012Settings } from '../../tests/support/memo/seed-measures';

/** What the dialog proposes before anything is stored: a blank draft by Kari Nordmann. */
function defaults(): MemoSettings {
  return {
    to: '',
    via: '',
    copyTo: [],
    from: '',
    caseworker: 'Kari Nordmann',
    date: '2012-12-20',
    caseNumber: '11/10298',
    purpose: 'Til orientering',
    subject: 'Rapportering på oppfølgingsplanen',
    introduction: 'Det vises til oppfølgingsplanen.',
    sectionIntroductions: {},
    closing: '',
    attachments: [],
    includeAppendix: false,
    exemption: null,
    includeUnreported: false,
    approvedOnly: false,
    language: 'nb',
  };
}

describe('readStoredMemoSettings', () => {
  it('reads back every field of the 2012 memo as it was stored', () => {
    const memo = memo2012Settings();
    const read = readStoredMemoSettings(writeStoredMemoSettings(memo), defaults());
    expect(read).toEqual({ settings: memo, problem: null });
  });

  it('uses the defaults and says "missing" when nothing is stored, or only spaces', () => {
    expect(readStoredMemoSettings('', defaults())).toEqual({
      settings: defaults(),
      problem: 'missing',
    });
    expect(readStoredMemoSettings(' \n ', defaults()).problem).toBe('missing');
  });

  it('uses the defaults and says "invalid" for text that is not a JSON object', () => {
    for (const text of ['{"to": "Eva"', 'null', '42', '"Til orientering"', '["to"]']) {
      expect(readStoredMemoSettings(text, defaults())).toEqual({
        settings: defaults(),
        problem: 'invalid',
      });
    }
  });

  it('takes each text field that is text, and keeps the default for one that is not', () => {
    const stored = JSON.stringify({
      to: 'Utviklingsministeren',
      via: 'Ekspedisjonssjefen',
      from: 'HUM-seksjonen',
      caseworker: 42,
      date: '2013-01-15',
      caseNumber: null,
      subject: 'Rapport',
      introduction: 'Innledning.',
      closing: 'Avslutning.',
    });
    const { settings, problem } = readStoredMemoSettings(stored, defaults());
    expect(problem).toBeNull();
    expect(settings).toEqual({
      ...defaults(),
      to: 'Utviklingsministeren',
      via: 'Ekspedisjonssjefen',
      from: 'HUM-seksjonen',
      date: '2013-01-15',
      subject: 'Rapport',
      introduction: 'Innledning.',
      closing: 'Avslutning.',
    });
  });

  it('keeps an empty text that was stored: the caseworker emptied that field', () => {
    const { settings } = readStoredMemoSettings('{"introduction": "", "to": ""}', {
      ...defaults(),
      to: 'Statsråden',
    });
    expect(settings.introduction).toBe('');
    expect(settings.to).toBe('');
  });

  it('takes lists of text only, whole', () => {
    const good = readStoredMemoSettings(
      '{"copyTo": ["Regionalavdelingen", "IOM"], "attachments": ["IOMs oversikt"]}',
      defaults(),
    ).settings;
    expect(good.copyTo).toEqual(['Regionalavdelingen', 'IOM']);
    expect(good.attachments).toEqual(['IOMs oversikt']);
    const bad = readStoredMemoSettings(
      '{"copyTo": ["Regionalavdelingen", 7], "attachments": "IOMs oversikt"}',
      { ...defaults(), copyTo: ['Arkivet'], attachments: ['Vedlegg 1'] },
    ).settings;
    expect(bad.copyTo).toEqual(['Arkivet']);
    expect(bad.attachments).toEqual(['Vedlegg 1']);
    expect(
      readStoredMemoSettings('{"copyTo": []}', { ...defaults(), copyTo: ['A'] }).settings,
    ).toMatchObject({ copyTo: [] });
  });

  it('takes a known purpose only', () => {
    expect(
      readStoredMemoSettings('{"purpose": "Til beslutning"}', defaults()).settings.purpose,
    ).toBe('Til beslutning');
    expect(readStoredMemoSettings('{"purpose": "Til pynt"}', defaults()).settings.purpose).toBe(
      'Til orientering',
    );
  });

  it('takes the section introductions that are text, and nothing from a list', () => {
    const { settings } = readStoredMemoSettings(
      JSON.stringify({ sectionIntroductions: { 'IOMs oppfølging': 'IOM skriver:', Annet: 3 } }),
      defaults(),
    );
    expect(settings.sectionIntroductions).toEqual({ 'IOMs oppfølging': 'IOM skriver:' });
    const kept = { 'Departementets oppfølging': 'Innledning.' };
    for (const intros of ['["Innledning."]', 'null', '"Innledning."']) {
      expect(
        readStoredMemoSettings(`{"sectionIntroductions": ${intros}}`, {
          ...defaults(),
          sectionIntroductions: kept,
        }).settings.sectionIntroductions,
      ).toEqual(kept);
    }
  });

  it('takes the appendix and unreported switches when they are true or false', () => {
    expect(
      readStoredMemoSettings('{"includeAppendix": true, "includeUnreported": true}', defaults())
        .settings,
    ).toMatchObject({ includeAppendix: true, includeUnreported: true });
    expect(
      readStoredMemoSettings('{"includeAppendix": false, "includeUnreported": false}', {
        ...defaults(),
        includeAppendix: true,
        includeUnreported: true,
      }).settings,
    ).toMatchObject({ includeAppendix: false, includeUnreported: false });
    expect(
      readStoredMemoSettings('{"includeAppendix": "ja", "includeUnreported": 1}', defaults())
        .settings,
    ).toMatchObject({ includeAppendix: false, includeUnreported: false });
  });

  it('reads "Unntatt offentlighet" with its legal basis, its removal, and ignores a broken one', () => {
    expect(
      readStoredMemoSettings('{"exemption": {"legalBasis": "offl. § 15"}}', defaults()).settings
        .exemption,
    ).toEqual({ legalBasis: 'offl. § 15' });
    const marked = { ...defaults(), exemption: { legalBasis: 'offl. § 14' } };
    expect(readStoredMemoSettings('{"exemption": null}', marked).settings.exemption).toBeNull();
    for (const broken of ['{}', '{"legalBasis": 14}', '"offl. § 14"', 'true']) {
      expect(readStoredMemoSettings(`{"exemption": ${broken}}`, marked).settings.exemption).toEqual(
        { legalBasis: 'offl. § 14' },
      );
    }
    expect(readStoredMemoSettings('{}', marked).settings.exemption).toEqual({
      legalBasis: 'offl. § 14',
    });
  });

  it('does not change the defaults it was given', () => {
    const given = defaults();
    readStoredMemoSettings('{"to": "Statsråden", "includeAppendix": true}', given);
    expect(given).toEqual(defaults());
  });
});
