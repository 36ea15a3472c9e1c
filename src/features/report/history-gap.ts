import type { Measure, MeasureVersion } from '../../domain';

/**
 * What the list's versions cannot show, so the history says so instead of looking complete or
 * empty: a list with a version limit has deleted the oldest versions (SharePoint Online keeps 50
 * by default), and a list with versioning turned off keeps only the current one.
 */
export type HistoryGap =
  { kind: 'none' } | { kind: 'trimmed'; kept: number } | { kind: 'versioning-off' };

/** The major number of a version id ("3.0" → 3). */
function majorOf(id: string): number {
  const major = Number.parseInt(id, 10);
  return Number.isNaN(major) ? 1 : major;
}

/**
 * The number of changes the item has had, from its eTag (`"{guid},N"`, observed, SharePoint's
 * hidden version, raised by every change even without versioning); null when the eTag has none.
 */
function changeCountOf(etag: string): number | null {
  const match = /,(\d+)"*$/.exec(etag.trim());
  return match ? Number(match[1]) : null;
}

/** Versions newest first, as MeasuresApi.listVersions gives them. */
export function historyGap(
  versions: readonly MeasureVersion[],
  measure: Pick<Measure, 'etag' | 'createdAt' | 'modifiedAt'>,
): HistoryGap {
  const oldest = versions.at(-1);
  if (!oldest) return { kind: 'none' };
  // Version 1.0 is the item as created: when the oldest kept is later, the first ones are gone.
  if (majorOf(oldest.id) > 1) return { kind: 'trimmed', kept: versions.length };
  if (versions.length > 1) return { kind: 'none' };
  const changes = changeCountOf(measure.etag);
  // The null checks only spare a comparison that is false anyway (`null > 1`, `Date.parse(null)`
  // is NaN): their mutants are equivalent.
  const changedSinceCreated =
    (changes !== null && changes > 1) ||
    (measure.createdAt !== null &&
      measure.modifiedAt !== null &&
      Date.parse(measure.modifiedAt) > Date.parse(measure.createdAt));
  return changedSinceCreated ? { kind: 'versioning-off' } : { kind: 'none' };
}
