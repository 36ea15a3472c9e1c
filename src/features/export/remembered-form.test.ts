// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { memo2012Settings } from '../../../tests/support/memo/seed-measures';
import { forgetOwner } from '../shared';
import { formFromSettings } from './memo-form';
import { loadRememberedForm, rememberedFormKey, rememberForm } from './remembered-form';

const plan = '11/10298';
const defaults = () => ({
  ...formFromSettings(memo2012Settings(), plan),
  to: '',
  date: '23.11.2026',
});

beforeEach(() => localStorage.clear());

const kari = { scope: 'tenant/t1/kari@contoso.no|site/list', storage: localStorage };

describe('remembered export values', () => {
  it('starts from the defaults when nothing was remembered for the plan', () => {
    expect(loadRememberedForm(kari, plan, defaults())).toEqual(defaults());
  });
  it('brings back what was last used for the same plan, but dates the memo today', () => {
    rememberForm(kari, plan, {
      ...defaults(),
      to: 'Utenriksrådets kontor',
      date: '20.12.2012',
      exempt: true,
    });
    const form = loadRememberedForm(kari, plan, defaults());
    expect(form.to).toBe('Utenriksrådets kontor');
    expect(form.exempt).toBe(true);
    expect(form.date).toBe('23.11.2026');
    expect(loadRememberedForm(kari, '12/1', defaults()).to).toBe('');
  });
  it('keeps a default for every field stored with the wrong type or unreadable', () => {
    localStorage.setItem(
      rememberedFormKey(kari, plan) ?? '',
      JSON.stringify({
        to: 42,
        via: 'Via',
        purpose: 'Til pynt',
        exempt: 'yes',
        sectionIntroductions: { A: 1 },
      }),
    );
    const form = loadRememberedForm(kari, plan, defaults());
    expect(form).toEqual({ ...defaults(), via: 'Via' });
    localStorage.setItem(rememberedFormKey(kari, plan) ?? '', '{not json');
    expect(loadRememberedForm(kari, plan, defaults())).toEqual(defaults());
  });
  it('belongs to one person in one list, and is forgotten when they sign out', () => {
    rememberForm(kari, plan, { ...defaults(), to: 'Kari sitt' });
    const ola = { scope: 'tenant/t1/ola@contoso.no|site/list', storage: localStorage };
    expect(loadRememberedForm(ola, plan, defaults()).to).toBe('');
    const otherList = { scope: 'tenant/t1/kari@contoso.no|site/other', storage: localStorage };
    expect(loadRememberedForm(otherList, plan, defaults()).to).toBe('');
    rememberForm(ola, plan, { ...defaults(), to: 'Ola sitt' });
    forgetOwner(localStorage, 'tenant/t1/kari@contoso.no');
    expect(loadRememberedForm(kari, plan, defaults()).to).toBe('');
    expect(loadRememberedForm(ola, plan, defaults()).to).toBe('Ola sitt');
  });
  it('keeps nothing while who uses the tab is not known', () => {
    const nobody = { scope: null, storage: localStorage };
    rememberForm(nobody, plan, { ...defaults(), to: 'Noen' });
    expect(localStorage.length).toBe(0);
    expect(loadRememberedForm(nobody, plan, defaults())).toEqual(defaults());
  });
});
