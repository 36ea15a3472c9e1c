import type { AppConfig, TabSettings } from '../platform';

// What the running tab works on: the checked configuration (src/platform/config.ts) with the
// list location already decided (resolveListLocation: the channel tab's settings, the team's
// site, VITE_SITE, or the demo's).

export type RuntimeConfig = {
  /** demo: the local emulator without sign-in; tenant: Microsoft Graph with MSAL. */
  mode: 'demo' | 'tenant';
  /** Graph v1.0 base URL, without a trailing slash. */
  graphBaseUrl: string;
  /** The SharePoint site: an id, or `hostname:/server-relative-path`. */
  site: string;
  /** The measures list: its title (as people see it in SharePoint) or id. */
  list: string;
  /** The follow-up plan shown: the list's CaseNumber, or null for every item in the list. */
  caseNumber: string | null;
};

/** The demo plan: the IOM follow-up plan of 2011 in the local Graph emulator. */
export const DEMO_CASE_NUMBER = '11/10298';

/**
 * A tenant's list may hold several plans; without a way to pick one yet the tab shows them all
 * (grouped by section, as the memo is). The demo shows its one plan.
 */
export function toRuntimeConfig(config: AppConfig, location: TabSettings): RuntimeConfig {
  return {
    mode: config.mode,
    graphBaseUrl: config.graphBaseUrl,
    site: location.site,
    list: location.list,
    caseNumber: config.mode === 'demo' ? DEMO_CASE_NUMBER : null,
  };
}
