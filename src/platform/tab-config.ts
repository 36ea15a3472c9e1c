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

export const TAB_ENTITY_ID = 'oppfolging';

export function createTabConfigHost(
  sdk: TeamsSdk,
  options: { pageOrigin: string; displayName: string },
): TabConfigHost {
  return {
    setValid(valid) {
      sdk.pages.config.setValidityState(valid);
    },
    onSave(save) {
      sdk.pages.config.registerOnSaveHandler((event) => {
        save()
          .then((settings) =>
            sdk.pages.config.setConfig({
              entityId: TAB_ENTITY_ID,
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
