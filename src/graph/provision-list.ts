import type { Client } from '@microsoft/microsoft-graph-client';
import {
  CONTRIBUTION_LIST_COLUMNS,
  MEASURE_LIST_COLUMNS,
  PLAN_LIST_COLUMNS,
  TITLE_COLUMN,
  type ColumnSpec,
} from './measure-columns';
import { PLANS_LIST_TITLE } from './plan-mapping';
import { CONTRIBUTIONS_LIST_TITLE } from './contribution-mapping';
import { readAllPages } from './read-all-pages';
import { resolveSiteId } from './resolve-list';
import { toMeasuresError } from './to-measures-error';

// Creates the measures list with every column of measure-columns.ts, or completes
// a list that lacks some. Only ever adds: it never deletes or retypes a column, and never touches
// items. Run twice, the second run changes nothing.

/** A list the tab provisions: what its Title is called, and the columns it adds. */
export type ListSpec = { titleDisplayName: string; columns: readonly ColumnSpec[] };

export const MEASURES_LIST: ListSpec = {
  titleDisplayName: 'Tiltak',
  columns: MEASURE_LIST_COLUMNS,
};
export const PLANS_LIST: ListSpec & { title: string } = {
  title: PLANS_LIST_TITLE,
  titleDisplayName: 'Plan',
  columns: PLAN_LIST_COLUMNS,
};

export const CONTRIBUTIONS_LIST: ListSpec & { title: string } = {
  title: CONTRIBUTIONS_LIST_TITLE,
  titleDisplayName: 'Innspill',
  columns: CONTRIBUTION_LIST_COLUMNS,
};

export type ProvisionResult = {
  /** The list did not exist and was created. */
  created: boolean;
  /** Internal names of the columns added (all of them when the list was created). */
  addedColumns: string[];
  /** Internal names of the columns that were made indexed. */
  indexedColumns: string[];
  /** Columns changed without loss: missing choices added, Title given its Norwegian name. */
  updatedColumns: string[];
  /**
   * Columns that exist with another type than measure-columns.ts gives (e.g. Status as plain text). Left as
   * they are, since changing a column's type can lose data; the caller should tell the list's owner.
   */
  conflictingColumns: { name: string; expected: ColumnType; found: ColumnType }[];
};

export type ColumnType = 'text' | 'note' | 'number' | 'date' | 'dateTime' | 'choice' | 'other';

/** A column as Graph returns it; only what provisioning looks at. */
type ExistingColumn = {
  id: string;
  name: string;
  displayName?: string;
  indexed?: boolean;
  readOnly?: boolean;
  text?: { allowMultipleLines?: boolean };
  number?: object;
  dateTime?: { format?: string };
  choice?: { choices?: string[] };
};

/**
 * Makes sure the list exists with every column, choice and index the tab needs.
 * Failures come as MeasuresError (403: no right to manage the site's lists; 404: no such site).
 */
export async function provisionList(
  client: Client,
  options: { site: string; listTitle: string; spec?: ListSpec },
): Promise<ProvisionResult> {
  try {
    return await provision(client, options.site, options.listTitle, options.spec ?? MEASURES_LIST);
  } catch (error) {
    throw toMeasuresError(error);
  }
}

/** The plans list beside the measures list, made or completed the same way. */
export function provisionPlansList(client: Client, site: string): Promise<ProvisionResult> {
  return provisionList(client, { site, listTitle: PLANS_LIST.title, spec: PLANS_LIST });
}

/** The contributions list beside the measures list, made or completed the same way. */
export function provisionContributionsList(client: Client, site: string): Promise<ProvisionResult> {
  return provisionList(client, {
    site,
    listTitle: CONTRIBUTIONS_LIST.title,
    spec: CONTRIBUTIONS_LIST,
  });
}

/** What provisioning did to each of the three lists, in the order made. */
export type ListsProvisionResult = {
  lists: { kind: 'measures' | 'plans' | 'contributions'; title: string; result: ProvisionResult }[];
};

/**
 * The measures list at `location`, and the plans and contributions lists beside it on the same
 * site, each created or completed. Idempotent: a second run reports nothing created or added.
 */
export async function provisionAllLists(
  client: Client,
  location: { site: string; list: string },
): Promise<ListsProvisionResult> {
  const measures = await provisionList(client, { site: location.site, listTitle: location.list });
  const plans = await provisionPlansList(client, location.site);
  const contributions = await provisionContributionsList(client, location.site);
  return {
    lists: [
      { kind: 'measures', title: location.list, result: measures },
      { kind: 'plans', title: PLANS_LIST.title, result: plans },
      { kind: 'contributions', title: CONTRIBUTIONS_LIST.title, result: contributions },
    ],
  };
}

async function provision(client: Client, site: string, listTitle: string, list: ListSpec) {
  const columns = list.columns;
  const result: ProvisionResult = {
    created: false,
    addedColumns: [],
    indexedColumns: [],
    updatedColumns: [],
    conflictingColumns: [],
  };
  const siteId = await resolveSiteId(client, site);
  let listId = await findListId(client, siteId, listTitle);

  if (listId === null) {
    // POST /sites/{site-id}/lists — indexes follow as PATCHes below, the one documented way
    // to set them (columndefinition-update.md).
    const created = (await client.api(`/sites/${siteId}/lists`).post({
      displayName: listTitle,
      columns: columns.map(createBody),
      list: { template: 'genericList' },
    })) as { id?: unknown };
    if (typeof created.id !== 'string')
      throw new Error(`List ${listTitle} came back without an id`);
    listId = created.id;
    result.created = true;
    result.addedColumns = columns.map((column) => column.name);
  }

  const columnsPath = `/sites/${siteId}/lists/${listId}/columns`;
  const existing = await readColumns(client, columnsPath);

  if (!result.created) {
    for (const spec of columns) {
      if (findColumn(existing, spec.name)) continue;
      // POST /sites/{site-id}/lists/{list-id}/columns
      const added = (await client.api(columnsPath).post(createBody(spec))) as ExistingColumn;
      existing.push(added);
      result.addedColumns.push(spec.name);
    }
  }

  for (const spec of columns) {
    const column = findColumn(existing, spec.name);
    if (!column) continue;
    const expected = specType(spec);
    const found = columnType(column);
    if (expected !== found) {
      result.conflictingColumns.push({ name: spec.name, expected, found });
      continue;
    }
    const missingChoices = missingChoicesOf(spec, column);
    if (missingChoices.length > 0) {
      // PATCH /sites/{site-id}/lists/{list-id}/columns/{column-id}: the old choices stay, in their order.
      await client.api(`${columnsPath}/${column.id}`).patch({
        choice: { ...spec.choice, choices: [...(column.choice?.choices ?? []), ...missingChoices] },
      });
      result.updatedColumns.push(spec.name);
    }
    if (spec.indexed && !column.indexed) {
      // PATCH /sites/{site-id}/lists/{list-id}/columns/{column-id}
      await client.api(`${columnsPath}/${column.id}`).patch({ indexed: true });
      result.indexedColumns.push(spec.name);
    }
  }

  const title = findColumn(existing, TITLE_COLUMN.name);
  // Only the default name is replaced: an owner who renamed Title on purpose keeps their name.
  if (title && !title.readOnly && title.displayName === TITLE_COLUMN.defaultDisplayName) {
    // PATCH /sites/{site-id}/lists/{list-id}/columns/{title-column-id}
    await client.api(`${columnsPath}/${title.id}`).patch({ displayName: list.titleDisplayName });
    result.updatedColumns.push(TITLE_COLUMN.name);
  }
  return result;
}

/** The list's id, or null when the site has no list by that title. */
async function findListId(client: Client, siteId: string, listTitle: string) {
  try {
    // GET /sites/{site-id}/lists/{list-title}?$select=id
    const found = (await client
      .api(`/sites/${siteId}/lists/${encodeURIComponent(listTitle)}`)
      .select('id')
      .get()) as { id?: unknown };
    if (typeof found.id !== 'string') throw new Error(`List ${listTitle} came back without an id`);
    return found.id;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

// GET /sites/{site-id}/lists/{list-id}/columns, all pages
function readColumns(client: Client, columnsPath: string): Promise<ExistingColumn[]> {
  return readAllPages<ExistingColumn>(client, client.api(columnsPath));
}

function findColumn(columns: readonly ExistingColumn[], name: string) {
  // SharePoint's internal names are unique regardless of case.
  return columns.find((column) => column.name.toLowerCase() === name.toLowerCase());
}

/** The POST body of a column: its definition without `indexed`, which is set afterwards. */
function createBody(spec: ColumnSpec): Record<string, unknown> {
  const body: Record<string, unknown> = { ...spec };
  delete body.indexed;
  return body;
}

function specType(spec: ColumnSpec): ColumnType {
  if (spec.text) return spec.text.allowMultipleLines ? 'note' : 'text';
  if (spec.number) return 'number';
  if (spec.dateTime) return spec.dateTime.format === 'dateOnly' ? 'date' : 'dateTime';
  if (spec.choice) return 'choice';
  return 'other';
}

function columnType(column: ExistingColumn): ColumnType {
  if (column.text) return column.text.allowMultipleLines ? 'note' : 'text';
  if (column.number) return 'number';
  if (column.dateTime) return column.dateTime.format === 'dateOnly' ? 'date' : 'dateTime';
  if (column.choice) return 'choice';
  return 'other';
}

function missingChoicesOf(spec: ColumnSpec, column: ExistingColumn): string[] {
  if (!spec.choice) return [];
  const present = new Set(column.choice?.choices ?? []);
  return spec.choice.choices.filter((choice) => !present.has(choice));
}

function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return null;
  const status = (error as { statusCode: unknown }).statusCode;
  return typeof status === 'number' ? status : null;
}
