import { describe, expect, it } from 'vitest';
import { defaultMemoSettings } from '../../memo/memo-settings';
import { memo2012Settings } from '../../../tests/support/memo/seed-measures';
import type { MemoForm } from './memo-form';
import {
  formFromSettings,
  fullCaseNumber,
  parseNorwegianDate,
  settingsFromForm,
  validateMemoForm,
} from './memo-form';

const plan = '11/10298';
const form2012 = (): MemoForm => formFromSettings(memo2012Settings(), plan);

describe('formFromSettings and settingsFromForm', () => {
  it('give the 2012 settings back unchanged', () => {
    const form = form2012();
    expect(form.date).toBe('20.12.2012');
    expect(form.documentNumber).toBe('26');
    expect(form.copyTo.split('\n')).toHaveLength(5);
    expect(settingsFromForm(form, plan)).toEqual(memo2012Settings());
  });
  it('read the lists one entry per line, blank lines dropped', () => {
    const form = { ...form2012(), copyTo: 'A\r\n\r\n  B \n', attachments: '\nVedlegg 1\n' };
    const settings = settingsFromForm(form, plan);
    expect(settings.copyTo).toEqual(['A', 'B']);
    expect(settings.attachments).toEqual(['Vedlegg 1']);
  });
  it('offer "offl. § 14" as the legal basis and keep the marking off by default', () => {
    const defaults = defaultMemoSettings({
      caseNumber: plan,
      measures: [],
      userName: 'X',
      today: new Date(2012, 11, 20),
    });
    const form = formFromSettings(defaults, plan);
    expect(form.exempt).toBe(false);
    expect(form.legalBasis).toBe('offl. § 14');
    expect(form.documentNumber).toBe('');
    expect(settingsFromForm(form, plan).exemption).toBeNull();
    expect(settingsFromForm({ ...form, exempt: true }, plan).exemption).toEqual({
      legalBasis: 'offl. § 14',
    });
  });
});

describe('fullCaseNumber', () => {
  it('joins the plan case number and the document number', () => {
    expect(fullCaseNumber({ ...form2012(), documentNumber: ' 27 ' }, plan)).toBe('11/10298-27');
    expect(fullCaseNumber({ ...form2012(), documentNumber: '' }, plan)).toBe('11/10298');
  });
  it('takes the typed case number when the plan has none', () => {
    expect(fullCaseNumber({ ...form2012(), caseNumber: ' 12/345-6 ' }, '')).toBe('12/345-6');
  });
});

describe('parseNorwegianDate', () => {
  it('reads dd.mm.yyyy and d.m.yyyy', () => {
    expect(parseNorwegianDate('20.12.2012')).toBe('2012-12-20');
    expect(parseNorwegianDate(' 1.2.2013 ')).toBe('2013-02-01');
  });
  it('refuses what is no calendar date', () => {
    for (const text of [
      '31.02.2012',
      '00.01.2012',
      '12/20/2012',
      '2012-12-20',
      '20.13.2012',
      'i dag',
      '',
    ])
      expect(parseNorwegianDate(text), text).toBeNull();
    expect(parseNorwegianDate('29.02.2012')).toBe('2012-02-29');
  });
});

describe('validateMemoForm', () => {
  it('accepts the 2012 memo', () => {
    expect(validateMemoForm(form2012(), plan)).toEqual({});
  });
  it('names each problem at its field', () => {
    expect(validateMemoForm({ ...form2012(), date: '' }, plan)).toEqual({ date: 'date-missing' });
    expect(validateMemoForm({ ...form2012(), date: '32.12.2012' }, plan)).toEqual({
      date: 'date-invalid',
    });
    expect(validateMemoForm({ ...form2012(), documentNumber: '26a' }, plan)).toEqual({
      documentNumber: 'document-number-invalid',
    });
    expect(validateMemoForm({ ...form2012(), exempt: true, legalBasis: ' ' }, plan)).toEqual({
      legalBasis: 'legal-basis-missing',
    });
  });
  it('requires a case number when the plan has none', () => {
    expect(validateMemoForm({ ...form2012(), caseNumber: '' }, '')).toEqual({
      caseNumber: 'case-number-missing',
    });
    expect(validateMemoForm({ ...form2012(), caseNumber: '12/1-1' }, '')).toEqual({});
  });
});

describe('memo form: padded and marked input', () => {
  it('accepts a document number and a date typed with spaces around them', () => {
    const form = { ...form2012(), documentNumber: ' 27 ', date: ' 21.12.2012 ' };
    expect(validateMemoForm(form, plan)).toEqual({});
    expect(settingsFromForm(form, plan)).toMatchObject({
      caseNumber: '11/10298-27',
      date: '2012-12-21',
    });
  });
  it('calls a date of spaces missing, not invalid', () => {
    expect(validateMemoForm({ ...form2012(), date: '   ' }, plan)).toEqual({
      date: 'date-missing',
    });
  });
  it('requires a case number of more than spaces when the plan has none', () => {
    expect(validateMemoForm({ ...form2012(), caseNumber: '  ' }, ' ')).toEqual({
      caseNumber: 'case-number-missing',
    });
    // The plan's own case number: the typed one is not asked for, the document number is checked.
    expect(validateMemoForm({ ...form2012(), caseNumber: '' }, plan)).toEqual({});
    expect(validateMemoForm({ ...form2012(), documentNumber: '' }, plan)).toEqual({});
  });
  it('accepts a memo marked "Unntatt offentlighet" with a legal basis, trimmed', () => {
    const form = { ...form2012(), exempt: true, legalBasis: ' offl. § 13 ' };
    expect(validateMemoForm(form, plan)).toEqual({});
    expect(settingsFromForm(form, plan).exemption).toEqual({ legalBasis: 'offl. § 13' });
    // An unmarked memo never asks for a legal basis, however empty.
    expect(validateMemoForm({ ...form2012(), exempt: false, legalBasis: '' }, plan)).toEqual({});
  });
  it('reads a marked memo’s settings back as a marked form with its legal basis', () => {
    const settings = { ...memo2012Settings(), exemption: { legalBasis: 'offl. § 13' } };
    const form = formFromSettings(settings, plan);
    expect(form.exempt).toBe(true);
    expect(form.legalBasis).toBe('offl. § 13');
    expect(settingsFromForm(form, plan)).toEqual(settings);
  });
  it('splits the document number off only when the case number is the plan’s', () => {
    const settings = { ...memo2012Settings(), caseNumber: '11/10298-26' };
    expect(formFromSettings(settings, ' 11/10298 ').documentNumber).toBe('26');
    expect(formFromSettings(settings, '12/999').documentNumber).toBe('');
    expect(formFromSettings(settings, '').documentNumber).toBe('');
    // "11/1029" is a prefix of the text but not the plan: no hyphen after it.
    expect(formFromSettings(settings, '11/1029').documentNumber).toBe('');
  });
  it('shows no date for settings whose date is not yyyy-mm-dd', () => {
    const settings = { ...memo2012Settings(), date: '' };
    expect(formFromSettings(settings, plan).date).toBe('');
    expect(formFromSettings({ ...settings, date: '2012-12-20x' }, plan).date).toBe('');
  });
  it('keeps the section introductions as a copy the form can edit', () => {
    const settings = { ...memo2012Settings(), sectionIntroductions: { A: 'Om A.' } };
    const form = formFromSettings(settings, plan);
    form.sectionIntroductions['A'] = 'Endret.';
    expect(settings.sectionIntroductions).toEqual({ A: 'Om A.' });
  });
  it('refuses a date with more around it than spaces', () => {
    for (const text of ['x20.12.2012', '20.12.2012x', '120.12.2012', '20.123.2012', '20.12.20123'])
      expect(parseNorwegianDate(text), text).toBeNull();
    expect(parseNorwegianDate('31.04.2012')).toBeNull();
    expect(parseNorwegianDate('31.12.2012')).toBe('2012-12-31');
    expect(parseNorwegianDate('01.01.2013')).toBe('2013-01-01');
  });
});

describe('memo form: dates and case numbers at the edges', () => {
  it('never reads a year below 100 as one of the 1900s', () => {
    expect(parseNorwegianDate('01.01.0099')).toBeNull();
    expect(parseNorwegianDate('01.01.1999')).toBe('1999-01-01');
  });
  it('shows no date for settings whose date has text in front', () => {
    expect(formFromSettings({ ...memo2012Settings(), date: 'x2012-12-20' }, plan).date).toBe('');
  });
  it('trims the plan’s case number before joining and checking', () => {
    expect(fullCaseNumber({ ...form2012(), documentNumber: '26' }, ' 11/10298 ')).toBe(
      '11/10298-26',
    );
    expect(validateMemoForm({ ...form2012(), documentNumber: 'x' }, ' 11/10298 ')).toEqual({
      documentNumber: 'document-number-invalid',
    });
  });
});

describe('memo form: several attachments', () => {
  it('shows them one per line and gives them back as a list', () => {
    const settings = {
      ...memo2012Settings(),
      attachments: ['Notat av 25.08.2011', 'IOMs oversikt'],
    };
    const form = formFromSettings(settings, plan);
    expect(form.attachments).toBe('Notat av 25.08.2011\nIOMs oversikt');
    expect(settingsFromForm(form, plan).attachments).toEqual(settings.attachments);
  });
});
