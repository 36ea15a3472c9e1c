import { useCallback, useState } from 'react';
import { fromViewParams, toViewParams, VIEW_PARAMS, type MeasureView } from '../domain';
import { teamsDeepLink, viewSubEntity, type TeamsTab } from '../platform';

/** The page's address with the view in it, the other parameters (plan, measure, …) as they were. */
export function addressWithView(href: string, view: MeasureView): string {
  const url = new URL(href);
  for (const name of VIEW_PARAMS) url.searchParams.delete(name);
  for (const [name, value] of toViewParams(view)) url.searchParams.append(name, value);
  return url.toString();
}

/**
 * The link a manager sends for a view: in Teams, a deep link to the tab with the view in its
 * context (the frame's own address opens nothing for the one who gets it); elsewhere the page's
 * address with the view in it.
 */
export function viewLink(view: MeasureView, teamsTab: TeamsTab | null): string {
  if (!teamsTab) return addressWithView(window.location.href, view);
  const query = new URLSearchParams(toViewParams(view)).toString();
  return teamsDeepLink(teamsTab, viewSubEntity(query));
}

/**
 * The manager's view (filters, search, grouping, layout), kept in the page's address so that a
 * link to it, a reload or the back button gives the same view. The address is replaced, not
 * pushed: each key press in the search box is not a step back.
 */
export function useViewInAddress(
  /** A view from a Teams deep link, shown first instead of the address's. */
  linkedQuery: string | null = null,
): [MeasureView, (view: MeasureView) => void] {
  const [view, setView] = useState(() =>
    fromViewParams(new URLSearchParams(linkedQuery ?? window.location.search)),
  );
  const change = useCallback((next: MeasureView) => {
    setView(next);
    try {
      window.history.replaceState(
        window.history.state,
        '',
        addressWithView(window.location.href, next),
      );
    } catch {
      // A sandboxed frame may refuse: the view still applies to this page.
    }
  }, []);
  return [view, change];
}
