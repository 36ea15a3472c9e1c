import { reviewStateAfterSave, type Measure, type StatusUpdate } from '../../domain';
import type { MeasuresApi } from '../../graph/measures-api';

/** SharePoint's own instants carry no milliseconds (GRAPH-NOTES.md); ours match. */
function toListInstant(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A unit's report: status and text, signed with who reported and when. `etag` is the version the
 * user edited; a newer one on the server makes this fail with a conflict instead of overwriting it.
 * A report that changed is no longer the one reviewed: it goes back to «Ikke vurdert».
 */
export function saveStatusReport(
  api: Pick<MeasuresApi, 'updateMeasure'>,
  before: Pick<Measure, 'id' | 'status' | 'statusReport' | 'reviewState'>,
  etag: string,
  update: StatusUpdate,
  reporter: { displayName: string; now: Date },
): Promise<Measure> {
  const reviewState = reviewStateAfterSave(before, update);
  // PATCH /sites/{site}/lists/{list}/items/{id}/fields, If-Match: etag
  return api.updateMeasure(before.id, etag, {
    status: update.status,
    statusReport: update.statusReport,
    reportedBy: reporter.displayName,
    reportedAt: toListInstant(reporter.now),
    ...(reviewState !== before.reviewState ? { reviewState } : {}),
  });
}
