import { normalizeSiteAddress } from './site-address';

// The tab's configuration, from Vite's build-time environment (`import.meta.env.VITE_…`, see
// .env.example). The caller passes the env object in, so this stays a pure function. The demo
// (the local emulator, anyone may act as any unit) is a deliberate choice: the dev server of
// `npm start`, or a build with VITE_DEMO=true for a hosted demo. A production build without a
// tenant's settings is not a demo by accident: it says what to configure.

/** The variables this module reads; the problem messages name them so an admin knows what to set. */
export type ConfigVariable =
  | 'VITE_CLIENT_ID'
  | 'VITE_TENANT_ID'
  | 'VITE_SITE'
  | 'VITE_LIST'
  | 'VITE_SCOPES'
  | 'VITE_GRAPH_BASE_URL'
  | 'VITE_DEMO';

/** `import.meta.env`, or any object shaped like it (Vite adds booleans such as DEV and PROD). */
export type ConfigEnv = Readonly<Record<string, string | boolean | undefined>>;

export type DemoConfig = {
  mode: 'demo';
  /** Graph v1.0 base URL without a trailing slash: the emulator, behind the page's own origin. */
  graphBaseUrl: string;
  site: string;
  list: string;
};

export type TenantConfig = {
  mode: 'tenant';
  clientId: string;
  /** A tenant GUID or domain, or `organizations` for a multi-tenant registration. */
  tenantId: string;
  /** `https://login.microsoftonline.com/<tenant>`. */
  authority: string;
  /**
   * The site from VITE_SITE, or null: then the channel tab's own settings or the team's
   * SharePoint site decide (see resolveListLocation in tab-settings.ts).
   */
  site: string | null;
  list: string;
  /** Full scope URIs (`https://graph.microsoft.com/Sites.ReadWrite.All`). */
  scopes: readonly string[];
  graphBaseUrl: string;
};

export type AppConfig = DemoConfig | TenantConfig;

/** One thing wrong with the configuration, in both of the UI's languages. */
export type ConfigProblem = {
  variable: ConfigVariable;
  /** What was set, or null when the variable is missing. */
  value: string | null;
  message: { nb: string; en: string };
};

export type ConfigResult =
  { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] };

export const DEFAULT_LIST = 'Oppfølgingstiltak';
export const DEFAULT_SCOPES = 'Sites.ReadWrite.All';
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const DEMO_SITE = 'demo.sharepoint.com:/sites/hum';

const GRAPH_RESOURCE = 'https://graph.microsoft.com';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
/** Scopes Entra ID takes without a resource prefix (OpenID Connect). */
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);
const SHORT_SCOPE = /^(?:[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*|\.default)$/;
// SharePoint's limit on a list's title.
const MAX_LIST_TITLE = 255;

/** Reads and checks the configuration; lists every problem at once, not just the first. */
export function readConfig(env: ConfigEnv, location: Pick<Location, 'origin'>): ConfigResult {
  const clientId = readVariable(env, 'VITE_CLIENT_ID');
  const tenantId = readVariable(env, 'VITE_TENANT_ID');
  const site = readVariable(env, 'VITE_SITE');

  if (clientId === null && tenantId === null && site === null) {
    if (!demoChosen(env)) return { ok: false, problems: [notConfigured()] };
    return {
      ok: true,
      config: {
        mode: 'demo',
        graphBaseUrl: `${location.origin}/v1.0`,
        site: DEMO_SITE,
        list: DEFAULT_LIST,
      },
    };
  }

  const problems: ConfigProblem[] = [];
  const report = (problem: ConfigProblem | null) => {
    if (problem) problems.push(problem);
  };

  report(checkClientId(clientId));
  report(checkTenantId(tenantId));
  const siteAddress = site === null ? null : normalizeSiteAddress(site);
  if (site !== null && siteAddress === null) report(siteProblem(site));
  const list = readVariable(env, 'VITE_LIST') ?? DEFAULT_LIST;
  report(checkList(list));
  const scopes = readScopes(readVariable(env, 'VITE_SCOPES') ?? DEFAULT_SCOPES);
  report(scopes.problem);
  const graphBaseUrl = readGraphBaseUrl(
    readVariable(env, 'VITE_GRAPH_BASE_URL') ?? DEFAULT_GRAPH_BASE_URL,
  );
  report(graphBaseUrl.problem);

  if (problems.length > 0 || clientId === null || tenantId === null) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    config: {
      mode: 'tenant',
      clientId,
      tenantId,
      authority: `https://login.microsoftonline.com/${tenantId}`,
      site: siteAddress,
      list,
      scopes: scopes.value,
      graphBaseUrl: graphBaseUrl.value,
    },
  };
}

/**
 * Turns scope names as an admin writes them (`Sites.ReadWrite.All, Lists.SelectedOperations.Selected`)
 * into the full URIs Entra ID expects. Full URIs and OpenID scopes are kept as they are.
 */
export function toScopeUris(names: readonly string[]): string[] {
  return names.map((name) =>
    OIDC_SCOPES.has(name) || name.includes('://') ? name : `${GRAPH_RESOURCE}/${name}`,
  );
}

/** `npm start` (Vite's dev server) or VITE_DEMO=true; a production build never falls into it. */
function demoChosen(env: ConfigEnv): boolean {
  return env.DEV === true || readVariable(env, 'VITE_DEMO')?.toLowerCase() === 'true';
}

function notConfigured(): ConfigProblem {
  return {
    variable: 'VITE_CLIENT_ID',
    value: null,
    message: {
      nb: 'Bygget har ingen innstillinger for en Microsoft 365-leietaker. Sett VITE_CLIENT_ID og VITE_TENANT_ID fra appregistreringen i Microsoft Entra ID og bygg på nytt. Vil du vise demoen med eksempeldata, bygg med VITE_DEMO=true.',
      en: 'The build has no settings for a Microsoft 365 tenant. Set VITE_CLIENT_ID and VITE_TENANT_ID from the app registration in Microsoft Entra ID and build again. To show the demo with sample data, build with VITE_DEMO=true.',
    },
  };
}

/** Empty strings count as unset: Vite gives `''` for a line like `VITE_SITE=`. */
function readVariable(env: ConfigEnv, name: ConfigVariable): string | null {
  const value = env[name];
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function checkClientId(value: string | null): ConfigProblem | null {
  if (value === null) {
    return {
      variable: 'VITE_CLIENT_ID',
      value,
      message: {
        nb: 'VITE_CLIENT_ID mangler. Sett den til «Application (client) ID» fra appregistreringen i Microsoft Entra ID (en GUID), eller fjern VITE_TENANT_ID og VITE_SITE og bygg med VITE_DEMO=true for å kjøre demoen.',
        en: 'VITE_CLIENT_ID is missing. Set it to the "Application (client) ID" of the app registration in Microsoft Entra ID (a GUID), or remove VITE_TENANT_ID and VITE_SITE and build with VITE_DEMO=true to run the demo.',
      },
    };
  }
  if (!GUID.test(value)) {
    return {
      variable: 'VITE_CLIENT_ID',
      value,
      message: {
        nb: `VITE_CLIENT_ID er «${value}», som ikke er en GUID. Sett den til «Application (client) ID» fra appregistreringens oversiktsside, for eksempel 00000000-0000-0000-0000-000000000000.`,
        en: `VITE_CLIENT_ID is "${value}", which is not a GUID. Set it to the "Application (client) ID" on the app registration's overview page, for example 00000000-0000-0000-0000-000000000000.`,
      },
    };
  }
  return null;
}

function checkTenantId(value: string | null): ConfigProblem | null {
  if (value === null) {
    return {
      variable: 'VITE_TENANT_ID',
      value,
      message: {
        nb: 'VITE_TENANT_ID mangler. Sett den til «Directory (tenant) ID» fra appregistreringen (en GUID) eller leietakerens domene, for eksempel contoso.onmicrosoft.com.',
        en: 'VITE_TENANT_ID is missing. Set it to the "Directory (tenant) ID" of the app registration (a GUID) or the tenant\'s domain, for example contoso.onmicrosoft.com.',
      },
    };
  }
  if (GUID.test(value) || TENANT_DOMAIN.test(value) || value === 'organizations') return null;
  return {
    variable: 'VITE_TENANT_ID',
    value,
    message: {
      nb: `VITE_TENANT_ID er «${value}», som verken er en GUID eller et domene. Sett den til «Directory (tenant) ID» fra appregistreringen, for eksempel 00000000-0000-0000-0000-000000000000, eller contoso.onmicrosoft.com.`,
      en: `VITE_TENANT_ID is "${value}", which is neither a GUID nor a domain. Set it to the "Directory (tenant) ID" of the app registration, for example 00000000-0000-0000-0000-000000000000, or contoso.onmicrosoft.com.`,
    },
  };
}

function siteProblem(value: string): ConfigProblem {
  return {
    variable: 'VITE_SITE',
    value,
    message: {
      nb: `VITE_SITE er «${value}», som ikke er en SharePoint-adresse. Sett den til nettstedets adresse, for eksempel https://contoso.sharepoint.com/sites/hum eller contoso.sharepoint.com:/sites/hum, eller fjern den for å bruke teamets eget nettsted.`,
      en: `VITE_SITE is "${value}", which is not a SharePoint address. Set it to the site's address, for example https://contoso.sharepoint.com/sites/hum or contoso.sharepoint.com:/sites/hum, or remove it to use the team's own site.`,
    },
  };
}

function checkList(value: string): ConfigProblem | null {
  if (value.length <= MAX_LIST_TITLE) return null;
  return {
    variable: 'VITE_LIST',
    value,
    message: {
      nb: `VITE_LIST er lengre enn ${MAX_LIST_TITLE} tegn. Sett den til listens tittel slik den vises i SharePoint, for eksempel ${DEFAULT_LIST}.`,
      en: `VITE_LIST is longer than ${MAX_LIST_TITLE} characters. Set it to the list's title as SharePoint shows it, for example ${DEFAULT_LIST}.`,
    },
  };
}

function readScopes(value: string): { value: string[]; problem: ConfigProblem | null } {
  const names = value.split(/[\s,]+/).filter((name) => name !== '');
  const invalid = names.filter((name) => !isScopeName(name));
  if (names.length === 0 || invalid.length > 0) {
    const shown = invalid.length > 0 ? invalid.join(', ') : value;
    return {
      value: [],
      problem: {
        variable: 'VITE_SCOPES',
        value,
        message: {
          nb: `VITE_SCOPES inneholder noe som ikke er et tillatelsesnavn: «${shown}». Sett den til Microsoft Graph-tillatelser skilt med komma eller mellomrom, for eksempel ${DEFAULT_SCOPES}, eller fjern den for standardverdien.`,
          en: `VITE_SCOPES contains something that is not a permission name: "${shown}". Set it to Microsoft Graph permissions separated by commas or spaces, for example ${DEFAULT_SCOPES}, or remove it for the default.`,
        },
      },
    };
  }
  return { value: toScopeUris(names), problem: null };
}

function isScopeName(name: string): boolean {
  if (OIDC_SCOPES.has(name) || SHORT_SCOPE.test(name)) return true;
  if (!name.includes('://')) return false;
  try {
    const url = new URL(name);
    return url.protocol === 'https:' || url.protocol === 'api:';
  } catch {
    return false;
  }
}

function readGraphBaseUrl(value: string): { value: string; problem: ConfigProblem | null } {
  if (isGraphBaseUrl(value)) return { value: value.replace(/\/+$/, ''), problem: null };
  return {
    value: '',
    problem: {
      variable: 'VITE_GRAPH_BASE_URL',
      value,
      message: {
        nb: `VITE_GRAPH_BASE_URL er «${value}», som ikke er en https-adresse. Fjern den for å bruke ${DEFAULT_GRAPH_BASE_URL}, eller sett den til en annen Graph-adresse (http er bare tillatt for localhost).`,
        en: `VITE_GRAPH_BASE_URL is "${value}", which is not an https address. Remove it to use ${DEFAULT_GRAPH_BASE_URL}, or set it to another Graph address (http is allowed for localhost only).`,
      },
    },
  };
}

function isGraphBaseUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.search !== '' || url.hash !== '') return false;
  if (url.protocol === 'https:') return true;
  // A local Graph (the emulator) during development.
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
