import { badRequest } from './graph-error';

/** One Graph call, from HTTP or from inside a JSON batch. */
export type GraphRequest = {
  method: string;
  /** The path below `/v1.0`, still percent-encoded, e.g. `/sites/demo.sharepoint.com:/sites/hum`. */
  path: string;
  query: URLSearchParams;
  /** The query string as sent (without `?`), kept for building `@odata.nextLink`. */
  rawQuery: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: Buffer;
  /** `http(s)://host/v1.0` as the client sees it, for absolute links. */
  linkBase: string;
};

export type GraphResponse = {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  bytes?: Buffer;
};

export function jsonResponse(
  status: number,
  json: unknown,
  headers?: Record<string, string>,
): GraphResponse {
  return headers ? { status, json, headers } : { status, json };
}

export function noContent(): GraphResponse {
  return { status: 204 };
}

/** The request body as a JSON object, with Graph's answer to anything else. */
export function readJsonObject(request: GraphRequest): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body.toString('utf8'));
  } catch {
    throw badRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
  if (!isPlainObject(parsed)) {
    throw badRequest('The request payload must be a JSON object.');
  }
  return parsed;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Graph v1.0 accepts system query options with and without the `$`. */
export function queryOption(query: URLSearchParams, name: string): string | null {
  return query.get(`$${name}`) ?? query.get(name);
}
