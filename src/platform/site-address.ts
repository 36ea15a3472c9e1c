// How Graph addresses a SharePoint site (GRAPH-NOTES.md, "Sites, lists, columns"): by its id
// `hostname,{site-guid},{web-guid}`, or by path `hostname:/server-relative-path`. People copy the
// site's URL from the browser instead, so both readers accept that too and convert it.

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const HOSTNAME = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+';
const SITE_ID = new RegExp(`^${HOSTNAME},${GUID},${GUID}$`, 'i');
const SITE_PATH = new RegExp(`^(${HOSTNAME}):(/[^?#:]*)$`, 'i');

/**
 * The Graph address of a SharePoint site URL: `https://contoso.sharepoint.com/sites/team/` →
 * `contoso.sharepoint.com:/sites/team`. Null for anything that is not an https URL. Query,
 * fragment and a trailing slash are dropped; percent-escapes are decoded (Graph wants the path as
 * SharePoint shows it, e.g. `/sites/Økonomi`).
 */
export function siteAddressFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname === '') return null;
  let path = parsed.pathname.replace(/\/+$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the path as it came; Graph will say whether it knows it.
  }
  return `${parsed.hostname.toLowerCase()}:${path === '' ? '/' : path}`;
}

/**
 * A site as Graph addresses it, from what a person typed: a site id, a `hostname:/path`, or the
 * site's https URL. Null when it is none of these.
 */
export function normalizeSiteAddress(input: string): string | null {
  const value = input.trim();
  if (SITE_ID.test(value)) return value;
  const byPath = SITE_PATH.exec(value);
  if (byPath) {
    const [, hostname = '', path = '/'] = byPath;
    const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
    return `${hostname.toLowerCase()}:${trimmed}`;
  }
  if (/^https:\/\//i.test(value)) return siteAddressFromUrl(value);
  return null;
}
