// CORS for the tab when it calls the emulator straight from a page on any localhost origin
// (emulator/README.md, "Browser CORS").
import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';
const ALLOWED_HEADERS =
  'authorization, content-type, if-match, prefer, sdkversion, client-request-id, retry-attempt';
const EXPOSED_HEADERS = 'Retry-After, ETag, request-id, client-request-id';

function isLocalOrigin(origin: string): boolean {
  try {
    const { hostname, protocol } = new URL(origin);
    return (
      (protocol === 'http:' || protocol === 'https:') &&
      (hostname === 'localhost' ||
        hostname === '127.0.0.1' ||
        hostname === '[::1]' ||
        hostname.endsWith('.localhost'))
    );
  } catch {
    return false;
  }
}

/** Adds the CORS headers a response to this request needs (none for other origins). */
export function applyCors(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Vary', 'Origin');
  const origin = request.headers.origin;
  if (origin === undefined || !isLocalOrigin(origin)) return;
  response.setHeader('Access-Control-Allow-Origin', origin);
  response.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
}

export function answerPreflight(response: ServerResponse): void {
  if (response.hasHeader('Access-Control-Allow-Origin')) {
    response.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    response.setHeader('Access-Control-Max-Age', '600');
  }
  response.writeHead(204);
  response.end();
}
