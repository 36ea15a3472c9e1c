// POST /$batch (concepts/json-batching.md): up to 20 requests with unique ids, run in order,
// `dependsOn` honoured (a request whose dependency failed gets 424). Each inner response has
// its own status; an inner 429 stays inside the batch response.
import { badRequest } from '../http/graph-error';
import type { GraphRequest, GraphResponse } from '../http/graph-request';
import { isPlainObject, jsonResponse, readJsonObject } from '../http/graph-request';

const MAX_REQUESTS = 20;

export type Dispatch = (request: GraphRequest) => Promise<GraphResponse>;

type InnerRequest = {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
};

function parseInner(value: unknown, index: number): InnerRequest {
  if (!isPlainObject(value))
    throw badRequest(`Request ${index + 1} of the batch is not an object.`);
  const { id, method, url, headers, body, dependsOn } = value;
  if (typeof id !== 'string' || id === '')
    throw badRequest(`Request ${index + 1} of the batch has no id.`);
  if (typeof method !== 'string') throw badRequest(`Request '${id}' has no method.`);
  if (typeof url !== 'string' || /^[a-z]+:\/\//i.test(url)) {
    throw badRequest(`Request '${id}' needs a relative url, e.g. /sites/{site-id}/lists.`);
  }
  const headerMap: Record<string, string> = {};
  if (isPlainObject(headers)) {
    for (const [name, headerValue] of Object.entries(headers))
      headerMap[name.toLowerCase()] = String(headerValue);
  }
  if (body !== undefined && headerMap['content-type'] === undefined) {
    throw badRequest(`Write request id : ${id} does not contain Content-Type header or body.`);
  }
  const depends = dependsOn === undefined ? [] : dependsOn;
  if (!Array.isArray(depends) || !depends.every((entry) => typeof entry === 'string')) {
    throw badRequest(`dependsOn of request '${id}' must be an array of ids.`);
  }
  return {
    id,
    method: method.toUpperCase(),
    url,
    headers: headerMap,
    body,
    dependsOn: depends as string[],
  };
}

function innerBody(request: InnerRequest): Buffer {
  if (request.body === undefined) return Buffer.alloc(0);
  const contentType = request.headers['content-type'] ?? '';
  if (typeof request.body === 'string' && !contentType.includes('json'))
    return Buffer.from(request.body, 'base64');
  return Buffer.from(JSON.stringify(request.body), 'utf8');
}

export async function runBatch(request: GraphRequest, dispatch: Dispatch): Promise<GraphResponse> {
  if (request.method !== 'POST') throw badRequest('A batch is sent with POST.');
  const body = readJsonObject(request);
  if (!Array.isArray(body.requests) || body.requests.length === 0)
    throw badRequest('The batch has no requests.');
  if (body.requests.length > MAX_REQUESTS) {
    throw badRequest(
      `The batch has ${body.requests.length} requests; the limit is ${MAX_REQUESTS}.`,
    );
  }
  const inner = body.requests.map(parseInner);
  const ids = new Set<string>();
  for (const entry of inner) {
    if (ids.has(entry.id))
      throw badRequest(`The id '${entry.id}' is used by more than one request in the batch.`);
    for (const dependency of entry.dependsOn) {
      if (!ids.has(dependency))
        throw badRequest(
          `Request '${entry.id}' depends on '${dependency}', which does not come before it.`,
        );
    }
    ids.add(entry.id);
  }
  const statuses = new Map<string, number>();
  const responses: unknown[] = [];
  for (const entry of inner) {
    const failedDependency = entry.dependsOn.some(
      (dependency) => (statuses.get(dependency) ?? 0) >= 400,
    );
    if (failedDependency) {
      statuses.set(entry.id, 424);
      responses.push({
        id: entry.id,
        status: 424,
        body: {
          error: { code: 'failedDependency', message: 'A request this request depends on failed.' },
        },
      });
      continue;
    }
    const url = new URL(
      entry.url.startsWith('/') ? entry.url : `/${entry.url}`,
      'http://batch.invalid',
    );
    const response = await dispatch({
      method: entry.method,
      path: url.pathname,
      query: url.searchParams,
      rawQuery: url.search.replace(/^\?/, ''),
      headers: entry.headers,
      body: innerBody(entry),
      linkBase: request.linkBase,
    });
    statuses.set(entry.id, response.status);
    const headers: Record<string, string> = { ...response.headers };
    let responseBody: unknown = response.json;
    if (response.json !== undefined) headers['Content-Type'] = 'application/json';
    if (response.bytes) responseBody = response.bytes.toString('base64');
    responses.push({
      id: entry.id,
      status: response.status,
      headers,
      ...(responseBody === undefined ? {} : { body: responseBody }),
    });
  }
  return jsonResponse(200, { responses });
}
