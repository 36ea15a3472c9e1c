export {
  readConfig,
  toScopeUris,
  DEFAULT_LIST,
  DEFAULT_SCOPES,
  DEFAULT_GRAPH_BASE_URL,
  DEMO_SITE,
  type AppConfig,
  type ConfigEnv,
  type ConfigProblem,
  type ConfigResult,
  type DemoConfig,
  type TenantConfig,
} from './config';
export {
  initializeHost,
  DEFAULT_SLOW_HOST_MS,
  type Host,
  type HostContext,
  type HostedContext,
  type HostTheme,
  type SignInChannel,
  type StandaloneContext,
  type TeamsSdk,
  type UnreachableHostContext,
} from './host';
export { hostWindowOpener } from './auth-window-pages';
export { languageFromLocale, themeFromHost, type HostUser } from './host-context';
export {
  createAuth,
  msalClientFactory,
  redirectBridgeUri,
  AuthError,
  isAuthError,
  needsAdministrator,
  toAuthError,
  type Auth,
  type AuthClient,
  type AuthClientFactory,
  type AuthErrorKind,
  type AuthOptions,
  type AuthSettings,
  type SignedInAccount,
} from './auth';
export { authErrorMessages, describeAuthError, type AuthErrorText } from './auth-messages';
export {
  buildContentUrl,
  readTabSettings,
  resolveListLocation,
  type ListLocationChoice,
  type TabSettings,
} from './tab-settings';
export { createTabConfigHost, TAB_ENTITY_ID, type TabConfigHost } from './tab-config';
export { normalizeSiteAddress, siteAddressFromUrl } from './site-address';
export {
  readSubEntity,
  teamsDeepLink,
  viewSubEntity,
  type SubEntity,
  type TeamsTab,
} from './deep-link';
