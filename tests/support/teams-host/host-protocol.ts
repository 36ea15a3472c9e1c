// The host side of teams-js' postMessage protocol, as Teams, Outlook or the Microsoft 365 app
// speak it to a tab in their iframe. Learnt from teams-js 2.x (src/internal/communication.js,
// appHelpers.js, public/app/app.js, pages/config.js):
// - the tab sends requests `{ id, uuidAsString, func, args, … }` to its parent with postMessage;
// - the host answers `{ id, uuidAsString, args }` for requests that wait for an answer;
// - the host notifies `{ func, args }` on its own (themeChange, settings.save, …).
//
// installTeamsHost runs IN THE BROWSER (page.evaluate serialises it): it must not use anything
// outside its own body.

/** What Teams answers to `getContext`: teams-js' v1 ("legacy") context, which it maps to app.Context. */
export type LegacyContext = {
  locale: string;
  theme: 'default' | 'dark' | 'contrast';
  hostName: string;
  hostClientType: string;
  frameContext: 'content' | 'settings';
  entityId: string;
  subEntityId?: string;
  loginHint?: string;
  userPrincipalName?: string;
  userObjectId?: string;
  userDisplayName?: string;
  tid?: string;
  teamId?: string;
  teamName?: string;
  channelId?: string;
  channelName?: string;
  teamSiteUrl?: string;
};

export type HostScenario = {
  tabUrl: string;
  context: LegacyContext;
  /** When false the host never answers `initialize`, like a web page that frames the tab. */
  answers?: boolean;
};

/** What the test reads and drives through `window.teamsHost`. */
export type TeamsHostControl = {
  /** Every request the tab sent, in order. */
  received: { func: string; args: unknown[] }[];
  /** The channel tab's settings as the tab last saved them (settings.setSettings). */
  savedSettings: Record<string, unknown> | null;
  changeTheme(theme: string): void;
  /** Presses Save in the channel tab's configuration dialog. */
  pressSave(): void;
};

export function installTeamsHost(scenario: HostScenario): void {
  const iframe = document.createElement('iframe');
  iframe.title = 'Tab';
  iframe.style.width = '1000px';
  iframe.style.height = '700px';
  iframe.src = scenario.tabUrl;
  const tabOrigin = new URL(scenario.tabUrl).origin;

  // What the host can do (teams-js runtime config, apiVersion 4): the capabilities the tab uses.
  const runtime = JSON.stringify({
    apiVersion: 4,
    supports: {
      app: {},
      appInstallDialog: {},
      pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, tabs: {} },
      teamsCore: {},
    },
  });

  const control: TeamsHostControl = {
    received: [],
    savedSettings: null,
    changeTheme(theme) {
      post({ func: 'themeChange', args: [theme] });
    },
    pressSave() {
      post({ func: 'settings.save', args: [{}] });
    },
  };
  (window as unknown as { teamsHost: TeamsHostControl }).teamsHost = control;

  function post(message: Record<string, unknown>) {
    iframe.contentWindow?.postMessage(message, tabOrigin);
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== tabOrigin) return;
    const message = event.data as {
      id?: number;
      uuidAsString?: string;
      func?: unknown;
      args?: unknown[];
    };
    if (typeof message !== 'object' || message === null || typeof message.func !== 'string') return;
    const args = message.args ?? [];
    control.received.push({ func: message.func, args });
    const respond = (...answer: unknown[]) =>
      post({ id: message.id, uuidAsString: message.uuidAsString, args: answer });

    switch (message.func) {
      case 'initialize':
        if (scenario.answers === false) return;
        // [frameContext, hostClientType, runtimeConfig, clientSupportedSDKVersion]
        respond(scenario.context.frameContext, scenario.context.hostClientType, runtime, '2.58.0');
        return;
      case 'getContext':
        respond(scenario.context);
        return;
      case 'settings.getSettings':
        respond(control.savedSettings ?? { contentUrl: '' });
        return;
      case 'settings.setSettings':
        control.savedSettings = (args[0] as Record<string, unknown> | undefined) ?? null;
        // [success, reason]
        respond(true);
        return;
      default:
        // One-way messages (registerHandler, settings.setValidityState, settings.save.success,
        // appInitialization.*) need no answer.
        return;
    }
  });

  document.body.append(iframe);
}
