// The OData system query options the emulator understands: $select, $expand (with nested
// options such as `fields($select=A,B)`), $top and $skiptoken.
import { badRequest, unknownProperty } from '../http/graph-error';
import { queryOption } from '../http/graph-request';

export type ExpandOption = { name: string; select: string[] | null };

/** Splits on a separator outside parentheses: `a,b(c,d)` → `a`, `b(c,d)`. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) throw badRequest(`Syntax error in '${text}': unbalanced parentheses.`);
  }
  if (depth !== 0) throw badRequest(`Syntax error in '${text}': unbalanced parentheses.`);
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

export function parseSelectList(value: string): string[] {
  return splitTopLevel(value, ',');
}

export function parseExpand(value: string): ExpandOption[] {
  return splitTopLevel(value, ',').map((entry) => {
    const open = entry.indexOf('(');
    if (open < 0) return { name: entry, select: null };
    if (!entry.endsWith(')')) throw badRequest(`Syntax error in $expand '${entry}'.`);
    const name = entry.slice(0, open).trim();
    let select: string[] | null = null;
    for (const option of splitTopLevel(entry.slice(open + 1, -1), ';')) {
      const eq = option.indexOf('=');
      const key = (eq < 0 ? option : option.slice(0, eq)).trim().replace(/^\$/, '').toLowerCase();
      const optionValue = eq < 0 ? '' : option.slice(eq + 1);
      if (key === 'select') select = parseSelectList(optionValue);
      else if (key !== 'expand' && key !== 'top' && key !== 'orderby') {
        throw badRequest(`Query option '${key}' is not allowed in $expand of '${name}'.`);
      }
    }
    return { name, select };
  });
}

/** The properties named in $select (null: all), checked against what the type has. */
export function selectedProperties(
  query: URLSearchParams,
  known: readonly string[],
  type: string,
): Set<string> | null {
  const value = queryOption(query, 'select');
  if (value === null) return null;
  const names = parseSelectList(value);
  for (const name of names) {
    if (!known.includes(name)) throw unknownProperty(name, type);
  }
  return new Set(names);
}

/** The $expand entries, checked against the navigation properties the type has. */
export function expandedProperties(
  query: URLSearchParams,
  known: readonly string[],
  type: string,
): Map<string, ExpandOption> {
  const value = queryOption(query, 'expand');
  const result = new Map<string, ExpandOption>();
  if (value === null) return result;
  for (const option of parseExpand(value)) {
    if (!known.includes(option.name)) throw unknownProperty(option.name, type);
    result.set(option.name, option);
  }
  return result;
}

/** SharePoint's list page size when the client gives no $top (observed; undocumented). */
export const DEFAULT_PAGE_SIZE = 200;
/** The largest page SharePoint returns (its list view threshold). */
export const MAX_PAGE_SIZE = 5000;

export function pageSize(query: URLSearchParams): number {
  const value = queryOption(query, 'top');
  if (value === null) return DEFAULT_PAGE_SIZE;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw badRequest(`Invalid $top value '${value}': it must be a positive integer.`);
  }
  return Math.min(Number(value), MAX_PAGE_SIZE);
}

// SharePoint's skip tokens are base64 of `Paged=TRUE&p_ID=<last id of the previous page>`.
export function encodeSkipToken(lastId: string): string {
  return Buffer.from(`Paged=TRUE&p_ID=${lastId}`, 'utf8').toString('base64url');
}

/** The last item id of the previous page, or 0 when there is no token. */
export function decodeSkipToken(query: URLSearchParams): number {
  const token = queryOption(query, 'skiptoken');
  if (token === null) return 0;
  const decoded = Buffer.from(token, 'base64url').toString('utf8');
  const match = /^Paged=TRUE&p_ID=(\d+)$/.exec(decoded);
  if (!match?.[1]) throw badRequest(`The skip token '${token}' is not valid.`);
  return Number(match[1]);
}

/** The request's own URL with a new $skiptoken: parameters and encoding as the client sent them. */
export function nextLink(
  linkBase: string,
  path: string,
  rawQuery: string,
  skipToken: string,
): string {
  const kept = rawQuery
    .split('&')
    .filter((part) => part.length > 0)
    .filter((part) => !/^(%24|\$)?skiptoken=/i.test(part));
  kept.push(`$skiptoken=${skipToken}`);
  return `${linkBase}${path}?${kept.join('&')}`;
}
