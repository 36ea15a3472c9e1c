import type { TeamsSdk } from './host';
import { buildContentUrl, readTabSettings } from './tab-settings';
import type { TabSettings } from './tab-settings';

/** The channel tab's configuration page talking to Teams (TEAMS-NOTES.md, "Configurable channel tab"). */
export type TabConfigHost = {
  /** Enables or disables Teams' Save button. */
  setValid(valid: boolean): void;
  /**
   * What happens when the user presses Save: `save` returns the settings to store (it may first
   * create the list); a rejection keeps the dialog open with its message.
   */
  onSave(save: () => Promise<TabSettings>): void;
  /** The settings saved earlier, when the tab is being reconfigured; empty for a new tab. */
  savedSettings(): Promise<Partial<TabSettings>>;
};

/** The personal tab's entity id (manifest staticTabs). */
export const TAB_ENTITY_ID = 'oppfolging';

/**
 * A new channel tab's entity id: its own, so that a deep link (`/l/entity/<app>/<entityId>`)
 * tells two tabs of one channel apart. At most 64 characters (the manifest's limit).
 */
export function newChannelTabEntityId(uuid: () => string = () => crypto.randomUUID()): string {
  return `${TAB_ENTITY_ID}-${uuid()}`;
}

export function createTabConfigHost(
  sdk: TeamsSdk,
  options: { pageOrigin: string; displayName: string; newEntityId?: () => string },
): TabConfigHost {
  // A tab being reconfigured keeps its entity id: links to it go on working.
  const entityId = async () => {
    try {
      const saved = await sdk.pages.getConfig();
      if (saved.entityId) return saved.entityId;
    } catch {
      // A new tab: nothing saved yet.
    }
    return (options.newEntityId ?? newChannelTabEntityId)();
  };
  return {
    setValid(valid) {
      sdk.pages.config.setValidityState(valid);
    },
    onSave(save) {
      sdk.pages.config.registerOnSaveHandler((event) => {
        Promise.all([save(), entityId()])
          .then(([settings, id]) =>
            sdk.pages.config.setConfig({
              entityId: id,
              contentUrl: buildContentUrl(options.pageOrigin, settings),
              suggestedDisplayName: options.displayName,
            }),
          )
          .then(
            () => event.notifySuccess(),
            (error: unknown) =>
              event.notifyFailure(error instanceof Error ? error.message : String(error)),
          );
      });
    },
    async savedSettings() {
      try {
        const saved = await sdk.pages.getConfig();
        return readTabSettings(new URL(saved.contentUrl).search);
      } catch {
        // A new tab has no configuration yet; some hosts reject, others answer an empty URL.
        return {};
      }
    },
  };
}
