// List columns (Graph's columnDefinition): the system columns every generic list has, creating
// columns from a request body (list-post-columns.md) and updating them (columndefinition-update.md).
import { GraphError, invalidRequest, unknownProperty } from '../http/graph-error';
import { isPlainObject } from '../http/graph-request';
import type { ColumnDefinition } from './state';

export type ColumnKind = 'text' | 'number' | 'dateTime' | 'choice' | 'boolean' | 'personOrGroup';

export function columnKind(column: ColumnDefinition): ColumnKind {
  if (column.text) return 'text';
  if (column.number) return 'number';
  if (column.dateTime) return 'dateTime';
  if (column.choice) return 'choice';
  if (column.boolean) return 'boolean';
  return 'personOrGroup';
}

function baseColumn(id: string, name: string, displayName: string): ColumnDefinition {
  return {
    id,
    name,
    displayName,
    description: '',
    columnGroup: 'Custom Columns',
    enforceUniqueValues: false,
    hidden: false,
    indexed: false,
    readOnly: false,
    required: false,
  };
}

export function textFacet(allowMultipleLines: boolean) {
  return {
    allowMultipleLines,
    appendChangesToExistingText: false,
    linesForEditing: allowMultipleLines ? 6 : 0,
    maxLength: 255,
    ...(allowMultipleLines ? { textType: 'plain' as const } : {}),
  };
}

/** Title (writable, shown as `displayName`) and the read-only columns SharePoint adds to every list. */
export function systemColumns(titleDisplayName: string): ColumnDefinition[] {
  const readOnly = (column: ColumnDefinition): ColumnDefinition => ({
    ...column,
    readOnly: true,
    columnGroup: '_Hidden',
  });
  const person = {
    allowMultipleSelection: false,
    displayAs: 'account',
    chooseFromType: 'peopleOnly',
  };
  // The ids are SharePoint's well-known field ids for these columns.
  return [
    {
      ...baseColumn('fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', titleDisplayName),
      required: true,
      text: textFacet(false),
    },
    readOnly({
      ...baseColumn('1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID'),
      indexed: true,
      number: {
        decimalPlaces: 'none',
        displayAs: 'number',
        maximum: 1.7976931348623157e308,
        minimum: -1.7976931348623157e308,
      },
    }),
    readOnly({
      ...baseColumn('c042a256-787d-4a6f-8a8a-cf6ab767f12d', 'ContentType', 'Content Type'),
      text: textFacet(false),
    }),
    readOnly({
      ...baseColumn('28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified'),
      dateTime: { displayAs: 'default', format: 'dateTime' },
    }),
    readOnly({
      ...baseColumn('8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created'),
      dateTime: { displayAs: 'default', format: 'dateTime' },
    }),
    readOnly({
      ...baseColumn('1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By'),
      personOrGroup: person,
    }),
    readOnly({
      ...baseColumn('d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By'),
      personOrGroup: person,
    }),
    readOnly({
      ...baseColumn('dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version'),
      text: textFacet(false),
    }),
    readOnly({
      ...baseColumn('67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments'),
      boolean: {},
    }),
  ];
}

const TYPE_FACETS = ['text', 'number', 'dateTime', 'choice', 'boolean'] as const;
const UNSUPPORTED_FACETS = [
  'calculated',
  'currency',
  'geolocation',
  'hyperlinkOrPicture',
  'lookup',
  'personOrGroup',
  'term',
  'thumbnail',
  'contentApprovalStatus',
];
/** columnDefinition properties a client may send that the emulator accepts and does not act on. */
const IGNORED_PROPERTIES = [
  'id',
  'defaultValue',
  'validation',
  'isDeletable',
  'isReorderable',
  'isSealed',
  'propagateChanges',
  'readOnly',
  'sourceContentType',
  'type',
];
const FLAG_PROPERTIES = ['enforceUniqueValues', 'hidden', 'indexed', 'required'] as const;

function requireString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidRequest(`The property '${key}' must be a string.`);
  return value;
}

function facetFrom(body: Record<string, unknown>, kind: (typeof TYPE_FACETS)[number]) {
  const raw = body[kind];
  if (!isPlainObject(raw)) throw invalidRequest(`The property '${kind}' must be an object.`);
  const flag = (key: string, fallback: boolean) => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean')
      throw invalidRequest(`The property '${kind}.${key}' must be a boolean.`);
    return value;
  };
  switch (kind) {
    case 'text': {
      const multi = flag('allowMultipleLines', false);
      const maxLength = raw.maxLength;
      const facet = {
        ...textFacet(multi),
        appendChangesToExistingText: flag('appendChangesToExistingText', false),
      };
      if (typeof maxLength === 'number' && !multi) {
        if (maxLength < 1 || maxLength > 255)
          throw invalidRequest('text.maxLength must be between 1 and 255.');
        facet.maxLength = maxLength;
      }
      return { text: facet };
    }
    case 'number':
      return {
        number: {
          decimalPlaces: typeof raw.decimalPlaces === 'string' ? raw.decimalPlaces : 'automatic',
          displayAs: typeof raw.displayAs === 'string' ? raw.displayAs : 'number',
          maximum: typeof raw.maximum === 'number' ? raw.maximum : 1.7976931348623157e308,
          minimum: typeof raw.minimum === 'number' ? raw.minimum : -1.7976931348623157e308,
        },
      };
    case 'dateTime': {
      const requested = raw.format ?? 'dateTime';
      if (requested !== 'dateOnly' && requested !== 'dateTime') {
        throw invalidRequest(
          `dateTime.format must be 'dateOnly' or 'dateTime', not '${String(requested)}'.`,
        );
      }
      const format: 'dateOnly' | 'dateTime' = requested === 'dateOnly' ? 'dateOnly' : 'dateTime';
      return {
        dateTime: {
          displayAs: typeof raw.displayAs === 'string' ? raw.displayAs : 'default',
          format,
        },
      };
    }
    case 'choice': {
      const choices = raw.choices;
      if (
        !Array.isArray(choices) ||
        choices.length === 0 ||
        !choices.every((c) => typeof c === 'string' && c.length > 0)
      ) {
        throw invalidRequest('choice.choices must be a non-empty array of strings.');
      }
      return {
        choice: {
          allowTextEntry: flag('allowTextEntry', false),
          choices: [...(choices as string[])],
          displayAs: typeof raw.displayAs === 'string' ? raw.displayAs : 'dropDownMenu',
        },
      };
    }
    case 'boolean':
      return { boolean: {} };
  }
}

function checkKnownProperties(body: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(body)) {
    if (key.startsWith('@odata.') || allowed.includes(key)) continue;
    if (UNSUPPORTED_FACETS.includes(key)) {
      throw invalidRequest(
        `Columns of type '${key}' are not supported by the local Graph emulator.`,
      );
    }
    throw unknownProperty(key, 'columnDefinition');
  }
}

const CREATE_PROPERTIES = [
  'name',
  'displayName',
  'description',
  'columnGroup',
  ...FLAG_PROPERTIES,
  ...TYPE_FACETS,
  ...IGNORED_PROPERTIES,
];

/** A new column from a POST body; `existing` are the list's columns (names must be unique). */
export function columnFromRequest(
  body: Record<string, unknown>,
  existing: readonly ColumnDefinition[],
  id: string,
): ColumnDefinition {
  checkKnownProperties(body, CREATE_PROPERTIES);
  const displayName = requireString(body, 'displayName');
  const name = requireString(body, 'name') ?? displayName?.replace(/[^A-Za-z0-9_]/g, '');
  if (!name)
    throw invalidRequest("A column needs a 'name' (or a 'displayName' to derive it from).");
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw invalidRequest(`The column name '${name}' is not valid: use letters, digits and '_'.`);
  }
  if (existing.some((column) => column.name.toLowerCase() === name.toLowerCase())) {
    throw new GraphError(409, 'nameAlreadyExists', `A duplicate field name "${name}" was found.`);
  }
  const facets = TYPE_FACETS.filter((kind) => body[kind] !== undefined);
  const kind = facets[0];
  if (kind === undefined) {
    throw invalidRequest(`The column '${name}' needs a type: one of ${TYPE_FACETS.join(', ')}.`);
  }
  if (facets.length > 1)
    throw invalidRequest(`The column '${name}' has more than one type: ${facets.join(', ')}.`);
  const column: ColumnDefinition = {
    ...baseColumn(id, name, displayName ?? name),
    description: requireString(body, 'description') ?? '',
    columnGroup: requireString(body, 'columnGroup') ?? 'Custom Columns',
    ...facetFrom(body, kind),
  };
  for (const flag of FLAG_PROPERTIES) {
    const value = body[flag];
    if (value === undefined) continue;
    if (typeof value !== 'boolean')
      throw invalidRequest(`The property '${flag}' must be a boolean.`);
    column[flag] = value;
  }
  return column;
}

/** Applies a PATCH body to a column (in place). The name and the type cannot change. */
export function updateColumn(column: ColumnDefinition, body: Record<string, unknown>): void {
  checkKnownProperties(body, CREATE_PROPERTIES);
  if (body.name !== undefined && body.name !== column.name) {
    throw invalidRequest(`The name of the column '${column.name}' cannot be changed.`);
  }
  if (column.readOnly)
    throw new GraphError(403, 'accessDenied', `The column '${column.name}' is read-only.`);
  const kind = columnKind(column);
  for (const facet of TYPE_FACETS) {
    if (body[facet] === undefined) continue;
    if (facet !== kind) {
      throw invalidRequest(
        `The column '${column.name}' is of type '${kind}'; it cannot become '${facet}'.`,
      );
    }
    Object.assign(column, facetFrom(body, facet));
  }
  const displayName = requireString(body, 'displayName');
  if (displayName !== undefined) column.displayName = displayName;
  const description = requireString(body, 'description');
  if (description !== undefined) column.description = description;
  const columnGroup = requireString(body, 'columnGroup');
  if (columnGroup !== undefined) column.columnGroup = columnGroup;
  for (const flag of FLAG_PROPERTIES) {
    const value = body[flag];
    if (value === undefined) continue;
    if (typeof value !== 'boolean')
      throw invalidRequest(`The property '${flag}' must be a boolean.`);
    column[flag] = value;
  }
}

export function findColumn(
  columns: readonly ColumnDefinition[],
  idOrName: string,
): ColumnDefinition | undefined {
  const key = idOrName.toLowerCase();
  return columns.find((column) => column.id === key || column.name.toLowerCase() === key);
}

export function ensureColumnsUnique(columns: readonly ColumnDefinition[]): void {
  const seen = new Set<string>();
  for (const column of columns) {
    const key = column.name.toLowerCase();
    if (seen.has(key))
      throw new GraphError(
        409,
        'nameAlreadyExists',
        `A duplicate field name "${column.name}" was found.`,
      );
    seen.add(key);
  }
}

export function columnJson(column: ColumnDefinition): Record<string, unknown> {
  return { ...column };
}
