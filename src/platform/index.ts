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
  DEFAULT_HOST_TIMEOUT_MS,
  type Host,
  type HostContext,
  type HostedContext,
  type HostTheme,
  type StandaloneContext,
  type TeamsSdk,
} from './host';
export { languageFromLocale, themeFromHost, type HostUser } from './host-context';
export {
  createAuth,
  msalClientFactory,
  redirectBridgeUri,
  AuthError,
  isAuthError,
  toAuthError,
  type Auth,
  type AuthClient,
  type AuthClientFactory,
  type AuthErrorKind,
  type AuthOptions,
  type AuthSettings,
  type SignedInAccount,
} from './auth';
export { authErrorMessages, type AuthErrorText } from './auth-messages';
export {
  buildContentUrl,
  readTabSettings,
  resolveListLocation,
  type ListLocationChoice,
  type TabSettings,
} from './tab-settings';
export { createTabConfigHost, TAB_ENTITY_ID, type TabConfigHost } from './tab-config';
export { normalizeSiteAddress, siteAddressFromUrl } from './site-address';
