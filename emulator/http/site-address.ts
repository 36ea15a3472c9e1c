// Graph's two ways to name a site: by id (`hostname,{site-collection-guid},{web-guid}`, possibly
// URL-encoded) and by path (`hostname:/server/relative/path`, ended by `:` when more segments
// follow, as in `sites/demo.sharepoint.com:/sites/hum:/lists/...`) (site-getbypath.md).
import type { EmulatorState } from '../sharepoint/state';

export type SiteAddress =
  { kind: 'path'; hostname: string; path: string } | { kind: 'id'; id: string };

export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Splits what follows `/sites/` into the site and the rest of the path (still encoded). */
export function splitSiteAddress(rest: string): { site: SiteAddress; remainder: string } {
  const slash = rest.indexOf('/');
  const first = decodeSegment(slash < 0 ? rest : rest.slice(0, slash));
  if (first.endsWith(':')) {
    const hostname = first.slice(0, -1);
    if (slash < 0) return { site: { kind: 'path', hostname, path: '/' }, remainder: '' };
    const afterHost = rest.slice(slash);
    const colon = afterHost.indexOf(':');
    const path = colon < 0 ? afterHost : afterHost.slice(0, colon);
    const remainder = colon < 0 ? '' : afterHost.slice(colon + 1);
    return { site: { kind: 'path', hostname, path: decodeSegment(path) }, remainder };
  }
  return { site: { kind: 'id', id: first }, remainder: slash < 0 ? '' : rest.slice(slash) };
}

function normalizePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return (trimmed.startsWith('/') ? trimmed : `/${trimmed}`).toLowerCase();
}

export function isThisSite(state: EmulatorState, address: SiteAddress): boolean {
  const { site } = state;
  if (address.kind === 'id') return address.id.toLowerCase() === site.id.toLowerCase();
  return (
    address.hostname.toLowerCase() === site.hostname.toLowerCase() &&
    normalizePath(address.path) === normalizePath(site.path)
  );
}

/** The tenant's root site id: `hostname,{guid},{guid}`, fixed per hostname. */
export function rootSiteId(state: EmulatorState): string {
  return `${state.site.hostname},${ROOT_SITE_GUID},${ROOT_WEB_GUID}`;
}
const ROOT_SITE_GUID = '00000000-0000-4000-8000-000000000001';
const ROOT_WEB_GUID = '00000000-0000-4000-8000-000000000002';

/** `sites/root`, `sites/{hostname}`, `sites/{hostname}:/` and the root's id (site-get.md). */
export function isRootSite(state: EmulatorState, address: SiteAddress): boolean {
  const hostname = state.site.hostname.toLowerCase();
  if (address.kind === 'path') {
    return address.hostname.toLowerCase() === hostname && normalizePath(address.path) === '/';
  }
  const id = address.id.toLowerCase();
  return id === 'root' || id === hostname || id === rootSiteId(state).toLowerCase();
}
