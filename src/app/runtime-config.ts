// Where the tab finds its data. Demo mode is the only mode for now; the Teams/tenant mode
// (src/platform) will provide the same shape from its own configuration, so this is the one
// place that decides it.

export type RuntimeConfig = {
  mode: 'demo';
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
 * Demo mode talks to `<this origin>/v1.0`: the dev and preview servers proxy it to the
 * emulator (vite.config.ts), so the tab needs no CORS and no knowledge of the emulator's port.
 */
export function readRuntimeConfig(location: Pick<Location, 'origin'>): RuntimeConfig {
  return {
    mode: 'demo',
    graphBaseUrl: `${location.origin}/v1.0`,
    site: 'demo.sharepoint.com:/sites/hum',
    list: 'Oppfølgingstiltak',
    caseNumber: DEMO_CASE_NUMBER,
  };
}
