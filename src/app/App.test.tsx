// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../features/shared';
import type { MeasuresApi } from '../graph/measures-api';
import { seedMeasures } from '../../tests/support/memo/seed-measures';
import type { Auth, Host, HostedContext, HostUser, SignedInAccount } from '../platform';
import { App } from './App';
import { createAuthSession } from './auth-session';
import type { RuntimeConfig } from './runtime-config';
import { TabFrame } from './TabFrame';
// The tab loads the editor when it is first opened; loaded here up front, so the tests wait for
// what the user sees rather than for Vite transforming the module on a busy machine.
import '../features/report/MeasureEditor';

// The tab in a tenant (no demo banner): the signed-in user says once whom they report for, and
// the choice is remembered for that account. Graph is replaced by the seed plan.

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const config: RuntimeConfig = {
  mode: 'tenant',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  site: 'contoso.sharepoint.com:/sites/hum',
  list: 'Oppfølgingstiltak',
  caseNumber: null,
};

const notUsed = () => Promise.reject(new Error('not used here'));
const measures: MeasuresApi = {
  listMeasures: () => Promise.resolve(seedMeasures()),
  getMeasure: notUsed,
  updateMeasure: notUsed,
  createMeasure: notUsed,
  deleteMeasure: notUsed,
  listVersions: notUsed,
  startChanges: notUsed,
  readChanges: notUsed,
};
const services: Services = {
  measures,
  // A site without plans in a plans list: the plans are found in the measures.
  plans: { listPlans: () => Promise.resolve([]), createPlan: notUsed, updatePlan: notUsed },
  saveToDocuments: notUsed,
  createMeasures: notUsed,
  myDepartment: () => Promise.resolve(null),
  onThrottle: () => () => undefined,
  contributions: { listContributions: () => Promise.resolve([]), saveContribution: notUsed },
};

const teamsUser: HostUser = {
  loginHint: 'kari.nordmann@contoso.no',
  userPrincipalName: 'kari.nordmann@contoso.no',
  tenantId: 'tenant-1',
  displayName: 'Kari Nordmann',
};

const hostedContext: HostedContext = {
  mode: 'hosted',
  hostName: 'Teams',
  hostClientType: 'web',
  language: 'nb',
  locale: 'nb-NO',
  theme: 'default',
  user: teamsUser,
  teamSite: null,
  pageId: 'oppfolging',
  subPageId: null,
  frame: 'content',
};

function hostWith(context: HostedContext): Pick<Host, 'context' | 'onThemeChange'> {
  return { context, onThemeChange: () => () => undefined };
}

function fakeAuth(account: SignedInAccount | null): Auth {
  return {
    getToken: () => Promise.resolve('token'),
    signIn: () => Promise.resolve(),
    account: () => account,
    onError: () => () => undefined,
    signOut: () => Promise.resolve(),
  };
}

function renderTab(account: SignedInAccount | null = null, department: string | null = null) {
  const session = createAuthSession(fakeAuth(account));
  return render(
    <TabFrame host={hostWith(hostedContext)}>
      <App
        config={config}
        services={{ ...services, myDepartment: () => Promise.resolve(department) }}
        session={session}
        hostUser={teamsUser}
        linkedMeasureId={null}
      />
    </TabFrame>,
  );
}

describe('the tab in a tenant', () => {
  it('asks once whom the user reports for, then lets them report on that unit’s measures', async () => {
    const view = renderTab();
    await screen.findByRole('heading', { level: 2, name: /^Tiltak/ });
    expect(screen.queryByText('Demo')).toBeNull();
    // Before choosing: everything readable, nothing to report on.
    expect(screen.queryAllByRole('button', { name: /^Rapporter på/ })).toHaveLength(0);
    expect(screen.getByText(/Hvem rapporterer du for\?/)).toBeTruthy();
    expect(screen.getByText('Du er Kari Nordmann.')).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Jeg rapporterer for'), 'IOM');
    await screen.findByRole('heading', { level: 2, name: /^Dine tiltak/ });
    const own = screen.getByRole('region', { name: /^Dine tiltak \d/ });
    expect(within(own).getAllByRole('button', { name: /^Rapporter på/ }).length).toBeGreaterThan(0);
    expect(screen.queryByText(/Hvem rapporterer du for\?/)).toBeNull();

    // The next visit by the same person starts where they left off.
    view.unmount();
    renderTab();
    await screen.findByRole('heading', { level: 2, name: /^Dine tiltak/ });
    expect((screen.getByLabelText('Jeg rapporterer for') as HTMLSelectElement).value).toBe('IOM');
  });

  it('starts with the unit the user’s Entra ID department names, still changeable', async () => {
    renderTab(null, 'Seksjon for menneskerettigheter og demokrati');
    // Once the plan is read, the directory is asked, and the unit it names is taken.
    await screen.findByRole('heading', { level: 2, name: /^Dine tiltak/ }, { timeout: 10_000 });
    const picker = screen.getByLabelText('Jeg rapporterer for') as HTMLSelectElement;
    expect(picker.value).toBe('MR/DEM-seksjonen');
    expect(screen.queryByText(/Hvem rapporterer du for\?/)).toBeNull();
    await userEvent.selectOptions(picker, 'IOM');
    expect(picker.value).toBe('IOM');
    // A choice made wins over the directory from then on.
    cleanup();
    renderTab(null, 'Seksjon for menneskerettigheter og demokrati');
    await screen.findByRole('heading', { level: 2, name: /^Dine tiltak/ }, { timeout: 10_000 });
    expect((screen.getByLabelText('Jeg rapporterer for') as HTMLSelectElement).value).toBe('IOM');
  });

  it('asks as before when the department names no unit of the plan', async () => {
    renderTab(null, 'Avdeling for økonomi');
    await screen.findByRole('heading', { level: 2, name: /^Tiltak/ });
    expect(screen.getByText(/Hvem rapporterer du for\?/)).toBeTruthy();
  });

  it('takes the name from the signed-in account once MSAL knows it, and asks someone else anew', async () => {
    localStorage.setItem('oppfolging.reporting-for:kari.nordmann@contoso.no', 'IOM');
    const ola: SignedInAccount = {
      name: 'Ola Nordmann',
      username: 'ola.nordmann@contoso.no',
      tenantId: 'tenant-1',
    };
    renderTab(ola);
    await screen.findByRole('heading', { level: 2, name: /^Tiltak/ });
    expect(screen.getByText('Du er Ola Nordmann.')).toBeTruthy();
    expect(screen.getByText(/Hvem rapporterer du for\?/)).toBeTruthy();
  });

  it('shows the account’s name after the first token', async () => {
    let account: SignedInAccount | null = null;
    const auth = { ...fakeAuth(null), account: () => account };
    const session = createAuthSession(auth);
    render(
      <TabFrame host={hostWith({ ...hostedContext, user: null })}>
        <App
          config={config}
          services={services}
          session={session}
          hostUser={null}
          linkedMeasureId={null}
        />
      </TabFrame>,
    );
    await screen.findByRole('heading', { level: 2, name: /^Tiltak/ });
    expect(screen.queryByText(/^Du er /)).toBeNull();
    account = { name: 'Kari Nordmann', username: 'kari.nordmann@contoso.no', tenantId: 't' };
    act(() => session.tokenReceived());
    expect(screen.getByText('Du er Kari Nordmann.')).toBeTruthy();
  });

  it('keeps a draft for the person who typed it, never for the next one, and forgets it at sign-out', async () => {
    const kari: SignedInAccount = {
      name: 'Kari Nordmann',
      username: 'kari.nordmann@contoso.no',
      tenantId: 'tenant-1',
    };
    const ola: SignedInAccount = { ...kari, name: 'Ola Nordmann', username: 'ola@contoso.no' };
    const signOut = vi.fn(() => Promise.resolve());
    const standalone = (account: SignedInAccount) => {
      localStorage.setItem(`oppfolging.reporting-for:${account.username}`, 'IOM');
      localStorage.setItem('oppfolging.language', 'nb');
      const session = createAuthSession({ ...fakeAuth(account), signOut });
      return render(
        <TabFrame
          host={{
            context: { mode: 'standalone', reason: 'top-level' },
            onThemeChange: () => () => undefined,
          }}
        >
          <App
            config={config}
            services={services}
            session={session}
            hostUser={null}
            linkedMeasureId={null}
          />
        </TabFrame>,
      );
    };
    const openOwn = async () => {
      const own = await screen.findByRole('region', { name: /^Dine tiltak \d/ });
      const [report] = within(own).getAllByRole('button', { name: /^Rapporter på/ });
      if (report) await userEvent.click(report);
      return screen.findByRole('textbox', { name: 'Statusrapport' });
    };

    let view = standalone(kari);
    const box = await openOwn();
    await userEvent.clear(box);
    await userEvent.type(box, 'Karis utkast');
    view.unmount();

    // Ola on the same PC: the same measure, no sign of Kari's text.
    view = standalone(ola);
    await screen.findByRole('region', { name: /^Dine tiltak \d/ });
    expect(screen.queryByRole('textbox', { name: 'Statusrapport' })).toBeNull();
    expect(((await openOwn()) as HTMLTextAreaElement).value).not.toContain('Karis utkast');
    view.unmount();

    // Kari again: her draft is back, opened where she left it; signing out forgets it.
    view = standalone(kari);
    const restored = (await screen.findByRole('textbox', {
      name: 'Statusrapport',
    })) as HTMLTextAreaElement;
    expect(restored.value).toBe('Karis utkast');
    await userEvent.click(screen.getByRole('button', { name: 'Logg av' }));
    expect(signOut).toHaveBeenCalledTimes(1);
    view.unmount();
    view = standalone(kari);
    await screen.findByRole('region', { name: /^Dine tiltak \d/ });
    expect(screen.queryByRole('textbox', { name: 'Statusrapport' })).toBeNull();
    expect(Object.keys(localStorage).filter((key) => key.includes('draft'))).toEqual([]);
  }, 30_000);
});
