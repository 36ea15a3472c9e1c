// The host side of teams-js' protocol, as Teams, Outlook or the Microsoft 365 app speak it to a
// tab. Learnt from teams-js 2.58 (src/internal/communication.js, appHelpers.js,
// nestedAppAuthUtils.js, public/app/app.js, public/authentication.js, pages/config.js) and
// MSAL 5.30's NAA bridge (src/naa/BridgeProxy.ts and its envelopes):
// - the tab sends requests `{ id, uuid, func, args, … }`; in a frame with postMessage to its
//   parent, in a phone's web view (no frame) as JSON through `window.nativeInterface
//   .framelessPostMessage`, answered through `window.onNativeMessage`;
// - the host answers `{ id, uuid, args }` for requests that wait for an answer and notifies
//   `{ func, args }` on its own (themeChange, settings.save, …);
// - `initialize` is answered `[frameContext, hostClientType, sdkVersion, runtimeConfig]`: the
//   runtime configuration (JSON) is the FOURTH argument; teams-js injects its NAA bridge
//   (`window.nestedAppAuthBridge`) only when that configuration has `supports.nestedAppAuth`;
// - through that bridge MSAL sends `nestedAppAuth.execute` requests whose `data` is a
//   NestedAppAuthRequest (GetInitContext, GetToken, GetTokenPopup); the host answers with
//   `args[1]` a NestedAppAuthResponse. A phone's host offers `window.nestedAppAuthBridge` itself;
// - `authentication.authenticate` [url, width, height]: the host opens a window at url, whose
//   own teams-js (frame context `authentication`) reports `authentication.authenticate.success`
//   or `.failure`; the host closes it and answers the tab `[success, resultOrReason]`.
//
// installTeamsHost runs IN THE BROWSER (page.evaluate or an init script serialises it): it must
// not use anything outside its own body.

/** What Teams answers to `getContext`: teams-js' v1 ("legacy") context, which it maps to app.Context. */
export type LegacyContext = {
  locale: string;
  theme: 'default' | 'dark' | 'contrast';
  hostName: string;
  hostClientType: string;
  frameContext: 'content' | 'settings';
  entityId: string;
  subEntityId?: string;
  /** The app's id from its manifest (teams-js maps it to `app.appId`). */
  appId?: string;
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

/** How the fake NAA bridge answers a silent request (GetToken). */
export type SilentAnswer = 'token' | 'interaction-required' | 'account-unavailable' | 'disabled';
/** How it answers an interactive one (GetTokenPopup). */
export type PopupAnswer = 'token' | 'cancel' | 'redirect-uri-mismatch';

export type HostScenario = {
  tabUrl: string;
  context: LegacyContext;
  /**
   * `answer` at once, `hold` until the test calls `answerInitialize()` (a slow host), `never`
   * (a web page that frames the tab).
   */
  initialize?: 'answer' | 'hold' | 'never';
  /** The host offers Nested App Authentication (runtime `supports.nestedAppAuth`, NAA recommended). */
  naa?: boolean;
  /** A phone: no frame; the tab is the page, and the host speaks through `nativeInterface`. */
  frameless?: boolean;
  bridge?: { silent?: SilentAnswer; popup?: PopupAnswer };
};

/** What the test reads and drives through `window.teamsHost`. */
export type TeamsHostControl = {
  /** Every request the tab sent, in order. */
  received: { func: string; args: unknown[] }[];
  /** Every request MSAL sent through the NAA bridge: its method and scopes. */
  bridgeRequests: { method: string; scope: string | null }[];
  /** The URLs the host opened its authentication window at. */
  authWindows: string[];
  /** The channel tab's settings as the tab last saved them (settings.setSettings). */
  savedSettings: Record<string, unknown> | null;
  bridge: { silent: SilentAnswer; popup: PopupAnswer };
  changeTheme(theme: string): void;
  /** Presses Save in the channel tab's configuration dialog. */
  pressSave(): void;
  /** Answers the `initialize` the host has been holding back. */
  answerInitialize(): void;
};

export function installTeamsHost(scenario: HostScenario): void {
  type Message = {
    id?: number;
    uuid?: unknown;
    uuidAsString?: string;
    func?: unknown;
    args?: unknown[];
    data?: unknown;
  };
  type Target = { post(message: Record<string, unknown>): void };

  let tab: Target = { post: () => undefined };
  const context = scenario.context;
  const tabOrigin = new URL(scenario.tabUrl).origin;
  const runtime = (frameContext: string) =>
    JSON.stringify({
      apiVersion: 4,
      isNAAChannelRecommended: scenario.naa === true && frameContext !== 'authentication',
      supports: {
        app: {},
        appInstallDialog: {},
        pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, tabs: {} },
        teamsCore: {},
        ...(scenario.naa ? { nestedAppAuth: {} } : {}),
      },
    });

  const control: TeamsHostControl = {
    received: [],
    bridgeRequests: [],
    authWindows: [],
    savedSettings: null,
    bridge: {
      silent: scenario.bridge?.silent ?? 'token',
      popup: scenario.bridge?.popup ?? 'token',
    },
    changeTheme(theme) {
      tab.post({ func: 'themeChange', args: [theme] });
    },
    pressSave() {
      tab.post({ func: 'settings.save', args: [{}] });
    },
    answerInitialize() {
      const held = heldInitialize;
      heldInitialize = null;
      held?.();
    },
  };
  (window as unknown as { teamsHost: TeamsHostControl }).teamsHost = control;
  let heldInitialize: (() => void) | null = null;

  // --- the fake NAA bridge: MSAL's envelopes, answered as a host's broker would ---
  const base64url = (text: string) =>
    btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const oid = context.userObjectId ?? '00000000-0000-4000-8000-000000000001';
  const tid = context.tid ?? '00000000-0000-4000-8000-000000000002';
  const username = context.loginHint ?? 'user@contoso.no';
  const name = context.userDisplayName ?? 'Test User';
  let issued = 0;
  const tokenAnswer = (kind: 'silent' | 'popup', scope: string, clientId: string) => {
    issued += 1;
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      aud: clientId,
      iss: `https://login.microsoftonline.com/${tid}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      name,
      oid,
      preferred_username: username,
      sub: oid,
      tid,
      ver: '2.0',
    };
    return {
      token: {
        access_token: `naa-${kind}-token-${issued}`,
        expires_in: 3600,
        id_token: `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.sig`,
        properties: null,
        scope,
      },
      account: {
        environment: 'login.microsoftonline.com',
        homeAccountId: `${oid}.${tid}`,
        localAccountId: oid,
        tenantId: tid,
        username,
        name,
      },
    };
  };
  const bridgeAnswer = (requestJson: string): string | null => {
    let request: {
      messageType?: string;
      method?: string;
      requestId?: string;
      tokenParams?: { scope?: string; clientId?: string };
    };
    try {
      request = JSON.parse(requestJson) as typeof request;
    } catch {
      return null;
    }
    if (request.messageType !== 'NestedAppAuthRequest') return null;
    const scope = request.tokenParams?.scope ?? null;
    control.bridgeRequests.push({ method: request.method ?? '', scope });
    const envelope = (body: Record<string, unknown>) =>
      JSON.stringify({
        messageType: 'NestedAppAuthResponse',
        requestId: request.requestId,
        ...body,
      });
    const fail = (error: Record<string, unknown>) => envelope({ success: false, error });
    const clientId = request.tokenParams?.clientId ?? '';
    switch (request.method) {
      case 'GetInitContext':
        return envelope({
          success: true,
          initContext: { sdkName: 'teams-test-host', sdkVersion: '2.58.0', capabilities: {} },
        });
      case 'GetToken':
        switch (control.bridge.silent) {
          case 'token':
            return envelope({ success: true, ...tokenAnswer('silent', scope ?? '', clientId) });
          case 'interaction-required':
            return fail({
              status: 'USER_INTERACTION_REQUIRED',
              code: 'invalid_grant',
              description: 'AADSTS50076: Due to a configuration change you must sign in again.',
            });
          case 'account-unavailable':
            return fail({ status: 'ACCOUNT_UNAVAILABLE' });
          default:
            return fail({ status: 'DISABLED' });
        }
      case 'GetTokenPopup':
        switch (control.bridge.popup) {
          case 'token':
            // Signed in now: the host has the account for silent requests from here on.
            control.bridge.silent = 'token';
            return envelope({ success: true, ...tokenAnswer('popup', scope ?? '', clientId) });
          case 'cancel':
            return fail({ status: 'USER_CANCEL' });
          default:
            return fail({
              status: 'PERSISTENT_ERROR',
              code: 'invalid_request',
              description: `AADSTS50011: The redirect URI 'brk-multihub://${new URL(tabOrigin).host}' specified in the request does not match the redirect URIs configured for the application.`,
            });
        }
      default:
        return fail({ status: 'PERSISTENT_ERROR', code: 'unsupported_method' });
    }
  };

  // --- the host's authentication window (authentication.authenticate) ---
  const openAuthWindow = (url: string, answer: (success: boolean, result: string) => void) => {
    control.authWindows.push(url);
    const popup = window.open(url, '_blank', 'width=600,height=640');
    if (!popup) {
      answer(false, 'FailedToOpenWindow');
      return;
    }
    let done = false;
    const finish = (success: boolean, result: string) => {
      if (done) return;
      done = true;
      clearInterval(watch);
      window.removeEventListener('message', listener);
      answer(success, result);
    };
    const watch = setInterval(() => {
      if (popup.closed) finish(false, 'CancelledByUser');
    }, 250);
    const target: Target = { post: (message) => popup.postMessage(message, tabOrigin) };
    const listener = (event: MessageEvent) => {
      if (event.source !== popup || event.origin !== tabOrigin) return;
      const message = event.data as Message;
      if (typeof message?.func !== 'string') return;
      const respond = (...args: unknown[]) =>
        target.post({
          id: message.id,
          uuid: message.uuid,
          uuidAsString: message.uuidAsString,
          args,
        });
      switch (message.func) {
        case 'initialize':
          respond('authentication', context.hostClientType, '2.58.0', runtime('authentication'));
          return;
        case 'getContext':
          respond({ ...context, frameContext: 'authentication' });
          return;
        case 'authentication.authenticate.success':
          finish(true, String(message.args?.[0] ?? ''));
          return;
        case 'authentication.authenticate.failure':
          finish(false, String(message.args?.[0] ?? ''));
          return;
        default:
          return;
      }
    };
    window.addEventListener('message', listener);
  };

  // --- the tab's requests ---
  const handle = (message: Message, target: Target) => {
    if (typeof message !== 'object' || message === null || typeof message.func !== 'string') return;
    const args = message.args ?? [];
    control.received.push({ func: message.func, args });
    const respond = (...answer: unknown[]) =>
      target.post({
        id: message.id,
        uuid: message.uuid,
        uuidAsString: message.uuidAsString,
        args: answer,
      });

    switch (message.func) {
      case 'initialize': {
        if (scenario.initialize === 'never') return;
        const answer = () =>
          respond(
            context.frameContext,
            context.hostClientType,
            '2.58.0',
            runtime(context.frameContext),
          );
        if (scenario.initialize === 'hold') heldInitialize = answer;
        else answer();
        return;
      }
      case 'getContext':
        respond(context);
        return;
      case 'settings.getSettings':
        respond(control.savedSettings ?? { contentUrl: '' });
        return;
      case 'settings.setSettings':
        control.savedSettings = (args[0] as Record<string, unknown> | undefined) ?? null;
        // [success, reason]
        respond(true);
        return;
      case 'nestedAppAuth.execute': {
        const answer = typeof message.data === 'string' ? bridgeAnswer(message.data) : null;
        if (answer !== null) respond(null, answer);
        return;
      }
      case 'authentication.authenticate':
        openAuthWindow(String(args[0]), (success, result) => respond(success, result));
        return;
      default:
        // One-way messages (registerHandler, settings.setValidityState, settings.save.success,
        // appInitialization.*) need no answer.
        return;
    }
  };

  if (scenario.frameless) {
    // A phone: this script runs in the tab's own window before its code does.
    type NativeWindow = Window & {
      nativeInterface?: { framelessPostMessage(json: string): void };
      onNativeMessage?: (event: { data: unknown }) => void;
      nestedAppAuthBridge?: unknown;
    };
    const native = window as NativeWindow;
    tab = {
      post: (message) => queueMicrotask(() => native.onNativeMessage?.({ data: message })),
    };
    native.nativeInterface = {
      framelessPostMessage(json) {
        handle(JSON.parse(json) as Message, tab);
      },
    };
    if (scenario.naa) {
      // The phone's host offers the bridge itself (teams-js does not polyfill it without a frame).
      const listeners = new Set<(response: string) => void>();
      native.nestedAppAuthBridge = {
        addEventListener: (_event: string, listener: (response: string) => void) =>
          listeners.add(listener),
        removeEventListener: (_event: string, listener: (response: string) => void) =>
          listeners.delete(listener),
        postMessage(json: string) {
          const answer = bridgeAnswer(json);
          if (answer !== null) {
            queueMicrotask(() => listeners.forEach((listener) => listener(answer)));
          }
        },
      };
    }
    return;
  }

  const iframe = document.createElement('iframe');
  iframe.title = 'Tab';
  iframe.style.width = '1000px';
  iframe.style.height = '700px';
  iframe.src = scenario.tabUrl;
  tab = { post: (message) => iframe.contentWindow?.postMessage(message, tabOrigin) };
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== tabOrigin) return;
    handle(event.data as Message, tab);
  });
  document.body.append(iframe);
}
