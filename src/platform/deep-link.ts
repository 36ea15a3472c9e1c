// Teams deep links to the tab (pure). A deep link carries one string to the tab, the
// `subEntityId` of its context, which the tab reads back as `page.subPageId`: either a measure's
// id (as links to a measure always were) or, after the prefix below, a manager's view as the
// query string the page's own address uses.

/** Marks a sub-entity that is a view, not a measure id (item ids are digits, never this). */
export const VIEW_SUB_ENTITY_PREFIX = 'view?';

export type SubEntity = { kind: 'measure'; id: string } | { kind: 'view'; query: string };

/** The sub-entity for a view given as its query string (`units=…&layout=table`). */
export function viewSubEntity(query: string): string {
  return `${VIEW_SUB_ENTITY_PREFIX}${query}`;
}

/** What a deep link's sub-entity asks the tab to show; null for none. */
export function readSubEntity(subEntityId: string | null): SubEntity | null {
  if (subEntityId === null || subEntityId === '') return null;
  if (subEntityId.startsWith(VIEW_SUB_ENTITY_PREFIX)) {
    return { kind: 'view', query: subEntityId.slice(VIEW_SUB_ENTITY_PREFIX.length) };
  }
  return { kind: 'measure', id: subEntityId };
}

/** The tab as Teams addresses it: the app's id (manifest) and the tab's entity id. */
export type TeamsTab = { appId: string; entityId: string };

/**
 * https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":…}: opens the
 * tab in Teams for whoever gets the link, with the sub-entity in its context.
 */
export function teamsDeepLink(tab: TeamsTab, subEntityId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.appId)}/${encodeURIComponent(tab.entityId)}?context=${context}`;
}
