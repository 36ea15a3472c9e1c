// The HTTP side of the emulator: CORS, the /_emulator/ control endpoints, and for /v1.0 the
// added latency, the outage switch, injected faults, then the Graph routes. Every Graph answer
// carries request-id / client-request-id, and errors come in Graph's shape.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { handleControl } from './control-routes';
import { answerPreflight, applyCors } from './cors';
import type { EmulatorRuntime } from './emulator-runtime';
import { faultError, outageError } from './faults';
import { GraphError, errorBody } from './graph-error';
import type { GraphRequest, GraphResponse } from './graph-request';
import { routeGraph } from './graph-router';
import { runBatch } from '../handlers/batch';
import { decodeSegment } from './site-address';
import { graphTimestamp } from '../sharepoint/time';

/** Large enough for any memo; Graph's simple upload allows more, the emulator needs no more. */
export const MAX_BODY_BYTES = 50 * 1024 * 1024;

const JSON_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    // Keep reading (and dropping) the rest, so the client sees the 413 rather than a reset.
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(buffer);
  }
  if (tooLarge) throw new BodyTooLarge();
  return Buffer.concat(chunks);
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.split(',')[0]?.trim() || undefined;
}

/** `proto://host/v1.0` as the client addressed us, also behind a proxy that sets X-Forwarded-*. */
function linkBaseOf(request: IncomingMessage, fallbackOrigin: string): string {
  const host = firstHeader(request.headers['x-forwarded-host']) ?? request.headers.host;
  if (!host) return `${fallbackOrigin}/v1.0`;
  const proto = firstHeader(request.headers['x-forwarded-proto']) ?? 'http';
  return `${proto}://${host}/v1.0`;
}

function headerMap(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function errorResponse(error: GraphError, requestId: string): GraphResponse {
  return {
    status: error.status,
    headers: error.headers,
    json: errorBody(error.code, error.message, requestId, graphTimestamp()),
  };
}

function send(response: ServerResponse, graph: GraphResponse): void {
  for (const [name, value] of Object.entries(graph.headers ?? {})) response.setHeader(name, value);
  if (graph.bytes) {
    if (!response.hasHeader('Content-Type'))
      response.setHeader('Content-Type', 'application/octet-stream');
    response.setHeader('Content-Length', graph.bytes.length);
    response.writeHead(graph.status);
    response.end(graph.bytes);
  } else if (graph.json !== undefined) {
    const text = JSON.stringify(graph.json);
    response.setHeader('Content-Type', JSON_CONTENT_TYPE);
    response.setHeader('Content-Length', Buffer.byteLength(text));
    response.writeHead(graph.status);
    response.end(text);
  } else {
    response.writeHead(graph.status);
    response.end();
  }
}

async function dispatchGraph(
  runtime: EmulatorRuntime,
  request: GraphRequest,
  requestId: string,
): Promise<GraphResponse> {
  try {
    const target = `${request.path}${request.rawQuery ? `?${request.rawQuery}` : ''}`;
    const fault = runtime.faults.take(request.method, target);
    if (fault) throw faultError(fault);
    if (request.path === '/$batch' || request.path === '/%24batch') {
      return await runBatch(request, (inner) => dispatchGraph(runtime, inner, requestId));
    }
    return await routeGraph(runtime.store, request);
  } catch (error) {
    if (error instanceof GraphError) return errorResponse(error, requestId);
    if (!runtime.quiet) console.error('Graph emulator: request failed', error);
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(new GraphError(500, 'generalException', message), requestId);
  }
}

async function serveGraph(
  runtime: EmulatorRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  requestId: string,
): Promise<GraphResponse> {
  runtime.requestCount++;
  let body: Buffer;
  try {
    body = await readBody(request);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return errorResponse(
        new GraphError(
          413,
          'requestTooLarge',
          `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
        ),
        requestId,
      );
    }
    throw error;
  }
  if (runtime.latencyMs > 0) await delay(runtime.latencyMs);
  if (runtime.down) return errorResponse(outageError(), requestId);
  response.setHeader('OData-Version', '4.0');
  return dispatchGraph(
    runtime,
    {
      method: (request.method ?? 'GET').toUpperCase(),
      path: url.pathname.slice('/v1.0'.length) || '/',
      query: url.searchParams,
      rawQuery: url.search.replace(/^\?/, ''),
      headers: headerMap(request),
      body,
      linkBase: linkBaseOf(request, runtime.fallbackOrigin),
    },
    requestId,
  );
}

export function createRequestListener(runtime: EmulatorRuntime) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const started = performance.now();
    const requestId = randomUUID();
    const clientRequestId = firstHeader(request.headers['client-request-id']) ?? requestId;
    response.setHeader('request-id', requestId);
    response.setHeader('client-request-id', clientRequestId);
    applyCors(request, response);
    const method = (request.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      answerPreflight(response);
      return;
    }
    const url = new URL(request.url ?? '/', 'http://emulator.invalid');
    const handle = async (): Promise<GraphResponse> => {
      if (url.pathname === '/v1.0' || url.pathname.startsWith('/v1.0/')) {
        return serveGraph(runtime, request, response, url, requestId);
      }
      const control = /^\/_emulator\/([a-z]+)\/?$/.exec(url.pathname);
      if (control?.[1]) {
        const result = await handleControl(runtime, method, control[1], await readBody(request));
        return { status: result.status, json: result.json };
      }
      request.resume();
      return errorResponse(
        new GraphError(
          404,
          'itemNotFound',
          `The emulator serves Microsoft Graph under /v1.0; '${url.pathname}' is not there.`,
        ),
        requestId,
      );
    };
    handle()
      .catch((error: unknown) => {
        if (!runtime.quiet) console.error('Graph emulator: request failed', error);
        const message = error instanceof Error ? error.message : String(error);
        return errorResponse(new GraphError(500, 'generalException', message), requestId);
      })
      .then((graph) => {
        send(response, graph);
        // Writes and failures are worth a line in the terminal of `npm start`; successful reads are noise.
        if (!runtime.quiet && (method !== 'GET' || graph.status >= 400)) {
          const elapsed = Math.round(performance.now() - started);
          console.log(
            `${method} ${decodeSegment(url.pathname)}${url.search ? ' ?…' : ''} → ${graph.status} (${elapsed} ms)`,
          );
        }
      })
      .catch(() => {
        // The client went away before the answer could be written; nothing else to do.
      });
  };
}
