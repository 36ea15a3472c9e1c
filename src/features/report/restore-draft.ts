import type { Measure, StatusUpdate } from '../../domain';
import type { Draft } from './draft-store';

export const sameValues = (a: StatusUpdate, b: StatusUpdate) =>
  a.status === b.status && a.statusReport === b.statusReport;

/**
 * A draft kept from an earlier page load, checked against what the list holds now. Reloading
 * while a save was on its way leaves a draft whose save may have gone through: a draft equal to
 * the list is dropped (null), and one whose sent values the list now holds is rebased on the
 * list's version, so the rest is offered as a draft, not as a conflict with oneself. Anything
 * else stays as it was: a change by someone else is a conflict when saving.
 */
export function restoreDraft(
  measure: Pick<Measure, 'etag' | 'status' | 'statusReport'>,
  draft: Draft | null,
): Draft | null {
  if (!draft) return null;
  if (sameValues(draft, measure)) return null;
  const { sending, ...rest } = draft;
  if (measure.etag === draft.baseEtag) {
    // The save never reached the list: not saved, as after a failed save.
    return sending ? { ...rest, failed: true } : rest;
  }
  if (sending && sameValues(sending, measure)) {
    return { ...rest, baseEtag: measure.etag, failed: false };
  }
  return rest;
}
