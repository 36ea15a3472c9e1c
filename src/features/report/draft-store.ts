import { isStatus, type Status, type StatusUpdate } from '../../domain';
import { createKeptStore, type KeptStore } from './kept-store';

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

export type DraftStore = KeptStore<Draft>;

const DRAFT_PREFIX = 'oppfolging.draft.v2:';

function parseUpdate(value: unknown): StatusUpdate | null {
  if (typeof value !== 'object' || value === null) return null;
  const { status, statusReport } = value as Record<string, unknown>;
  return isStatus(status) && typeof statusReport === 'string' ? { status, statusReport } : null;
}

function parseDraft(value: unknown): Draft | null {
  const update = parseUpdate(value);
  if (!update) return null;
  const { baseEtag, failed, sending } = value as Record<string, unknown>;
  if (typeof baseEtag !== 'string') return null;
  const sent = parseUpdate(sending);
  return { ...update, baseEtag, failed: failed === true, ...(sent ? { sending: sent } : {}) };
}

/** Report drafts in `storage` (localStorage), one key per owner, list and measure (see createKeptStore). */
export function createDraftStore(storage: Storage | undefined, scope: string | null): DraftStore {
  return createKeptStore(storage, scope, DRAFT_PREFIX, parseDraft);
}
