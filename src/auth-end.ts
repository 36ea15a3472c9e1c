// The host's authentication window, last page: completes the redirect and hands the token to
// the host. See src/platform/auth-window.ts.
import { runAuthEnd } from './platform/auth-window-pages';
import { showAuthWindowStatus } from './auth-window-status';

void runAuthEnd({ window, env: import.meta.env, showStatus: showAuthWindowStatus });
