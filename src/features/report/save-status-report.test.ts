import { describe, expect, it, vi } from 'vitest';
import type { MeasurePatch } from '../../domain';
import { testMeasure } from '../../domain/measure.test-helper';
import { saveStatusReport } from './save-status-report';

function recordingApi() {
  const patches: { id: string; etag: string; patch: MeasurePatch }[] = [];
  const updateMeasure = vi.fn((id: string, etag: string, patch: MeasurePatch) => {
    patches.push({ id, etag, patch });
    return Promise.resolve(testMeasure(id, { ...patch, etag: '"7,2"' }));
  });
  return { api: { updateMeasure }, patches };
}

const reporter = {
  displayName: 'Kristin Hoem Langsholt',
  now: new Date('2012-12-03T09:12:34.567Z'),
};

describe('saveStatusReport', () => {
  it('sends a changed report back to «Ikke vurdert», over the version edited', async () => {
    const { api, patches } = recordingApi();
    const before = testMeasure('7', {
      statusReport: 'Ett prosjekt er ettårig.',
      reviewState: 'Returnert',
    });
    await saveStatusReport(
      api,
      before,
      '"7,1"',
      { status: 'Pågår', statusReport: 'Nytt.' },
      reporter,
    );
    expect(patches).toEqual([
      {
        id: '7',
        etag: '"7,1"',
        patch: {
          status: 'Pågår',
          statusReport: 'Nytt.',
          reportedBy: 'Kristin Hoem Langsholt',
          reportedAt: '2012-12-03T09:12:34Z',
          reviewState: 'Ikke vurdert',
        },
      },
    ]);
  });

  it('keeps the verdict of a save that changed nothing reviewed', async () => {
    const { api, patches } = recordingApi();
    const before = testMeasure('7', { statusReport: 'Gjort.', reviewState: 'Godkjent' });
    await saveStatusReport(
      api,
      before,
      '"7,1"',
      { status: 'Pågår', statusReport: 'Gjort. ' },
      reporter,
    );
    expect(patches[0]?.patch).not.toHaveProperty('reviewState');
  });
});
