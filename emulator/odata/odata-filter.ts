// $filter on list items, as far as SharePoint supports it through Graph: comparisons on
// `fields/<name>` joined with and/or/not, and startswith(). Text compares case-insensitively,
// as SharePoint's CAML does.
import { columnKind } from '../sharepoint/columns';
import type { ColumnKind } from '../sharepoint/columns';
import { badRequest } from '../http/graph-error';
import type { ColumnDefinition, FieldValue } from '../sharepoint/state';

type Literal = string | number | boolean | null;
type Operator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { kind: 'compare'; field: string; operator: Operator; value: Literal }
  | { kind: 'startswith'; field: string; value: string }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode };

type Token =
  | { type: 'string'; text: string }
  | { type: 'word'; text: string }
  | { type: 'punct'; text: string };

const OPERATORS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

function invalidFilter(filter: string, detail: string) {
  return badRequest(`Invalid filter clause '${filter}': ${detail}`);
}

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const char = filter.charAt(i);
    if (/\s/.test(char)) {
      i++;
    } else if (char === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= filter.length) throw invalidFilter(filter, 'unterminated string.');
        const next = filter.charAt(i);
        if (next === "'") {
          if (filter.charAt(i + 1) === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += next;
        i++;
      }
      tokens.push({ type: 'string', text });
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: 'punct', text: char });
      i++;
    } else {
      const match = /^[A-Za-z0-9_/.:+-]+/.exec(filter.slice(i));
      if (!match) throw invalidFilter(filter, `unexpected '${char}'.`);
      tokens.push({ type: 'word', text: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

export function parseFilter(filter: string): FilterNode {
  const tokens = tokenize(filter);
  let position = 0;
  const peek = () => tokens[position];
  const take = () => {
    const token = tokens[position++];
    if (!token) throw invalidFilter(filter, 'unexpected end.');
    return token;
  };
  const expect = (text: string) => {
    const token = take();
    if (token.text !== text || token.type === 'string')
      throw invalidFilter(filter, `expected '${text}'.`);
  };
  const fieldName = (): string => {
    const token = take();
    const match =
      token.type === 'word' ? /^fields\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(token.text) : null;
    if (!match?.[1]) {
      throw invalidFilter(
        filter,
        `'${token.text}': only list fields can be filtered on, as fields/<name>.`,
      );
    }
    return match[1];
  };
  const literal = (): Literal => {
    const token = take();
    if (token.type === 'string') return token.text;
    if (token.type === 'word') {
      if (token.text === 'null') return null;
      if (token.text === 'true' || token.text === 'false') return token.text === 'true';
      if (/^-?\d+(\.\d+)?$/.test(token.text)) return Number(token.text);
      if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(token.text)) return token.text;
    }
    throw invalidFilter(filter, `'${token.text}' is not a value.`);
  };

  const primary = (): FilterNode => {
    const token = peek();
    if (!token) throw invalidFilter(filter, 'unexpected end.');
    if (token.type === 'punct' && token.text === '(') {
      take();
      const inner = orExpression();
      expect(')');
      return inner;
    }
    if (token.type === 'word' && token.text.toLowerCase() === 'not') {
      take();
      return { kind: 'not', operand: primary() };
    }
    if (token.type === 'word' && token.text.toLowerCase() === 'startswith') {
      take();
      expect('(');
      const field = fieldName();
      expect(',');
      const value = literal();
      expect(')');
      if (typeof value !== 'string') throw invalidFilter(filter, 'startswith needs a text value.');
      return { kind: 'startswith', field, value };
    }
    const field = fieldName();
    const operator = take();
    if (operator.type !== 'word' || !OPERATORS.includes(operator.text.toLowerCase())) {
      throw invalidFilter(filter, `'${operator.text}' is not a supported operator.`);
    }
    return {
      kind: 'compare',
      field,
      operator: operator.text.toLowerCase() as Operator,
      value: literal(),
    };
  };
  const andExpression = (): FilterNode => {
    let node = primary();
    while (peek()?.type === 'word' && peek()?.text.toLowerCase() === 'and') {
      take();
      node = { kind: 'and', left: node, right: primary() };
    }
    return node;
  };
  function orExpression(): FilterNode {
    let node = andExpression();
    while (peek()?.type === 'word' && peek()?.text.toLowerCase() === 'or') {
      take();
      node = { kind: 'or', left: node, right: andExpression() };
    }
    return node;
  }

  const node = orExpression();
  if (position < tokens.length)
    throw invalidFilter(filter, `unexpected '${tokens[position]?.text ?? ''}'.`);
  return node;
}

export function referencedFields(node: FilterNode): string[] {
  switch (node.kind) {
    case 'compare':
    case 'startswith':
      return [node.field];
    case 'and':
    case 'or':
      return [...referencedFields(node.left), ...referencedFields(node.right)];
    case 'not':
      return referencedFields(node.operand);
  }
}

function comparable(
  kind: ColumnKind,
  value: FieldValue | Literal,
): string | number | boolean | null {
  if (value === null) return null;
  if (kind === 'dateTime') {
    const time =
      typeof value === 'string' ? Date.parse(/T/.test(value) ? value : `${value}T00:00:00Z`) : NaN;
    return Number.isNaN(time) ? String(value) : time;
  }
  if (kind === 'number') return typeof value === 'number' ? value : Number(value);
  if (kind === 'boolean')
    return typeof value === 'boolean' ? value : value === 1 || value === '1' || value === 'true';
  return String(value).toLowerCase();
}

function compare(
  operator: Operator,
  left: ReturnType<typeof comparable>,
  right: ReturnType<typeof comparable>,
): boolean {
  if (operator === 'eq') return left === right;
  if (operator === 'ne') return left !== right;
  if (left === null || right === null) return false;
  if (operator === 'gt') return left > right;
  if (operator === 'ge') return left >= right;
  if (operator === 'lt') return left < right;
  return left <= right;
}

export type FieldReader = (name: string) => FieldValue | undefined;

export function evaluateFilter(
  node: FilterNode,
  columns: ReadonlyMap<string, ColumnDefinition>,
  read: FieldReader,
): boolean {
  switch (node.kind) {
    case 'and':
      return evaluateFilter(node.left, columns, read) && evaluateFilter(node.right, columns, read);
    case 'or':
      return evaluateFilter(node.left, columns, read) || evaluateFilter(node.right, columns, read);
    case 'not':
      return !evaluateFilter(node.operand, columns, read);
    case 'startswith': {
      const value = read(node.field);
      return typeof value === 'string' && value.toLowerCase().startsWith(node.value.toLowerCase());
    }
    case 'compare': {
      const column = columns.get(node.field);
      const kind = column ? columnKind(column) : 'text';
      return compare(
        node.operator,
        comparable(kind, read(node.field) ?? null),
        comparable(kind, node.value),
      );
    }
  }
}
