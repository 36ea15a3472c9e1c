// How the emulator's records look in Graph's responses: sites, lists, list items, their
// fields and versions (shapes from the v1.0 resource docs and observed responses).
import type { ExpandOption } from '../odata/odata-query';
import type {
  EmulatorState,
  FieldValue,
  FieldValues,
  ListItemRecord,
  ListRecord,
} from '../sharepoint/state';
import { labelOf } from '../sharepoint/state';

export function siteWebUrl(state: EmulatorState): string {
  return `https://${state.site.hostname}${state.site.path}`;
}

export function listWebUrl(state: EmulatorState, list: ListRecord): string {
  return `${siteWebUrl(state)}/Lists/${encodeURIComponent(list.name)}`;
}

/** SharePoint's list item eTag: `"<item guid>,<version>"`, quotes included. */
export function etagOf(item: ListItemRecord): string {
  return `"${item.uniqueId},${item.version}"`;
}

export function identityJson(state: EmulatorState, displayName: string) {
  const user = state.users.find((candidate) => candidate.displayName === displayName);
  return { user: { email: user?.email ?? '', id: user?.id ?? '', displayName } };
}

function lookupId(state: EmulatorState, displayName: string): string {
  return String(
    state.users.find((user) => user.displayName === displayName)?.lookupId ?? 1073741823,
  );
}

export function siteJson(state: EmulatorState) {
  const { site } = state;
  return {
    createdDateTime: site.createdAt,
    description: site.description,
    id: site.id,
    lastModifiedDateTime: state.lists.reduce(
      (latest, list) => (list.modifiedAt > latest ? list.modifiedAt : latest),
      site.createdAt,
    ),
    name: site.path.split('/').filter(Boolean).pop() ?? '',
    webUrl: siteWebUrl(state),
    displayName: site.displayName,
    root: {},
    siteCollection: { hostname: site.hostname },
  };
}

export function listJson(state: EmulatorState, list: ListRecord) {
  return {
    '@odata.etag': `"${list.id},${list.columns.length}"`,
    createdDateTime: list.createdAt,
    description: list.description,
    eTag: `"${list.id},${list.columns.length}"`,
    id: list.id,
    lastModifiedDateTime: list.modifiedAt,
    name: list.name,
    webUrl: listWebUrl(state, list),
    displayName: list.displayName,
    createdBy: identityJson(state, 'Demo'),
    parentReference: { siteId: state.site.id },
    list: { contentTypesEnabled: false, hidden: false, template: 'genericList' },
  };
}

/** Values SharePoint computes for every item, in the order it returns them. */
function computedFields(state: EmulatorState, item: ListItemRecord): [string, FieldValue][] {
  const title = typeof item.fields.Title === 'string' ? item.fields.Title : '';
  return [
    ['id', item.id],
    ['ContentType', 'Item'],
    ['Modified', item.modifiedAt],
    ['Created', item.createdAt],
    ['AuthorLookupId', lookupId(state, item.createdBy)],
    ['EditorLookupId', lookupId(state, item.modifiedBy)],
    ['_UIVersionString', `${labelOf(item)}.0`],
    ['Attachments', false],
    ['Edit', ''],
    ['LinkTitleNoMenu', title],
    ['LinkTitle', title],
    ['ItemChildCount', '0'],
    ['FolderChildCount', '0'],
  ];
}

/**
 * The item's `fields`: its own `@odata.etag`, then the selected fields (all when `select` is
 * null). Empty values are left out, as Graph does; names that are not fields are ignored.
 */
export function fieldsJson(
  state: EmulatorState,
  list: ListRecord,
  item: ListItemRecord,
  select: readonly string[] | null,
): Record<string, unknown> {
  const result: Record<string, unknown> = { '@odata.etag': etagOf(item) };
  const computed = computedFields(state, item);
  if (select === null) {
    for (const column of list.columns) {
      const value = item.fields[column.name];
      if (value !== undefined) result[column.name] = value;
    }
    for (const [name, value] of computed) {
      if (value !== '') result[name] = value;
    }
    return result;
  }
  const computedByName = new Map(computed);
  for (const name of select) {
    const value = item.fields[name] ?? computedByName.get(name);
    if (value !== undefined && value !== '') result[name] = value;
  }
  return result;
}

export const LIST_ITEM_PROPERTIES = [
  'id',
  'eTag',
  'createdDateTime',
  'lastModifiedDateTime',
  'createdBy',
  'lastModifiedBy',
  'webUrl',
  'parentReference',
  'contentType',
  'fields',
  'sharepointIds',
] as const;

export function listItemJson(
  state: EmulatorState,
  list: ListRecord,
  item: ListItemRecord,
  options: { select: ReadonlySet<string> | null; fields: ExpandOption | undefined },
): Record<string, unknown> {
  const all: Record<string, unknown> = {
    '@odata.etag': etagOf(item),
    createdDateTime: item.createdAt,
    eTag: etagOf(item),
    id: item.id,
    lastModifiedDateTime: item.modifiedAt,
    webUrl: `${listWebUrl(state, list)}/${item.id}_.000`,
    createdBy: identityJson(state, item.createdBy),
    lastModifiedBy: identityJson(state, item.modifiedBy),
    parentReference: { id: list.id, siteId: state.site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  let result = all;
  if (options.select) {
    result = { '@odata.etag': all['@odata.etag'] };
    for (const name of options.select) {
      if (name in all) result[name] = all[name];
    }
  }
  if (options.fields) result.fields = fieldsJson(state, list, item, options.fields.select);
  return result;
}

type VersionView = { version: number; modifiedAt: string; modifiedBy: string; fields: FieldValues };

/** All versions of an item, newest (the current one) first. */
export function itemVersions(item: ListItemRecord): VersionView[] {
  const current: VersionView = {
    version: labelOf(item),
    modifiedAt: item.modifiedAt,
    modifiedBy: item.modifiedBy,
    fields: item.fields,
  };
  return [current, ...[...item.history].reverse()];
}

export function versionJson(
  state: EmulatorState,
  list: ListRecord,
  version: VersionView,
  fields: ExpandOption | undefined,
): Record<string, unknown> {
  const result: Record<string, unknown> = {
    id: `${version.version}.0`,
    lastModifiedDateTime: version.modifiedAt,
    lastModifiedBy: identityJson(state, version.modifiedBy),
    published: { level: 'published', versionId: `${version.version}.0` },
  };
  if (fields) {
    const values: Record<string, unknown> = {};
    const computed = new Map<string, FieldValue>([
      ['Modified', version.modifiedAt],
      ['_UIVersionString', `${version.version}.0`],
      ['EditorLookupId', lookupId(state, version.modifiedBy)],
    ]);
    const names = fields.select ?? [
      ...list.columns.map((column) => column.name),
      ...computed.keys(),
    ];
    for (const name of names) {
      const value = version.fields[name] ?? computed.get(name);
      if (value !== undefined && value !== '') values[name] = value;
    }
    result.fields = values;
  }
  return result;
}
