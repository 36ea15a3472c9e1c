// The emulator's persisted state: one site with its lists and its document library.
// Everything here is plain JSON so it can be written to the data file as is.
import { DEFAULT_SITE_TIME_ZONE } from './time';

/** A value SharePoint stores in a list field, in the form Graph returns it. */
export type FieldValue = string | number | boolean;
export type FieldValues = Record<string, FieldValue>;

export type TextFacet = {
  allowMultipleLines: boolean;
  appendChangesToExistingText: boolean;
  linesForEditing: number;
  maxLength: number;
  textType?: 'plain' | 'richText';
};
export type NumberFacet = {
  decimalPlaces: string;
  displayAs: string;
  maximum: number;
  minimum: number;
};
export type DateTimeFacet = { displayAs: string; format: 'dateOnly' | 'dateTime' };
export type ChoiceFacet = { allowTextEntry: boolean; choices: string[]; displayAs: string };
export type BooleanFacet = Record<string, never>;
/** Author and Editor: read-only system columns the emulator only lists. */
export type PersonOrGroupFacet = {
  allowMultipleSelection: boolean;
  displayAs: string;
  chooseFromType: string;
};

/** A list column as Graph's columnDefinition, with one type facet set. */
export type ColumnDefinition = {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  enforceUniqueValues: boolean;
  hidden: boolean;
  indexed: boolean;
  readOnly: boolean;
  required: boolean;
  text?: TextFacet;
  number?: NumberFacet;
  dateTime?: DateTimeFacet;
  choice?: ChoiceFacet;
  boolean?: BooleanFacet;
  personOrGroup?: PersonOrGroupFacet;
};

/** An earlier version of an item; the current version is the item itself. */
export type ItemVersionRecord = {
  version: number;
  modifiedAt: string;
  modifiedBy: string;
  fields: FieldValues;
};

export type ListItemRecord = {
  /** "1", "2", …: SharePoint's integer item id as Graph returns it. */
  id: string;
  /** The GUID inside the eTag. */
  uniqueId: string;
  /** The number in the eTag: raised by every change, whether versions are kept or not. */
  version: number;
  /**
   * The major version SharePoint shows (`_UIVersionString`, a version's id): it stays put while
   * the list keeps no versions. Absent (data files from before): the same as `version`.
   */
  label?: number;
  createdAt: string;
  createdBy: string;
  modifiedAt: string;
  modifiedBy: string;
  /** The values of the list's writable columns; empty values are absent. */
  fields: FieldValues;
  /** Older versions, oldest first. */
  history: ItemVersionRecord[];
  /** The site-wide change number of the item's last change (for delta). */
  changeSeq: number;
};

export type ListRecord = {
  id: string;
  /** The list's URL name (SharePoint derives it from the title at creation). */
  name: string;
  displayName: string;
  description: string;
  createdAt: string;
  modifiedAt: string;
  columns: ColumnDefinition[];
  nextItemId: number;
  /** Ascending by numeric id: ids only grow, so appending keeps the order. */
  items: ListItemRecord[];
  /** Deleted items, for delta queries. */
  tombstones: { id: string; changeSeq: number }[];
  /** List settings → Versioning settings. Absent: DEFAULT_VERSIONING. */
  versioning?: VersioningSettings;
};

/**
 * Whether the list keeps a version for every change, and how many major versions at most
 * (SharePoint Online's default for a new list: on, 50). The oldest beyond the limit are deleted.
 */
export type VersioningSettings = { enabled: boolean; majorVersionLimit: number };

export const DEFAULT_VERSIONING: VersioningSettings = { enabled: true, majorVersionLimit: 50 };

export function versioningOf(list: ListRecord): VersioningSettings {
  return list.versioning ?? DEFAULT_VERSIONING;
}

/** The version SharePoint shows for the item now (see ListItemRecord.label). */
export function labelOf(item: ListItemRecord): number {
  return item.label ?? item.version;
}

export type DriveEntry = {
  id: string;
  name: string;
  /** null for the root folder. */
  parentId: string | null;
  kind: 'file' | 'folder';
  size: number;
  mimeType: string;
  /** The file beside the data file that holds the bytes (files only). */
  blob: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  modifiedAt: string;
  modifiedBy: string;
};

export type UserRecord = {
  displayName: string;
  id: string;
  email: string;
  /** SharePoint's per-site user number, shown as AuthorLookupId / EditorLookupId. */
  lookupId: number;
};

export const STATE_FORMAT = 'oppfolging-graph-emulator/1';

export type EmulatorState = {
  format: typeof STATE_FORMAT;
  /** Changes on every (re)seed: delta tokens of an earlier epoch are expired. */
  epoch: string;
  /** Grows with every change to any item (delta tokens point into it). */
  changeSeq: number;
  site: {
    id: string;
    hostname: string;
    /** Server-relative path, e.g. `/sites/hum`. */
    path: string;
    displayName: string;
    description: string;
    createdAt: string;
    /**
     * The site's time zone (IANA name), in which date-only values are stored as midnight.
     * Absent in data files from before it was kept: DEFAULT_SITE_TIME_ZONE.
     */
    timeZone?: string;
  };
  lists: ListRecord[];
  drive: { id: string; rootId: string; entries: DriveEntry[] };
  users: UserRecord[];
};

/** The site's time zone, in which date-only values are stored. */
export function siteTimeZone(state: EmulatorState): string {
  return state.site.timeZone ?? DEFAULT_SITE_TIME_ZONE;
}
