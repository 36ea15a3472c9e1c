import { useEffect } from 'react';

/** How often an open, visible tab reads the plan again, so several windows see one another's saves. */
export const REFRESH_INTERVAL_MS = 15_000;

/**
 * Calls `refresh` when the window gets focus or becomes visible again, and every
 * REFRESH_INTERVAL_MS while the page is visible (a hidden Teams tab makes no requests).
 */
export function useLiveRefresh(
  refresh: () => void,
  intervalMs: number = REFRESH_INTERVAL_MS,
): void {
  useEffect(() => {
    const refreshIfVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const timer = window.setInterval(refreshIfVisible, intervalMs);
    window.addEventListener('focus', refreshIfVisible);
    document.addEventListener('visibilitychange', refreshIfVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refreshIfVisible);
      document.removeEventListener('visibilitychange', refreshIfVisible);
    };
  }, [refresh, intervalMs]);
}
