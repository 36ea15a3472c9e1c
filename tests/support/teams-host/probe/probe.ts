// A page that runs the tab's platform modules on their own, so the browser test can see what
// they find out in a real Chromium, framed by the test's Teams host or opened directly.
import { initializeHost } from '../../../../src/platform/host';
import { createTabConfigHost } from '../../../../src/platform/tab-config';

function write(id: string, text: string) {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

async function main() {
  const host = await initializeHost(window, { onSlow: () => write('slow', 'true') });
  const context = host.context;
  write('context', JSON.stringify(context));
  write('theme', context.mode === 'hosted' ? context.theme : '');
  write('sign-in', host.signInChannel);
  host.onThemeChange((theme) => write('theme', theme));

  if (host.sdk && context.mode === 'hosted' && context.frame === 'settings') {
    const tab = createTabConfigHost(host.sdk, {
      pageOrigin: window.location.origin,
      displayName: 'Oppfølging',
    });
    tab.onSave(() => Promise.resolve({ site: context.teamSite ?? '', list: 'Oppfølgingstiltak' }));
    tab.setValid(true);
  }
  document.body.dataset.ready = 'true';
}

void main();
