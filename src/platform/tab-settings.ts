import type { AppConfig } from './config';
import type { HostContext } from './host-context';
import { normalizeSiteAddress } from './site-address';

// A channel tab remembers which list it shows in its content URL (`?site=…&list=…`, and
// `&plan=…` when the tab is for one follow-up plan of the list): Teams stores that URL when the
// configuration page saves (pages.config.setConfig), and every member of the channel opens the
// same one. A link to the tab on a page of its own carries the same parameters.

export type TabSettings = {
  site: string;
  list: string;
  /** The case number of the one plan the tab shows; absent: the user picks among the list's plans. */
  plan?: string;
};

/** Where the measures list is, and what decided it (the configuration page shows the source). */
export type ListLocationChoice =
  | { site: string; list: string; source: 'tab' | 'team-site' | 'config' | 'demo' }
  | { site: null; list: string; source: 'none' };

/** The page's URL query → the tab's settings; a missing or unreadable site leaves it out. */
export function readTabSettings(search: string): Partial<TabSettings> {
  const params = new URLSearchParams(search);
  const settings: Partial<TabSettings> = {};
  const site = params.get('site');
  const list = params.get('list')?.trim();
  const plan = params.get('plan')?.trim();
  const siteAddress = site === null ? null : normalizeSiteAddress(site);
  if (siteAddress) settings.site = siteAddress;
  if (list) settings.list = list;
  if (plan) settings.plan = plan;
  return settings;
}

/** The content URL a configured channel tab opens: the tab's own page with its settings. */
export function buildContentUrl(pageOrigin: string, settings: TabSettings): string {
  const url = new URL('/', pageOrigin);
  url.searchParams.set('site', settings.site);
  url.searchParams.set('list', settings.list);
  const plan = settings.plan?.trim();
  if (plan) url.searchParams.set('plan', plan);
  return url.toString();
}

/**
 * Which list the tab shows. A configured channel tab's own settings win; then, in a channel,
 * the team's own SharePoint site (issue 5: "the default site is the team's own"); then the
 * site from VITE_SITE (the personal tab's and the standalone page's only source). The demo
 * honours a tab's settings the same way (a list created on its configuration page shows), and
 * otherwise shows the emulator's demo list.
 */
export function resolveListLocation(
  config: AppConfig,
  host: HostContext,
  tab: Partial<TabSettings>,
): ListLocationChoice {
  const list = tab.list ?? config.list;
  if (tab.site) return { site: tab.site, list, source: 'tab' };
  if (config.mode === 'demo') return { site: config.site, list, source: 'demo' };
  if (host.mode === 'hosted' && host.teamSite) {
    return { site: host.teamSite, list, source: 'team-site' };
  }
  if (config.site) return { site: config.site, list, source: 'config' };
  return { site: null, list, source: 'none' };
}
