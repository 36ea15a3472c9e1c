import { useEffect } from 'react';
import { useMessages } from '../features/shared';
import { appMessages, type PageView } from './app-messages';

/**
 * The document's title names the view in the user's language («Oppfølging – Eksporter notat»):
 * it is what a screen reader announces first and what the browser tab and window list show.
 * Only the app's views call this (Shell, ConfigureView, StartupPage), one place per view.
 */
export function usePageTitle(view: PageView): void {
  const title = useMessages(appMessages).pageTitle(view);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
