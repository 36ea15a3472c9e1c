// The tenant's root site (`GET /sites/root`, `/sites/{hostname}`): where clients such as PnPjs
// start before they address a site by path. The emulator holds one team site with the lists; the
// root is a site of its own with no lists, as a new tenant's root communication site has none
// that a tab would use.
import { segmentNotFound } from '../http/graph-error';
import type { GraphRequest, GraphResponse } from '../http/graph-request';
import { jsonResponse } from '../http/graph-request';
import { methodNotAllowed } from '../http/graph-error';
import { rootSiteId } from '../http/site-address';
import type { Store } from '../sharepoint/store';

export function routeRootSite(
  store: Store,
  request: GraphRequest,
  remainder: string,
): GraphResponse {
  if (request.method !== 'GET') throw methodNotAllowed();
  const segments = remainder.split('/').filter((segment) => segment !== '');
  const { site } = store.state;
  if (segments.length === 0) {
    return jsonResponse(200, {
      '@odata.context': `${request.linkBase}/$metadata#sites/$entity`,
      createdDateTime: site.createdAt,
      description: '',
      id: rootSiteId(store.state),
      lastModifiedDateTime: site.createdAt,
      name: '',
      webUrl: `https://${site.hostname}`,
      displayName: 'Communication site',
      root: {},
      siteCollection: { hostname: site.hostname },
    });
  }
  if (segments.length === 1 && segments[0] === 'lists') {
    return jsonResponse(200, {
      '@odata.context': `${request.linkBase}/$metadata#sites('${rootSiteId(store.state)}')/lists`,
      value: [],
    });
  }
  throw segmentNotFound(segments[segments.length === 1 ? 0 : 1] ?? '');
}
