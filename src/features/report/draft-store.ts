import { isStatus, type Status, type StatusUpdate } from '../../domain';

/**
 * An edit not yet saved to the list. Kept in the browser from the first keystroke until a save
 * succeeds, so a failed save (offline, SharePoint down) survives a reload and can be retried.
 */
export type Draft = {
  status: Status;
  statusReport: string;
  /** The item's eTag the edit started from: saving sends it as If-Match, so a newer version is a conflict, never overwritten. */
  baseEtag: string;
  /** True after a save attempt failed: the tab shows the edit as not saved. */
  failed: boolean;
  /**
   * What a save under way sent, until its answer came. After a reload during a save, the list
   * holding exactly this means the save went through: the user's own change, not someone else's.
   */
  sending?: StatusUpdate;
};

export type DraftStore = {
  read(measureId: string): Draft | null;
  write(measureId: string, draft: Draft): void;
  remove(measureId: string): void;
  /** Removes the draft only while it still is `expected`: another tab may have written since. */
  removeIf(measureId: string, expected: (draft: Draft) => boolean): void;
  /**
   * Tells `listener` when another tab of this browser writes or removes the measure's draft
   * (the `storage` event); returns the unsubscribe.
   */
  subscribe(measureId: string, listener: (draft: Draft | null) => void): () => void;
};

const DRAFT_PREFIX = 'oppfolging.draft.v2:';

function parseUpdate(value: unknown): StatusUpdate | null {
  if (typeof value !== 'object' || value === null) return null;
  const { status, statusReport } = value as Record<string, unknown>;
  return isStatus(status) && typeof statusReport === 'string' ? { status, statusReport } : null;
}

function parseDraft(text: string | null): Draft | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const update = parseUpdate(value);
  if (!update) return null;
  const { baseEtag, failed, sending } = value as Record<string, unknown>;
  if (typeof baseEtag !== 'string') return null;
  const sent = parseUpdate(sending);
  return { ...update, baseEtag, failed: failed === true, ...(sent ? { sending: sent } : {}) };
}

/**
 * Drafts in `storage` (localStorage), one key per owner, list and measure. `scope` names the
 * person (tenant and user, or the demo's person) and the list: on a shared PC the next person
 * never sees, or saves under their own name, someone else's unsaved report; the same measure id
 * in another list is another measure. A null scope (who is signed in is not known yet) keeps
 * nothing in the browser.
 */
export function createDraftStore(storage: Storage | undefined, scope: string | null): DraftStore {
  const area = scope === null ? undefined : storage;
  const keyOf = (measureId: string) => `${DRAFT_PREFIX}${scope}:${measureId}`;
  const read = (measureId: string) => {
    try {
      return parseDraft(area?.getItem(keyOf(measureId)) ?? null);
    } catch {
      return null;
    }
  };
  const remove = (measureId: string) => {
    try {
      area?.removeItem(keyOf(measureId));
    } catch {
      // Nothing kept, nothing to remove.
    }
  };
  return {
    read,
    write(measureId, draft) {
      try {
        area?.setItem(keyOf(measureId), JSON.stringify(draft));
      } catch {
        // Storage full or refused: the edit still lives in the open editor, only not across reloads.
      }
    },
    remove,
    removeIf(measureId, expected) {
      const current = read(measureId);
      if (current && expected(current)) remove(measureId);
    },
    subscribe(measureId, listener) {
      if (!area || typeof window === 'undefined') return () => undefined;
      const key = keyOf(measureId);
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea !== area || event.key !== key) return;
        listener(parseDraft(event.newValue));
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
