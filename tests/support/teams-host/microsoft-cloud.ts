// The parts of Microsoft's cloud a tenant build talks to, inside one Playwright browser context:
// Entra ID at login.microsoftonline.com (discovery, an authorize endpoint that signs the user in
// at once, a token endpoint; enough for MSAL's redirect with PKCE), and Microsoft Graph at
// graph.microsoft.com, forwarded to the test's Graph emulator. The fakes stand in only for what
// cannot run here; MSAL, teams-js and the tab run for real.
import type { BrowserContext, Route } from 'playwright-core';

export const ENTRA_ORIGIN = 'https://login.microsoftonline.com';
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

export type CloudUser = {
  oid: string;
  tid: string;
  username: string;
  name: string;
  /** The department Entra ID holds for the user (none when absent). */
  department?: string;
};

export type MicrosoftCloud = {
  /** The Authorization header of every Graph request, in order. */
  graphAuthorizations: string[];
  /** Every authorize request Entra ID got: the page that signs the user in. */
  authorizeRequests: URL[];
};

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function idToken(user: CloudUser, clientId: string, nonce: string): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: clientId,
    iss: `${ENTRA_ORIGIN}/${user.tid}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: user.name,
    nonce,
    oid: user.oid,
    preferred_username: user.username,
    sub: user.oid,
    tid: user.tid,
    ver: '2.0',
  };
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.sig`;
}

function cors(route: Route): Record<string, string> {
  const origin = route.request().headers().origin;
  return origin
    ? {
        'access-control-allow-origin': origin,
        'access-control-allow-headers':
          'authorization, content-type, if-match, prefer, sdkversion, client-request-id, retry-attempt, x-client-sku, x-client-ver, x-client-os, x-client-cpu, x-ms-lib-capability, x-client-current-telemetry, x-client-last-telemetry',
        'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
        'access-control-expose-headers': 'Retry-After, ETag, request-id, client-request-id',
      }
    : {};
}

/** `GET /me` as Graph answers it: the user's properties, only those `$select` names. */
function directoryUser(user: CloudUser, select: string | null): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: user.oid,
    displayName: user.name,
    userPrincipalName: user.username,
    mail: user.username,
    department: user.department ?? null,
  };
  const wanted = select?.split(',').map((name) => name.trim()) ?? Object.keys(all);
  return {
    '@odata.context': `${GRAPH_ORIGIN}/v1.0/$metadata#users/$entity`,
    ...Object.fromEntries(wanted.filter((name) => name in all).map((name) => [name, all[name]])),
  };
}

export async function routeMicrosoftCloud(
  context: BrowserContext,
  options: { user: CloudUser; graphUpstream: string },
): Promise<MicrosoftCloud> {
  const cloud: MicrosoftCloud = { graphAuthorizations: [], authorizeRequests: [] };
  const { user } = options;
  let issued = 0;

  await context.route(`${ENTRA_ORIGIN}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const headers = cors(route);
    if (request.method() === 'OPTIONS') {
      await route.fulfill({ status: 204, headers });
      return;
    }
    const json = (body: unknown) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers,
        body: JSON.stringify(body),
      });
    const tenant = url.pathname.split('/')[1] ?? 'common';

    if (url.pathname.endsWith('/discovery/instance')) {
      await json({
        tenant_discovery_endpoint: `${ENTRA_ORIGIN}/{tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          {
            preferred_network: 'login.microsoftonline.com',
            preferred_cache: 'login.windows.net',
            aliases: [
              'login.microsoftonline.com',
              'login.windows.net',
              'login.microsoft.com',
              'sts.windows.net',
            ],
          },
        ],
      });
      return;
    }
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      await json({
        issuer: `${ENTRA_ORIGIN}/${user.tid}/v2.0`,
        authorization_endpoint: `${ENTRA_ORIGIN}/${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${ENTRA_ORIGIN}/${tenant}/oauth2/v2.0/token`,
        end_session_endpoint: `${ENTRA_ORIGIN}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${ENTRA_ORIGIN}/${tenant}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
      });
      return;
    }
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      cloud.authorizeRequests.push(url);
      const params = url.searchParams;
      // The user is signed in to Entra ID already: it answers at once, as with a live session.
      const code = base64url(
        JSON.stringify({ nonce: params.get('nonce') ?? '', scope: params.get('scope') ?? '' }),
      );
      const answer = new URLSearchParams({
        code,
        state: params.get('state') ?? '',
        client_info: base64url(JSON.stringify({ uid: user.oid, utid: user.tid })),
        session_state: 'test-session',
      });
      const separator = params.get('response_mode') === 'query' ? '?' : '#';
      await route.fulfill({
        status: 302,
        headers: { location: `${params.get('redirect_uri') ?? ''}${separator}${answer}` },
      });
      return;
    }
    if (url.pathname.endsWith('/oauth2/v2.0/token')) {
      const form = new URLSearchParams(request.postData() ?? '');
      const granted = JSON.parse(
        Buffer.from(form.get('code') ?? '', 'base64url').toString('utf8') || '{}',
      ) as {
        nonce?: string;
        scope?: string;
      };
      issued += 1;
      await json({
        token_type: 'Bearer',
        scope: granted.scope ?? form.get('scope') ?? '',
        expires_in: 3600,
        ext_expires_in: 3600,
        access_token: `window-token-${issued}`,
        refresh_token: `refresh-${issued}`,
        id_token: idToken(user, form.get('client_id') ?? '', granted.nonce ?? ''),
        client_info: base64url(JSON.stringify({ uid: user.oid, utid: user.tid })),
      });
      return;
    }
    await route.fulfill({ status: 404, headers, body: '' });
  });

  await context.route(`${GRAPH_ORIGIN}/**`, async (route) => {
    const request = route.request();
    const headers = cors(route);
    if (request.method() === 'OPTIONS') {
      await route.fulfill({ status: 204, headers });
      return;
    }
    cloud.graphAuthorizations.push(request.headers().authorization ?? '');
    const url = new URL(request.url());
    // The directory is Entra ID's, not the list's: /me is the signed-in user as the cloud knows them.
    if (url.pathname === '/v1.0/me' && request.method() === 'GET') {
      await route.fulfill({
        status: 200,
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(directoryUser(user, url.searchParams.get('$select'))),
      });
      return;
    }
    const forwarded = { ...request.headers() };
    delete forwarded.origin;
    delete forwarded.referer;
    const response = await route.fetch({
      url: `${options.graphUpstream}${url.pathname}${url.search}`,
      headers: forwarded,
    });
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });

  return cloud;
}
