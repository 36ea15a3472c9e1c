import { Link } from '@fluentui/react-components';
import { useMessages } from '../features/shared';
import { appMessages } from './app-messages';

/**
 * The way out of a host that cannot run the tab (it does not answer, or cannot sign in): the
 * same page in a window of its own, where it runs standalone with a redirect sign-in. No opener,
 * so the new window does not take the tab's frame for its host.
 */
export function OpenInBrowserLink({ href = window.location.href }: { href?: string }) {
  const t = useMessages(appMessages);
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer">
      {t.openInBrowser} {t.openInBrowserHint}
    </Link>
  );
}
