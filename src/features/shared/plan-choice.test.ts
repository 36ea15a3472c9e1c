import { describe, expect, it } from 'vitest';
import {
  choosePlan,
  listPlans,
  measuresOfPlan,
  readRememberedPlan,
  rememberPlan,
  summarizePlans,
} from './plan-choice';
import type { Plan } from '../../domain';

const item = (id: string, caseNumber: string) => ({ id, caseNumber });

describe('the plans in a list', () => {
  it('are the distinct case numbers with their counts, in Norwegian order, without a case number last', () => {
    const measures = [
      item('1', '99/00001'),
      item('2', '11/10298'),
      item('3', ''),
      item('4', '11/10298'),
      item('5', 'Å/1'),
      item('6', 'Ø/1'),
      item('7', '9/123'),
      item('8', ' 99/00001 '),
    ];
    expect(listPlans(measures)).toEqual([
      { caseNumber: '9/123', count: 1, title: '' },
      { caseNumber: '11/10298', count: 2, title: '' },
      { caseNumber: '99/00001', count: 2, title: '' },
      { caseNumber: 'Ø/1', count: 1, title: '' },
      { caseNumber: 'Å/1', count: 1, title: '' },
      { caseNumber: '', count: 1, title: '' },
    ]);
  });

  it('are none in an empty list', () => {
    expect(listPlans([])).toEqual([]);
  });

  it("give one plan's measures, or all of them when none is chosen", () => {
    const measures = [item('1', '99/00001'), item('2', '11/10298'), item('3', ' 11/10298')];
    expect(measuresOfPlan(measures, '11/10298').map((m) => m.id)).toEqual(['2', '3']);
    expect(measuresOfPlan(measures, '')).toEqual([]);
    expect(measuresOfPlan(measures, null)).toHaveLength(3);
  });
});

describe('choosing the plan shown', () => {
  const plans = listPlans([item('1', '11/10298'), item('2', '99/00001'), item('3', '')]);
  const none = { picked: null, linked: null, remembered: null };

  it('takes the first plan when nothing else says otherwise', () => {
    expect(choosePlan(plans, none)).toBe('11/10298');
  });

  it('prefers the pick on this page, then a linked measure’s plan, then the remembered one', () => {
    expect(choosePlan(plans, { picked: '', linked: '99/00001', remembered: '11/10298' })).toBe('');
    expect(choosePlan(plans, { ...none, linked: '99/00001', remembered: '' })).toBe('99/00001');
    expect(choosePlan(plans, { ...none, remembered: '99/00001' })).toBe('99/00001');
  });

  it('passes over plans that are no longer in the list', () => {
    expect(choosePlan(plans, { ...none, remembered: '12/1' })).toBe('11/10298');
    expect(choosePlan(plans, { picked: '12/1', linked: '13/1', remembered: '99/00001' })).toBe(
      '99/00001',
    );
  });

  it('has nothing to choose in an empty list', () => {
    expect(choosePlan([], { ...none, remembered: '11/10298' })).toBeNull();
  });
});

/** A Storage of our own, or one that refuses every access as some Teams webviews do. */
function memoryStorage(refusing = false): Storage {
  const items = new Map<string, string>();
  const refuse = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => (refusing ? refuse() : (items.get(key) ?? null)),
    setItem: (key, value) => (refusing ? refuse() : void items.set(key, value)),
    removeItem: (key) => void items.delete(key),
  };
}

describe('the remembered plan', () => {
  it('is kept per list, the plan without a case number included', () => {
    const storage = memoryStorage();
    expect(readRememberedPlan(storage, 'site/A')).toBeNull();
    rememberPlan(storage, 'site/A', '99/00001');
    rememberPlan(storage, 'site/B', '');
    expect(readRememberedPlan(storage, 'site/A')).toBe('99/00001');
    expect(readRememberedPlan(storage, 'site/B')).toBe('');
  });

  it('is nothing, without an error, where the browser refuses storage', () => {
    const storage = memoryStorage(true);
    expect(() => rememberPlan(storage, 'site/A', '99/00001')).not.toThrow();
    expect(readRememberedPlan(storage, 'site/A')).toBeNull();
    expect(readRememberedPlan(undefined, 'site/A')).toBeNull();
  });
});

describe('the plans of the plans list', () => {
  it('are listed by title, in the order of their case numbers, numbers compared as numbers', () => {
    const plan = (caseNumber: string, title: string, planDate: string | null = null): Plan => ({
      id: caseNumber,
      etag: '',
      title,
      caseNumber,
      evaluation: '',
      planDate,
      reportDue: null,
      deadlineRule: '',
      coordinator: '',
      planState: 'Aktiv',
      memoSettings: '',
    });
    // The plan's date goes along: the memo dates the plan by it.
    expect(summarizePlans([plan('11/10298', 'IOM', '2011-08-25'), plan('9/123', 'Norad')])).toEqual(
      [
        { caseNumber: '9/123', count: null, title: 'Norad', planDate: null },
        { caseNumber: '11/10298', count: null, title: 'IOM', planDate: '2011-08-25' },
      ],
    );
  });
});
