import { describe, expect, it } from 'vitest';
import { applyChanges } from './apply-changes';
import type { Measure } from './measure';
import { testMeasure } from './measure.test-helper';

const measure = testMeasure;

const inPlan = (m: Measure) => m.caseNumber === '11/10298';

/** What the tab shows before the changes arrive. */
const showing = () => [measure('1'), measure('2'), measure('3')];

describe('applyChanges', () => {
  it('gives the same array back when nothing changed', () => {
    const shown = showing();
    expect(applyChanges(shown, { changed: [], deleted: [] }, inPlan)).toBe(shown);
  });

  it('replaces a changed measure and keeps every other one the same object', () => {
    const shown = showing();
    const changed = measure('2', { etag: '"2,2"', statusReport: 'Ferdig.' });
    const next = applyChanges(shown, { changed: [changed], deleted: [] }, inPlan);
    expect(next).toEqual([shown[0], changed, shown[2]]);
    expect(next[0]).toBe(shown[0]);
    expect(next[2]).toBe(shown[2]);
  });

  it('adds a measure of the plan it has never seen, and passes over another plan’s', () => {
    const shown = showing();
    const added = measure('9');
    const foreign = measure('10', { caseNumber: '99/00001' });
    const next = applyChanges(shown, { changed: [foreign, added], deleted: [] }, inPlan);
    expect(next.map((m) => m.id)).toEqual(['1', '2', '3', '9']);
  });

  it('removes deleted measures and those moved to another plan', () => {
    const shown = showing();
    const moved = measure('1', { etag: '"1,2"', caseNumber: '99/00001' });
    const next = applyChanges(shown, { changed: [moved], deleted: ['3', '77'] }, inPlan);
    expect(next.map((m) => m.id)).toEqual(['2']);
  });

  it('keeps the object when Graph sends a measure again with the same eTag', () => {
    const shown = showing();
    const again = measure('2');
    expect(applyChanges(shown, { changed: [again], deleted: [] }, inPlan)).toBe(shown);
  });
});

describe('applyChanges: changes that change nothing shown', () => {
  it('removes a deleted measure when nothing else changed', () => {
    const shown = showing();
    expect(applyChanges(shown, { changed: [], deleted: ['2'] }, inPlan).map((m) => m.id)).toEqual([
      '1',
      '3',
    ]);
  });

  it('gives the same array back for the deletion of a measure it never showed', () => {
    const shown = showing();
    expect(applyChanges(shown, { changed: [], deleted: ['77'] }, inPlan)).toBe(shown);
  });

  it('gives the same array back for a change to another plan’s measure it never showed', () => {
    const shown = showing();
    const foreign = measure('10', { caseNumber: '99/00001' });
    expect(applyChanges(shown, { changed: [foreign], deleted: [] }, inPlan)).toBe(shown);
  });

  it('replaces a measure without an eTag, since nothing shows that it is the same', () => {
    const shown = [measure('1', { etag: '' })];
    const changed = measure('1', { etag: '', statusReport: 'Ny rapport.' });
    expect(applyChanges(shown, { changed: [changed], deleted: [] }, inPlan)).toEqual([changed]);
  });
});
