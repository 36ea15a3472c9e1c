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
  /**
   * The follow-up plan set for the tab (the channel tab's `plan` setting, or `?plan=`): only its
   * measures are read. Null: the whole list is read and the user picks among its plans.
   */
  caseNumber: string | null;
};

/** The same in demo mode and in a tenant: the emulator's list may hold several plans too. */
export function toRuntimeConfig(config: AppConfig, location: TabSettings): RuntimeConfig {
  return {
    mode: config.mode,
    graphBaseUrl: config.graphBaseUrl,
    site: location.site,
    list: location.list,
    caseNumber: location.plan ?? null,
  };
}
