import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useMessages } from '../features/shared';
import { authErrorMessages, describeAuthError, needsAdministrator } from '../platform';
import { appMessages } from './app-messages';
import { OpenInBrowserLink } from './OpenInBrowserLink';
import type { AuthSession } from './auth-session';
import { useSignIn } from './use-sign-in';

/**
 * Why sign-in failed (popup blocked, consent missing, cancelled, …) and what to do, with a button
 * that signs in again. Drafts are in the browser already, so nothing typed is lost meanwhile.
 */
export function SignInBanner({
  session,
  onSignedIn,
}: {
  session: AuthSession;
  onSignedIn?: () => void;
}) {
  const t = useMessages(appMessages);
  const texts = useMessages(authErrorMessages);
  const { error, busy, signIn } = useSignIn(session, onSignedIn);
  if (!error) return null;
  const text = describeAuthError(texts, error, window.location.host);
  return (
    <MessageBar intent={error.kind === 'user-cancelled' ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle> {text.action} {t.draftsKept}
        {error.kind === 'host-sign-in-unavailable' && (
          <>
            {' '}
            <OpenInBrowserLink />
          </>
        )}
      </MessageBarBody>
      {/* An administrator must fix the registration first: signing in again would fail the same way. */}
      {!needsAdministrator(error.kind) && (
        <MessageBarActions>
          <Button appearance="primary" onClick={signIn} disabledFocusable={busy}>
            {t.signIn}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
