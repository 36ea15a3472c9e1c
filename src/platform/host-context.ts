import type { app } from '@microsoft/teams-js';
import type { Language } from '../domain';
import { siteAddressFromUrl } from './site-address';

// From the host's context (teams-js `app.getContext()`) to what the tab acts on. Pure: the
// teams-js module itself is loaded only when the page is framed (host.ts).

/** The host's themes (TEAMS-NOTES.md): Fluent's teamsLightTheme, teamsDarkTheme, teamsHighContrastTheme. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/**
 * Where the tab was opened: `content` is the tab itself, `settings` the channel tab's
 * configuration page, `other` anything else (a removal page, a dialog).
 */
export type HostFrame = 'content' | 'settings' | 'other';

/** Who the host says is signed in: hints for MSAL's account choice, not proof of identity. */
export type HostUser = {
  loginHint: string | null;
  userPrincipalName: string | null;
  tenantId: string | null;
  displayName: string | null;
};

export type HostedContext = {
  mode: 'hosted';
  /** `Teams`, `Outlook`, `Office`, … (teams-js HostName). */
  hostName: string;
  /** `desktop`, `web`, `android`, `ios`, … (teams-js HostClientType). */
  hostClientType: string;
  language: Language;
  /** The host's locale as given, e.g. `nb-NO`. */
  locale: string;
  theme: HostTheme;
  user: HostUser | null;
  /** The team's own SharePoint site as Graph addresses it (`contoso.sharepoint.com:/sites/team`), in a channel. */
  teamSite: string | null;
  /** The tab's entity id (`page.id`). */
  pageId: string | null;
  /** The app's id from its manifest (`app.appId`), for deep links to the tab; null when not given. */
  appId?: string | null;
  /** A deep link's sub-entity: the id of one measure to open. */
  subPageId: string | null;
  frame: HostFrame;
};

/** Not inside a Microsoft host: opened directly, with no parent frame, opener or native host. */
export type StandaloneContext = {
  mode: 'standalone';
  reason: 'top-level';
};

/**
 * Framed (or in a phone's web view), but the host never answered teams-js: `timed-out` after
 * teams-js' own 60 s, `failed` when teams-js refused to start. The tab cannot run here (a
 * redirect sign-in is refused inside a frame), so it offers to open itself in the browser.
 */
export type UnreachableHostContext = {
  mode: 'unreachable';
  reason: 'timed-out' | 'failed';
};

export type HostContext = HostedContext | StandaloneContext | UnreachableHostContext;

/** Norwegian in any of its forms (bokmål, nynorsk, plain `no`) gets bokmål; everything else English. */
export function languageFromLocale(locale: string | null | undefined): Language {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'nb' || primary === 'nn' || primary === 'no' ? 'nb' : 'en';
}

/** Unknown or missing themes fall back to the light theme. */
export function themeFromHost(theme: string | null | undefined): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

export function frameFromHost(frameContext: string | null | undefined): HostFrame {
  return frameContext === 'content' || frameContext === 'settings' ? frameContext : 'other';
}

/**
 * The parts of `window` that tell whether the page is framed, opened by another window, or shown
 * by a native host: Teams, Outlook and the Microsoft 365 app on phones show a tab without a
 * parent frame and talk to it through `window.nativeInterface` (teams-js' initializeCommunication).
 */
export type FrameWindow = {
  readonly parent: unknown;
  readonly opener: unknown;
  readonly self: unknown;
  readonly nativeInterface?: unknown;
};

/**
 * The page is on its own: no parent frame, no window that opened it, no native host. teams-js
 * would reject at once ("No Parent window found"), so the tab does not load it at all.
 */
export function isStandaloneWindow(win: FrameWindow): boolean {
  return win.parent === win.self && !win.opener && !win.nativeInterface;
}

/** A phone's host (no frame; teams-js speaks to it through `window.nativeInterface`). */
export function isFramelessHost(win: FrameWindow): boolean {
  return win.parent === win.self && !win.opener && Boolean(win.nativeInterface);
}

export function toHostedContext(context: app.Context): HostedContext {
  const user = context.user;
  return {
    mode: 'hosted',
    hostName: context.app.host.name,
    hostClientType: context.app.host.clientType,
    language: languageFromLocale(context.app.locale),
    locale: context.app.locale,
    theme: themeFromHost(context.app.theme),
    user: user
      ? {
          loginHint: user.loginHint ?? null,
          userPrincipalName: user.userPrincipalName ?? null,
          tenantId: user.tenant?.id ?? null,
          displayName: user.displayName ?? null,
        }
      : null,
    teamSite: teamSiteAddress(context.sharePointSite),
    pageId: nonEmpty(context.page.id),
    appId: nonEmpty(context.app.appId?.toString()),
    subPageId: nonEmpty(context.page.subPageId),
    frame: frameFromHost(context.page.frameContext),
  };
}

function teamSiteAddress(site: app.SharePointSiteInfo | undefined): string | null {
  if (!site) return null;
  if (site.teamSiteUrl) return siteAddressFromUrl(site.teamSiteUrl);
  if (site.teamSiteDomain && site.teamSitePath) {
    return siteAddressFromUrl(`https://${site.teamSiteDomain}${site.teamSitePath}`);
  }
  return null;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}
