// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { memo2012Settings } from '../../../tests/support/memo/seed-measures';
import { formFromSettings } from './memo-form';
import { loadRememberedForm, rememberedFormKey, rememberForm } from './remembered-form';

const plan = '11/10298';
const defaults = () => ({
  ...formFromSettings(memo2012Settings(), plan),
  to: '',
  date: '23.11.2026',
});

beforeEach(() => localStorage.clear());

describe('remembered export values', () => {
  it('starts from the defaults when nothing was remembered for the plan', () => {
    expect(loadRememberedForm(plan, defaults())).toEqual(defaults());
  });
  it('brings back what was last used for the same plan, but dates the memo today', () => {
    rememberForm(plan, {
      ...defaults(),
      to: 'Utenriksrådets kontor',
      date: '20.12.2012',
      exempt: true,
    });
    const form = loadRememberedForm(plan, defaults());
    expect(form.to).toBe('Utenriksrådets kontor');
    expect(form.exempt).toBe(true);
    expect(form.date).toBe('23.11.2026');
    expect(loadRememberedForm('12/1', defaults()).to).toBe('');
  });
  it('keeps a default for every field stored with the wrong type or unreadable', () => {
    localStorage.setItem(
      rememberedFormKey(plan),
      JSON.stringify({
        to: 42,
        via: 'Via',
        purpose: 'Til pynt',
        exempt: 'yes',
        sectionIntroductions: { A: 1 },
      }),
    );
    const form = loadRememberedForm(plan, defaults());
    expect(form).toEqual({ ...defaults(), via: 'Via' });
    localStorage.setItem(rememberedFormKey(plan), '{not json');
    expect(loadRememberedForm(plan, defaults())).toEqual(defaults());
  });
});
