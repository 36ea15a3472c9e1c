import type { OwnerScope } from '../shared';
import type { MemoForm } from './memo-form';
import { formOverDefaults } from './remembered-form';

// What the caseworker typed and the plan does not hold yet (a save waiting for its debounce, one
// that failed, or one refused as a conflict), kept in the browser per person and plan, with the
// plan item's eTag it was typed over. It survives a reload: the next opening sends it to the plan
// when the plan is unchanged since, and shows a conflict when someone saved the plan meanwhile.
const KEY_PREFIX = 'oppfolging.memo-draft.v1:';

export type MemoDraft = { form: MemoForm; etag: string };

function draftKey(where: OwnerScope, caseNumber: string): string | null {
  return where.scope === null ? null : `${KEY_PREFIX}${where.scope}:${caseNumber.trim()}`;
}

/** The unsaved memo of this person for the plan, read over the defaults field by field. */
export function readMemoDraft(
  where: OwnerScope,
  caseNumber: string,
  defaults: MemoForm,
): MemoDraft | null {
  const key = draftKey(where, caseNumber);
  let raw: string | null = null;
  try {
    raw = key === null ? null : (where.storage?.getItem(key) ?? null);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as { form?: unknown; etag?: unknown };
    if (typeof parsed.etag !== 'string' || typeof parsed.form !== 'object') return null;
    return { form: formOverDefaults(parsed.form, defaults, { withDate: true }), etag: parsed.etag };
  } catch {
    return null;
  }
}

export function writeMemoDraft(where: OwnerScope, caseNumber: string, draft: MemoDraft): void {
  const key = draftKey(where, caseNumber);
  try {
    if (key !== null) where.storage?.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage disabled: the save to the plan goes on without the safety copy.
  }
}

export function clearMemoDraft(where: OwnerScope, caseNumber: string): void {
  const key = draftKey(where, caseNumber);
  try {
    if (key !== null) where.storage?.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
}
