import { describe, expect, it } from 'vitest';
import type { MeasureVersion } from '../../domain';
import { historyGap } from './history-gap';

const version = (id: string): MeasureVersion => ({
  id,
  modifiedAt: '2012-12-03T09:12:00Z',
  modifiedBy: 'Kristin Hoem Langsholt',
  status: 'Pågår',
  statusReport: null,
  reportedBy: null,
});
const created = { createdAt: '2011-08-25T08:00:00Z', modifiedAt: '2011-08-25T08:00:00Z' };

describe('historyGap', () => {
  it('finds nothing missing when the versions go back to 1.0', () => {
    expect(
      historyGap([version('3.0'), version('2.0'), version('1.0')], { etag: '"g,3"', ...created }),
    ).toEqual({
      kind: 'none',
    });
    expect(historyGap([version('1.0')], { etag: '"g,1"', ...created })).toEqual({ kind: 'none' });
    expect(historyGap([], { etag: '"g,1"', ...created })).toEqual({ kind: 'none' });
  });

  it('says the oldest were deleted when the oldest kept is later than 1.0, and how many are kept', () => {
    expect(historyGap([version('60.0'), version('59.0')], { etag: '"g,60"', ...created })).toEqual({
      kind: 'trimmed',
      kept: 2,
    });
  });

  it('says versioning is off when a changed measure has only its first version', () => {
    expect(historyGap([version('1.0')], { etag: '"{G},4"', ...created })).toEqual({
      kind: 'versioning-off',
    });
    expect(
      historyGap([version('1.0')], {
        etag: 'opaque',
        createdAt: '2011-08-25T08:00:00Z',
        modifiedAt: '2012-12-03T09:12:00Z',
      }),
    ).toEqual({ kind: 'versioning-off' });
  });

  it('reads the change count at the end of the eTag, however SharePoint quotes and pads it', () => {
    const sameDay = { createdAt: '2011-08-25T08:00:00Z', modifiedAt: '2011-08-25T08:00:00Z' };
    const gapOf = (etag: string) => historyGap([version('1.0')], { etag, ...sameDay }).kind;
    expect(gapOf('"{G},12"')).toBe('versioning-off');
    expect(gapOf('{G},4')).toBe('versioning-off');
    expect(gapOf(' "{G},4" ')).toBe('versioning-off');
    expect(gapOf('"{G},1,4"')).toBe('versioning-off');
    expect(gapOf('"{G},4,1"')).toBe('none');
  });
});
