import { describe, expect, it } from 'vitest';
import { applyChanges } from './apply-changes';
import type { Measure } from './measure';
import { testMeasure } from './measure.test-helper';

const measure = testMeasure;

const inPlan = (m: Measure) => m.caseNumber === '11/10298';

describe('applyChanges', () => {
  const shown = [measure('1'), measure('2'), measure('3')];

  it('gives the same array back when nothing changed', () => {
    expect(applyChanges(shown, { changed: [], deleted: [] }, inPlan)).toBe(shown);
  });

  it('replaces a changed measure and keeps every other one the same object', () => {
    const changed = measure('2', { etag: '"2,2"', statusReport: 'Ferdig.' });
    const next = applyChanges(shown, { changed: [changed], deleted: [] }, inPlan);
    expect(next).toEqual([shown[0], changed, shown[2]]);
    expect(next[0]).toBe(shown[0]);
    expect(next[2]).toBe(shown[2]);
  });

  it('adds a measure of the plan it has never seen, and passes over another plan’s', () => {
    const added = measure('9');
    const foreign = measure('10', { caseNumber: '99/00001' });
    const next = applyChanges(shown, { changed: [foreign, added], deleted: [] }, inPlan);
    expect(next.map((m) => m.id)).toEqual(['1', '2', '3', '9']);
  });

  it('removes deleted measures and those moved to another plan', () => {
    const moved = measure('1', { etag: '"1,2"', caseNumber: '99/00001' });
    const next = applyChanges(shown, { changed: [moved], deleted: ['3', '77'] }, inPlan);
    expect(next.map((m) => m.id)).toEqual(['2']);
  });

  it('keeps the object when Graph sends a measure again with the same eTag', () => {
    const again = measure('2');
    expect(applyChanges(shown, { changed: [again], deleted: [] }, inPlan)).toBe(shown);
  });
});
