// Writing list fields: what SharePoint accepts for each column type, and the stored form
// (the form Graph returns: numbers as numbers, dates as UTC `…T09:12:00Z`; a date-only value as
// midnight in the site's time zone, `2012-08-24T22:00:00Z` for 25.08.2012 on an Oslo site).
import { columnKind } from './columns';
import { invalidRequest } from '../http/graph-error';
import type { ColumnDefinition, FieldValue } from './state';
import { graphTimestamp, siteCalendarDate, siteMidnight } from './time';

/** Field names SharePoint computes; writing them is refused. */
const COMPUTED_FIELDS = new Set([
  'id',
  'ID',
  'ContentType',
  'Created',
  'Modified',
  'Author',
  'Editor',
  'AuthorLookupId',
  'EditorLookupId',
  '_UIVersionString',
  'Attachments',
  'Edit',
  'LinkTitle',
  'LinkTitleNoMenu',
  'ItemChildCount',
  'FolderChildCount',
  'DocIcon',
  'AppAuthorLookupId',
  'AppEditorLookupId',
  '_ComplianceFlags',
  '_ComplianceTag',
  '_ComplianceTagWrittenTime',
  '_ComplianceTagUserId',
]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

function typeMismatch(column: ColumnDefinition, value: unknown, expected: string) {
  return invalidRequest(
    `The value ${describe(value)} is not valid for the field '${column.name}': expected ${expected}.`,
  );
}

function normalizeDate(
  column: ColumnDefinition,
  value: unknown,
  dateOnly: boolean,
  timeZone: string,
): string {
  if (typeof value !== 'string') throw typeMismatch(column, value, 'a date as an ISO 8601 string');
  const dateMatch = ISO_DATE.exec(value);
  if (dateMatch) {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      throw typeMismatch(column, value, 'a valid calendar date');
    }
    // A bare date means that day where the site is, for either kind of column.
    return graphTimestamp(siteMidnight(value, timeZone));
  }
  if (!ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw typeMismatch(column, value, 'a date as an ISO 8601 string');
  }
  const date = new Date(value);
  // A date-only column keeps the day the instant falls on in the site's time zone, from midnight.
  return dateOnly
    ? graphTimestamp(siteMidnight(siteCalendarDate(date, timeZone), timeZone))
    : graphTimestamp(date);
}

/**
 * The stored form of one value, or null to clear the field. Throws Graph's 400 when refused.
 * `timeZone` is the site's (IANA name): dates are read on its calendar.
 */
export function normalizeFieldValue(
  column: ColumnDefinition,
  value: unknown,
  timeZone: string,
): FieldValue | null {
  if (value === null) return null;
  switch (columnKind(column)) {
    case 'text': {
      if (typeof value !== 'string') throw typeMismatch(column, value, 'text');
      const facet = column.text;
      if (facet && !facet.allowMultipleLines && value.length > facet.maxLength) {
        throw invalidRequest(
          `The value of the field '${column.name}' is ${value.length} characters long; the column allows at most ${facet.maxLength}.`,
        );
      }
      return value === '' ? null : value;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw typeMismatch(column, value, 'a number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw typeMismatch(column, value, 'true or false');
      return value;
    case 'dateTime':
      if (value === '') return null;
      return normalizeDate(column, value, column.dateTime?.format === 'dateOnly', timeZone);
    case 'choice': {
      if (typeof value !== 'string') throw typeMismatch(column, value, 'one of the choices');
      if (value === '') return null;
      const choices = column.choice?.choices ?? [];
      if (!column.choice?.allowTextEntry && !choices.includes(value)) {
        throw invalidRequest(
          `The value '${value}' is not one of the choices of the field '${column.name}': ${choices.map((c) => `'${c}'`).join(', ')}.`,
        );
      }
      return value;
    }
    case 'personOrGroup':
      throw invalidRequest(`Field '${column.name}' is read-only.`);
  }
}

/**
 * The changes a flat fields body asks for (`{ "Status": "Pågår" }`), validated against the
 * list's columns: name → stored value, or null to clear. `@odata.*` annotations are ignored.
 */
export function parseFieldWrites(
  columns: readonly ColumnDefinition[],
  body: Record<string, unknown>,
  timeZone: string,
): Map<string, FieldValue | null> {
  const changes = new Map<string, FieldValue | null>();
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('@odata.') || name.includes('@odata.')) continue;
    const column = columns.find((candidate) => candidate.name === name);
    if (!column) {
      if (COMPUTED_FIELDS.has(name)) throw invalidRequest(`Field '${name}' is read-only.`);
      throw invalidRequest(`Field '${name}' is not recognized`);
    }
    if (column.readOnly || COMPUTED_FIELDS.has(name))
      throw invalidRequest(`Field '${name}' is read-only.`);
    changes.set(name, normalizeFieldValue(column, value, timeZone));
  }
  return changes;
}
