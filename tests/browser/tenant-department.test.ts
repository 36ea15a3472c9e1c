// Who you are in a tenant (issue 10): a tenant-mode build in Teams signs in with Nested App
// Authentication (the test host's bridge answers MSAL), reads the user's Entra ID department
// (GET /me, answered by the simulated Microsoft cloud) and starts with the unit it names when
// that is a unit of the plan, still changeable; a department that names no unit gets the picker.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectNone, expectValue, expectVisible, screenshot, TITLES } from '../support/browser';
import { useBrowserSuite } from '../support/browser-suite';
import { buildTenantTab, TENANT_SETTINGS } from '../support/tenant-build';
import type { CloudUser } from '../support/teams-host/microsoft-cloud';
import {
  openInTeams,
  routeMicrosoftCloud,
  routeTeamsWorld,
  type LegacyContext,
} from '../support/teams-host/teams-world';

let buildDir = '';
beforeAll(async () => {
  buildDir = await buildTenantTab(await mkdtemp(join(tmpdir(), 'oppf-tenant-department-')));
});
afterAll(async () => {
  await rm(buildDir, { recursive: true, force: true });
});
const suite = useBrowserSuite(() => ({ outDir: buildDir }));

/** A configured channel tab: its content URL names the emulator's demo site and list. */
const TAB_PATH = `/?${new URLSearchParams({ site: 'demo.sharepoint.com:/sites/hum', list: 'Oppfølgingstiltak' })}`;
const PICKER = 'Jeg rapporterer for';

function person(name: string, username: string, department: string): CloudUser {
  return {
    oid: `2f0c7d1e-1111-4222-8333-${String(username.length).padStart(12, '0')}`,
    tid: TENANT_SETTINGS.VITE_TENANT_ID,
    username,
    name,
    department,
  };
}

/** The tab in Teams, signed in as `user`; Graph is the test's emulator behind Microsoft's address. */
async function openTabAs(user: CloudUser): Promise<{ frame: FrameLocator; page: Page }> {
  const context = await suite.newContext();
  await routeTeamsWorld(context, { upstream: suite.app().url.replace(/\/$/, '') });
  await routeMicrosoftCloud(context, { user, graphUpstream: suite.app().emulator.origin });
  const page = await context.newPage();
  const teamsContext: LegacyContext = {
    locale: 'nb-NO',
    theme: 'default',
    hostName: 'Teams',
    hostClientType: 'web',
    frameContext: 'content',
    entityId: 'oppfolging-19-channel-thread-tacv2',
    loginHint: user.username,
    userPrincipalName: user.username,
    userObjectId: user.oid,
    userDisplayName: user.name,
    tid: user.tid,
    teamName: 'HUM-seksjonen',
    channelName: 'Oppfølging',
    teamSiteUrl: 'https://contoso.sharepoint.com/sites/HUM-seksjonen',
  };
  const teams = await openInTeams(page, { tabPath: TAB_PATH, context: teamsContext, naa: true });
  return { frame: teams.frame as FrameLocator, page };
}

const ownGroup = (frame: FrameLocator) =>
  frame.getByRole('region', { name: /^(Returnert til deg|Dine tiltak)/ }).first();

describe('the unit a signed-in user starts with', () => {
  it('is the one their Entra ID department names, and stays changeable', async () => {
    const { frame, page } = await openTabAs(
      person('Kari Nordmann', 'kari.nordmann@contoso.no', 'HUM-seksjonen'),
    );
    const picker = frame.getByLabel(PICKER);
    await expectValue(picker, 'HUM-seksjonen');
    await expectNone(frame.getByText('Hvem rapporterer du for?'));
    // HUM-seksjonen's measures are the user's own, ready to report on.
    const own = frame.getByRole('article', { name: TITLES.coordinate, exact: true });
    await expectVisible(own.getByRole('button', { name: `Rapporter på «${TITLES.coordinate}»` }));
    await expectVisible(ownGroup(frame).getByRole('article', { name: TITLES.multiYear }));
    await screenshot(page, 'tenant-department-default', { fullPage: false });

    // Another unit is one choice away, and the choice is the user's from then on.
    await picker.selectOption({ label: 'Regionalavdelingen' });
    await expectVisible(
      ownGroup(frame).getByRole('article', { name: TITLES.regionalReference, exact: true }),
    );
    await expectNone(own.getByRole('button', { name: `Rapporter på «${TITLES.coordinate}»` }));
  });

  it('is asked for when the department names no unit of the plan', async () => {
    const { frame, page } = await openTabAs(
      person('Ola Nordmann', 'ola.nordmann@contoso.no', 'Avdeling for økonomi og administrasjon'),
    );
    await expectVisible(frame.getByText('Hvem rapporterer du for?'));
    await frame.getByRole('article').first().waitFor();
    await expectValue(frame.getByLabel(PICKER), '');
    await expectNone(frame.getByRole('button', { name: /^Rapporter på/ }));
    await screenshot(page, 'tenant-department-none', { fullPage: false });
    await expectNone(frame.getByRole('heading', { level: 2, name: /^Dine tiltak/ }));
  });
});
