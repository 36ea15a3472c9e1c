import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { TOKEN_UNAVAILABLE } from './to-measures-error';

export type GraphClientOptions = {
  /** `https://graph.microsoft.com/v1.0`, or the emulator's, e.g. `http://localhost:5173/v1.0`. */
  baseUrl: string;
  /** An access token for Graph. Absent in demo mode, where the emulator needs none. */
  getToken?: () => Promise<string>;
  /**
   * The demo's unsigned token for whom it acts as (app/demo-caller.ts), sent as the bearer token
   * to a local Graph over http, where the SDK would send none. Null: no header.
   */
  unsignedToken?: () => string | null;
  /** Called when a 429/503 arrives, with the seconds the client now waits before it retries. */
  onThrottled?: (waitSeconds: number) => void;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
};

/** The hosts the SDK itself treats as Graph (its GRAPH_URLS): it adds the token for these. */
const GRAPH_HOSTS = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'graph.microsoft.de',
  'microsoftgraph.chinacloudapi.cn',
  'canary.graph.microsoft.com',
]);

const THROTTLED_STATUSES = new Set([429, 503]);

/**
 * The SDK builds every URL as `baseUrl / defaultVersion / path` (GraphRequest.buildFullUrl), so a
 * base URL that already ends in the version is split: `http://h:1/v1.0` → host `http://h:1`,
 * version `v1.0`. Giving it the whole URL with the default version would request `/v1.0/v1.0/…`.
 */
export function splitBaseUrl(baseUrl: string): { host: string; version: string } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch (cause) {
    throw new Error(`Graph base URL must be absolute, got "${baseUrl}"`, { cause });
  }
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const version = segments.pop() ?? '';
  const prefix = segments.length > 0 ? `/${segments.join('/')}` : '';
  return { host: `${url.origin}${prefix}`, version };
}

/** Seconds to wait as the RetryHandler reads Retry-After: seconds, or an HTTP date. */
function readRetryAfter(header: string | null, fallbackSeconds: number): number {
  if (header === null || header.trim() === '') return fallbackSeconds;
  const seconds = Number(header);
  if (!Number.isNaN(seconds)) return Math.max(0, seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? fallbackSeconds : Math.max(0, Math.round((at - Date.now()) / 1000));
}

class TokenProvider implements AuthenticationProvider {
  private readonly getToken: (() => Promise<string>) | undefined;

  constructor(getToken: (() => Promise<string>) | undefined) {
    this.getToken = getToken;
  }

  async getAccessToken(): Promise<string> {
    // Reached only for Graph hosts (and customHosts), which createGraphClient refuses without getToken.
    if (!this.getToken) throw namedError(TOKEN_UNAVAILABLE, 'No token provider for Graph');
    try {
      return await this.getToken();
    } catch (cause) {
      // The SDK keeps only name and message of what a middleware throws; the name marks it as an auth failure.
      const message = cause instanceof Error ? cause.message : String(cause);
      throw namedError(TOKEN_UNAVAILABLE, message || 'No access token', cause);
    }
  }
}

function namedError(name: string, message: string, cause?: unknown): Error {
  const error = new Error(message, { cause });
  error.name = name;
  return error;
}

/**
 * Ours, between the RetryHandler and the HTTP handler: it sees every attempt, so it can tell the
 * UI that a 429/503 came and how long the RetryHandler will now wait before it tries again.
 */
class ThrottleObserver implements Middleware {
  private next: Middleware | undefined;
  private readonly onThrottled: (waitSeconds: number) => void;
  private readonly fallbackSeconds: number;

  constructor(onThrottled: (waitSeconds: number) => void, fallbackSeconds: number) {
    this.onThrottled = onThrottled;
    this.fallbackSeconds = fallbackSeconds;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('ThrottleObserver must not be last in the middleware chain');
    await this.next.execute(context);
    const response = context.response;
    if (response && THROTTLED_STATUSES.has(response.status)) {
      this.onThrottled(readRetryAfter(response.headers.get('Retry-After'), this.fallbackSeconds));
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * First in the chain, so every attempt of the RetryHandler carries it: the Authorization header
 * with the demo's unsigned token. The SDK's AuthenticationHandler adds tokens only over https.
 */
class UnsignedTokenHeader implements Middleware {
  private next: Middleware | undefined;
  private readonly token: () => string | null;

  constructor(token: () => string | null) {
    this.token = token;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('UnsignedTokenHeader must not be last in the middleware chain');
    const token = this.token();
    if (token !== null) {
      const headers = new Headers(context.options?.headers);
      headers.set('Authorization', `Bearer ${token}`);
      context.options = { ...context.options, headers };
    }
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** HTTPMessageHandler with a given fetch: the SDK's own always calls the global one. */
class FetchHandler implements Middleware {
  private readonly send: typeof fetch;

  constructor(send: typeof fetch) {
    this.send = send;
  }

  async execute(context: Context): Promise<void> {
    // Called unbound: a browser's fetch throws "Illegal invocation" when `this` is another object.
    const send = this.send;
    context.response = await send(context.request, context.options);
  }
}

/**
 * The one Graph client of the tab: Auth → Retry (429/503/504, honouring Retry-After) → throttle
 * observer → fetch. No Telemetry or Redirect handler: telemetry headers only matter to Microsoft's
 * service, and fetch follows redirects itself.
 *
 * Auth: the SDK adds `Authorization` only for https URLs on Graph hosts or `customHosts`. Demo
 * mode gives no getToken and an http emulator, so no header is added and no token asked for. With
 * a token and a non-Graph https host (a local Graph served over TLS) its hostname is made a custom
 * host; over plain http the SDK never sends the token, by design.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const { host, version } = splitBaseUrl(options.baseUrl);
  const hostname = new URL(options.baseUrl).hostname.toLowerCase();
  const isGraphHost = GRAPH_HOSTS.has(hostname);
  if (isGraphHost && !options.getToken) {
    throw new Error(`${options.baseUrl} is Microsoft Graph: a getToken is needed`);
  }

  if (isGraphHost && options.unsignedToken) {
    throw new Error(`${options.baseUrl} is Microsoft Graph: it refuses unsigned tokens`);
  }

  const retryOptions = new RetryHandlerOptions();
  const middleware: Middleware[] = [];
  if (options.unsignedToken) middleware.push(new UnsignedTokenHeader(options.unsignedToken));
  middleware.push(
    new AuthenticationHandler(new TokenProvider(options.getToken)),
    new RetryHandler(retryOptions),
  );
  if (options.onThrottled) {
    middleware.push(new ThrottleObserver(options.onThrottled, retryOptions.delay));
  }
  middleware.push(options.fetch ? new FetchHandler(options.fetch) : new HTTPMessageHandler());

  return Client.initWithMiddleware({
    baseUrl: host,
    defaultVersion: version,
    middleware,
    customHosts: options.getToken && !isGraphHost ? new Set([hostname]) : undefined,
  });
}
