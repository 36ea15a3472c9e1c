// Creating and changing list items the way SharePoint versions them: every change raises the
// version (the number in the eTag) and keeps the previous values as a version.
import type { RandomSource } from './ids';
import { guidFromName, newGuid } from './ids';
import type {
  EmulatorState,
  FieldValue,
  FieldValues,
  ListItemRecord,
  ListRecord,
  UserRecord,
  VersioningSettings,
} from './state';
import { DEFAULT_VERSIONING, labelOf } from './state';

/** Who a write is attributed to: the emulator has no sign-in. */
export const ANONYMOUS_EDITOR = 'Demo';

export function ensureUser(state: EmulatorState, displayName: string): UserRecord {
  const existing = state.users.find((user) => user.displayName === displayName);
  if (existing) return existing;
  const local = displayName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/å/gi, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  const user: UserRecord = {
    displayName,
    id: guidFromName(displayName),
    email: `${local || 'user'}@demo.onmicrosoft.com`,
    lookupId: 6 + state.users.length,
  };
  state.users.push(user);
  return user;
}

function withChanges(
  fields: FieldValues,
  changes: ReadonlyMap<string, FieldValue | null>,
): FieldValues {
  const result: FieldValues = {};
  for (const [name, value] of Object.entries(fields)) {
    if (!changes.has(name)) result[name] = value;
  }
  for (const [name, value] of changes) {
    if (value !== null) result[name] = value;
  }
  return result;
}

export function createItemRecord(
  state: EmulatorState,
  list: ListRecord,
  values: ReadonlyMap<string, FieldValue | null>,
  author: string,
  at: string,
  random?: RandomSource,
): ListItemRecord {
  ensureUser(state, author);
  const fields = withChanges({}, values);
  state.changeSeq++;
  const item: ListItemRecord = {
    id: String(list.nextItemId++),
    uniqueId: newGuid(random),
    version: 1,
    createdAt: at,
    createdBy: author,
    modifiedAt: at,
    modifiedBy: author,
    fields,
    history: [],
    changeSeq: state.changeSeq,
  };
  return item;
}

/**
 * A change as the list's versioning settings have it: with versioning on, the values before it
 * become a version (the oldest beyond the limit are deleted) and the shown version goes up; with
 * it off, the current version is overwritten and keeps its number. The eTag changes either way.
 */
export function updateItemRecord(
  state: EmulatorState,
  item: ListItemRecord,
  changes: ReadonlyMap<string, FieldValue | null>,
  editor: string,
  at: string,
  versioning: VersioningSettings = DEFAULT_VERSIONING,
): void {
  ensureUser(state, editor);
  const label = labelOf(item);
  if (versioning.enabled) {
    item.history.push({
      version: label,
      modifiedAt: item.modifiedAt,
      modifiedBy: item.modifiedBy,
      fields: item.fields,
    });
    const olderKept = Math.max(0, versioning.majorVersionLimit - 1);
    if (item.history.length > olderKept) item.history.splice(0, item.history.length - olderKept);
    item.label = label + 1;
  } else {
    item.label = label;
  }
  item.fields = withChanges(item.fields, changes);
  item.version++;
  item.modifiedAt = at;
  item.modifiedBy = editor;
  state.changeSeq++;
  item.changeSeq = state.changeSeq;
}

/** The editor of a write: the display name the write reports under, else the anonymous one. */
export function editorOf(changes: ReadonlyMap<string, FieldValue | null>): string {
  const reportedBy = changes.get('ReportedBy');
  return typeof reportedBy === 'string' && reportedBy.trim() !== '' ? reportedBy : ANONYMOUS_EDITOR;
}
