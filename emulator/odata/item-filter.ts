// Which $filter queries SharePoint answers on a list, and the predicate for those it does.
// Non-indexed columns need `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`, and on
// lists above the list view threshold they fail even then (emulator/README.md, "Filters").
import { GraphError, invalidRequest } from '../http/graph-error';
import type { GraphRequest } from '../http/graph-request';
import { queryOption } from '../http/graph-request';
import { MAX_PAGE_SIZE } from './odata-query';
import { evaluateFilter, parseFilter, referencedFields } from './odata-filter';
import type { ColumnDefinition, FieldValue, ListItemRecord, ListRecord } from '../sharepoint/state';
import { labelOf } from '../sharepoint/state';

const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

function computedValue(item: ListItemRecord, name: string): FieldValue | undefined {
  switch (name) {
    case 'ID':
    case 'id':
      return Number(item.id);
    case 'Created':
      return item.createdAt;
    case 'Modified':
      return item.modifiedAt;
    case 'Author':
      return item.createdBy;
    case 'Editor':
      return item.modifiedBy;
    case '_UIVersionString':
      return `${labelOf(item)}.0`;
    case 'ContentType':
      return 'Item';
    case 'Attachments':
      return false;
    default:
      return undefined;
  }
}

/** The predicate of the request's $filter, or null when it has none. Throws what SharePoint refuses. */
export function itemFilter(
  list: ListRecord,
  request: GraphRequest,
): ((item: ListItemRecord) => boolean) | null {
  const text = queryOption(request.query, 'filter');
  if (text === null || text.trim() === '') return null;
  const node = parseFilter(text);
  const columns = new Map<string, ColumnDefinition>(
    list.columns.map((column) => [column.name, column]),
  );
  const honorNonIndexed = (request.headers.prefer ?? '').toLowerCase().includes(HONOR_NON_INDEXED);
  for (const name of referencedFields(node)) {
    const column = columns.get(name);
    if (!column) throw invalidRequest(`Field '${name}' is not recognized`);
    if (column.indexed) continue;
    if (!honorNonIndexed) {
      throw invalidRequest(
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
    if (list.items.length > MAX_PAGE_SIZE) {
      throw new GraphError(
        500,
        'generalException',
        'The attempted operation is prohibited because it exceeds the list view threshold.',
      );
    }
  }
  return (item) =>
    evaluateFilter(node, columns, (name) => item.fields[name] ?? computedValue(item, name));
}
