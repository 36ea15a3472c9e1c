import type { Measure } from './measure';

/** What changed in the list since the last look, in any plan. */
export type ListChanges = { changed: readonly Measure[]; deleted: readonly string[] };

/**
 * The measures shown, with the list's changes applied: a changed measure of the plan replaces
 * the one shown (or is added when the tab has never seen it), one that moved to another plan
 * leaves, a deleted one leaves, and another plan's changes are passed over. Every measure that did
 * not change stays the same object, and with no change at all the same array comes back, so a
 * view that compares by identity re-renders nothing.
 */
export function applyChanges(
  shown: readonly Measure[],
  changes: ListChanges,
  belongs: (measure: Measure) => boolean,
): readonly Measure[] {
  // A shortcut: with no changes nothing below is replaced or added either (`if (false)` is equivalent).
  if (changes.changed.length === 0 && changes.deleted.length === 0) return shown;
  const index = new Map(shown.map((measure, at) => [measure.id, at]));
  const replaced = new Map<string, Measure | null>();
  const added: Measure[] = [];
  for (const id of changes.deleted) if (index.has(id)) replaced.set(id, null);
  for (const measure of changes.changed) {
    const at = index.get(measure.id);
    if (!belongs(measure)) {
      if (at !== undefined) replaced.set(measure.id, null);
      continue;
    }
    if (at === undefined) {
      added.push(measure);
      continue;
    }
    const current = shown[at];
    // Graph may send an item again that did not change (the feed is at least once): same eTag,
    // same measure, same object.
    if (current && current.etag === measure.etag && current.etag !== '') continue;
    replaced.set(measure.id, measure);
  }
  if (replaced.size === 0 && added.length === 0) return shown;
  const next: Measure[] = [];
  for (const measure of shown) {
    const change = replaced.get(measure.id);
    if (change === undefined) next.push(measure);
    else if (change !== null) next.push(change);
  }
  for (const measure of added) next.push(measure);
  return next;
}
