// `GET /me`: the caller of the access token as a directory user. Graph answers 401 without a
// token; the emulator reads the caller from the token's claims (http/caller.ts) and its department
// from the demo directory (seed/directory.ts).
import { callerName } from '../http/caller';
import { GraphError } from '../http/graph-error';
import { jsonResponse, type GraphRequest, type GraphResponse } from '../http/graph-request';
import { selectedProperties } from '../odata/odata-query';
import { DEMO_DEPARTMENTS } from '../seed/directory';
import { guidFromName } from '../sharepoint/ids';

const USER_PROPERTIES = ['id', 'displayName', 'userPrincipalName', 'mail', 'department'];

function localPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

export function getMe(request: GraphRequest): GraphResponse {
  const name = callerName(request.headers);
  if (name === null) {
    throw new GraphError(
      401,
      'InvalidAuthenticationToken',
      'Access token is empty. /me needs a signed-in user.',
    );
  }
  const upn = name.includes('@') ? name : `${localPart(name) || 'user'}@demo.onmicrosoft.com`;
  const user: Record<string, string | null> = {
    id: guidFromName(name),
    displayName: name,
    userPrincipalName: upn,
    mail: upn,
    department: DEMO_DEPARTMENTS[name] ?? null,
  };
  const select = selectedProperties(request.query, USER_PROPERTIES, 'microsoft.graph.user');
  const body: Record<string, unknown> = {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
  };
  for (const property of USER_PROPERTIES) {
    if (select === null || select.has(property)) body[property] = user[property] ?? null;
  }
  return jsonResponse(200, body);
}
