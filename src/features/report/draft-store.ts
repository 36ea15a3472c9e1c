import { isStatus, type Status } from '../../domain';

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
};

export type DraftStore = {
  read(measureId: string): Draft | null;
  write(measureId: string, draft: Draft): void;
  remove(measureId: string): void;
};

function parseDraft(text: string | null): Draft | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { status, statusReport, baseEtag, failed } = value as Record<string, unknown>;
  if (!isStatus(status) || typeof statusReport !== 'string' || typeof baseEtag !== 'string') {
    return null;
  }
  return { status, statusReport, baseEtag, failed: failed === true };
}

/**
 * Drafts in `storage` (localStorage), one key per list and measure: the same measure id in
 * another list (another site, another tenant) is another measure.
 */
export function createDraftStore(storage: Storage | undefined, listKey: string): DraftStore {
  const keyOf = (measureId: string) => `oppfolging.draft:${listKey}:${measureId}`;
  return {
    read(measureId) {
      try {
        return parseDraft(storage?.getItem(keyOf(measureId)) ?? null);
      } catch {
        return null;
      }
    },
    write(measureId, draft) {
      try {
        storage?.setItem(keyOf(measureId), JSON.stringify(draft));
      } catch {
        // Storage full or refused: the edit still lives in the open editor, only not across reloads.
      }
    },
    remove(measureId) {
      try {
        storage?.removeItem(keyOf(measureId));
      } catch {
        // Nothing kept, nothing to remove.
      }
    },
  };
}
