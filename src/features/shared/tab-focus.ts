// When the user comes back to the tab, for React Query's focusManager: a refresh runs each time.
// The focusManager refetches only when the state it is told changes from away to back, and stops
// the refresh timer while it is told the user is away.

/**
 * Tells `report` whether the user is on the tab: false when the page is hidden, true when it is
 * shown; and a return (false, then true) on every focus event, since Teams brings a tab back with
 * a focus event as often as with visibilitychange. A lost focus alone is not told as leaving: a
 * tab still on screen beside another window (or beside Teams' own panes) keeps refreshing on its
 * timer. Returns what stops listening.
 */
export function watchTabFocus(report: (focused: boolean) => void): () => void {
  const onVisibility = () => report(document.visibilityState !== 'hidden');
  const onFocus = () => {
    if (document.visibilityState === 'hidden') return;
    report(false);
    report(true);
  };
  window.addEventListener('focus', onFocus);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('focus', onFocus);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
