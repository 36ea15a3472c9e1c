import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * On the redirect bridge page (MSAL v5): hands Entra ID's answer of a popup or a hidden iframe to
 * the tab's window over a BroadcastChannel and closes, or, for a redirect, goes back to the page
 * that started it.
 */
export function passSignInAnswerOn(): Promise<void> {
  return broadcastResponseToMainFrame();
}
