import { ConfigurePage, type ListSetupOptions } from '../features/configure';
import type { AuthSession } from './auth-session';
import { SignInBanner } from './SignInBanner';
import { usePageTitle } from './use-page-title';

/** The channel tab's configuration page, with the sign-in message above it in a tenant. */
export function ConfigureView({
  session,
  pageOrigin,
  setup,
}: {
  session: AuthSession | null;
  pageOrigin: string;
  setup: ListSetupOptions;
}) {
  usePageTitle('configure');
  return (
    <ConfigurePage
      {...setup}
      pageOrigin={pageOrigin}
      notice={session && <SignInBanner session={session} />}
    />
  );
}
