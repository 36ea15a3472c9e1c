import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { forgetOwner, useMessages } from '../features/shared';
import { appMessages } from './app-messages';
import type { AuthSession } from './auth-session';
import { browserStorage } from './browser-storage';

/**
 * "Logg av" where the tab runs on a page of its own: what the browser kept for the user (drafts,
 * memo texts) goes first, so the next person on a shared PC finds none of it, then Entra ID ends
 * the session and sends the browser back to the tab.
 */
export function SignOutButton({ session, owner }: { session: AuthSession; owner: string }) {
  const t = useMessages(appMessages);
  const [busy, setBusy] = useState(false);
  const signOut = () => {
    setBusy(true);
    forgetOwner(browserStorage('localStorage'), owner);
    session.auth.signOut().catch(() => setBusy(false));
  };
  return (
    <Button onClick={signOut} disabledFocusable={busy}>
      {t.signOut}
    </Button>
  );
}
