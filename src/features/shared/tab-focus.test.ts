// @vitest-environment happy-dom
import { focusManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchTabFocus } from './tab-focus';

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  focusManager.setEventListener(watchTabFocus);
  focusManager.setFocused(undefined);
  setVisibility('visible');
});

/** A query as the tab's plan is read (always stale, refetched on focus), counting its reads. */
async function watchedQuery() {
  focusManager.setEventListener(watchTabFocus);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.mount();
  const read = vi.fn(async () => 'plan');
  const observer = new QueryObserver(client, { queryKey: ['plan'], queryFn: read });
  const unsubscribe = observer.subscribe(() => undefined);
  await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
  return {
    read,
    stop: () => {
      unsubscribe();
      client.unmount();
    },
  };
}

describe('watchTabFocus', () => {
  it('reads again each time the user comes back to the window, not only the first time', async () => {
    const { read, stop } = await watchedQuery();
    for (const reads of [2, 3, 4]) {
      window.dispatchEvent(new Event('blur'));
      window.dispatchEvent(new Event('focus'));
      await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(reads));
    }
    stop();
  });

  it('reads again when a hidden tab is shown, and not while it is hidden', async () => {
    const { read, stop } = await watchedQuery();
    setVisibility('hidden');
    window.dispatchEvent(new Event('focus'));
    expect(focusManager.isFocused()).toBe(false);
    setVisibility('visible');
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    setVisibility('hidden');
    setVisibility('visible');
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(3));
    stop();
  });

  it('counts a window that only lost focus as still there: its timer keeps refreshing', () => {
    const told: boolean[] = [];
    const stopWatching = watchTabFocus((focused) => told.push(focused));
    window.dispatchEvent(new Event('blur'));
    expect(told).toEqual([]);
    window.dispatchEvent(new Event('focus'));
    expect(told).toEqual([false, true]);
    stopWatching();
    window.dispatchEvent(new Event('focus'));
    expect(told).toEqual([false, true]);
  });
});
