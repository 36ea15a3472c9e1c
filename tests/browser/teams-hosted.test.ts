// The built tab (dist/) framed by a Microsoft 365 host that speaks teams-js' protocol
// (tests/support/teams-host), against the Graph emulator: what a user sees in Teams. The tab is
// the demo build (no sign-in), so everything but MSAL runs as in a tenant.
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { listIdOf } from '../support/emulator';
import {
  expectAttribute,
  expectCount,
  expectFocused,
  expectNone,
  expectValue,
  expectVisible,
  itemIdOf,
  launchBrowser,
  linkQuery,
  screenshot,
  seriousViolations,
  TITLES,
} from '../support/browser';
import {
  openInTeams,
  routeTeamsWorld,
  TAB_ORIGIN,
  TEAMS_JS_CDN,
  type HostedTab,
  type LegacyContext,
} from '../support/teams-host/teams-world';

let browser: Browser;
let app: RunningApp;
let context: BrowserContext;
let page: Page;
let requests: string[];

const teamsContext: LegacyContext = {
  locale: 'nb-NO',
  theme: 'default',
  hostName: 'Teams',
  hostClientType: 'web',
  frameContext: 'content',
  entityId: 'oppfolging',
  loginHint: 'kari.nordmann@contoso.no',
  userPrincipalName: 'kari.nordmann@contoso.no',
  userDisplayName: 'Kari Nordmann',
  tid: '9b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd',
  teamName: 'HUM-seksjonen',
  channelName: 'Oppfølging',
  teamSiteUrl: 'https://contoso.sharepoint.com/sites/HUM-seksjonen',
};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  app = await startApp();
  context = await browser.newContext({
    viewport: { width: 1100, height: 800 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    reducedMotion: 'reduce',
  });
  ({ requests } = await routeTeamsWorld(context, { upstream: app.url.replace(/\/$/, '') }));
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
  await app.close();
});

function inTeams(overrides: Partial<LegacyContext> = {}, tabPath = '/'): Promise<HostedTab> {
  return openInTeams(page, { tabPath, context: { ...teamsContext, ...overrides } });
}

/** The relative luminance (0 black … 1 white) of a CSS `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** How light the tab's header is: what the user sees of the theme. */
async function headerLuminance(frame: FrameLocator | Page): Promise<number> {
  const colour = await frame
    .locator('header')
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  return luminance(colour);
}

/** True when the element's top edge is inside the visible part of its frame. */
function isScrolledTo(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });
}

function lastValidity(teams: HostedTab): Promise<unknown> {
  return teams.calls('settings.setValidityState').then((calls) => calls.at(-1)?.[0]);
}

describe('the tab in Teams', () => {
  it("speaks the host's language and wears its theme, with no pickers of its own", async () => {
    const teams = await inTeams({ locale: 'en-us', theme: 'dark' });
    const frame = teams.frame;
    await frame.getByRole('heading', { level: 1, name: 'Oppfølging' }).waitFor();
    await frame.getByRole('heading', { level: 2, name: /^Your measures/ }).waitFor();
    await expectAttribute(frame.locator('html'), 'lang', 'en');
    await expect.poll(() => headerLuminance(frame)).toBeLessThan(0.1);
    // Teams decides theme and language: the standalone page's pickers are not offered.
    await expectNone(frame.getByRole('group', { name: 'Display' }));
    await expectNone(frame.getByLabel('Theme'));
    // Still the demo build: the banner says so, in English.
    await frame.getByText('The tab uses local demo data').waitFor();
    await expect
      .poll(() => teams.received())
      .toEqual(expect.arrayContaining(['initialize', 'getContext']));
    await expect.poll(() => requests.some((url) => url.startsWith(TEAMS_JS_CDN))).toBe(true);
    await screenshot(page, 'teams-tab-dark');
  });

  it('speaks Norwegian in a Norwegian Teams and follows live theme changes', async () => {
    const teams = await inTeams({ locale: 'nn-NO', theme: 'default' });
    const frame = teams.frame;
    await frame.getByRole('heading', { level: 2, name: /^Dine tiltak/ }).waitFor();
    await expect.poll(() => headerLuminance(frame)).toBeGreaterThan(0.9);

    await teams.changeTheme('dark');
    await expect.poll(() => headerLuminance(frame)).toBeLessThan(0.1);
    await teams.changeTheme('contrast');
    // Teams' high-contrast theme: black backgrounds.
    await expect.poll(() => headerLuminance(frame)).toBe(0);
    await teams.changeTheme('default');
    await expect.poll(() => headerLuminance(frame)).toBeGreaterThan(0.9);
    // The measures the user was looking at stay where they were.
    await frame.getByRole('heading', { level: 2, name: /^Dine tiltak/ }).waitFor();
  });

  it("opens a deep link's measure: in view, expanded, its editor open when it is the user's own", async () => {
    const ownId = await itemIdOf(app.emulator, TITLES.coordinate);
    const teams = await inTeams({ subEntityId: ownId });
    const frame = teams.frame;
    const own = frame.getByRole('article', { name: TITLES.coordinate, exact: true });
    const editor = own.getByRole('group', { name: `Rapportering: ${TITLES.coordinate}` });
    await editor.waitFor();
    // The editor has the focus, on its first field: the user can start at once.
    await expectFocused(editor.getByRole('radio', { checked: true }));
    await expectVisible(own.getByRole('button', { name: 'Skjul beskrivelse' }));
    await expect.poll(() => isScrolledTo(own)).toBe(true);
    // Only this one: the other measures stay closed.
    await expectCount(frame.getByRole('group', { name: /^Rapportering: / }), 1);
  });

  it("opens another unit's measure read-only, scrolled to and focused", async () => {
    const otherId = await itemIdOf(app.emulator, TITLES.regionalReference);
    const teams = await inTeams({ subEntityId: otherId });
    const other = teams.frame.getByRole('article', { name: TITLES.regionalReference, exact: true });
    await expectFocused(other);
    await expect.poll(() => isScrolledTo(other)).toBe(true);
    await expectNone(other.getByRole('textbox'));
    await expectNone(teams.frame.getByRole('group', { name: /^Rapportering: / }));
  });

  it("opens the view a manager's Teams link names, and its own link to the view is a Teams deep link", async () => {
    const appId = '3f2b8c1e-7a4d-4e2b-9c1a-5d6e7f8a9b0c';
    // What the copy button hands the clipboard, kept where the test can read it.
    await context.addInitScript(`(() => {
      const copied = [];
      window.__copied = copied;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (text) => { copied.push(text); return Promise.resolve(); } },
      });
    })()`);
    const teams = await inTeams({ appId, subEntityId: 'view?q=menneskehandel&layout=table' });
    const frame = teams.frame;
    await expectValue(frame.getByRole('searchbox', { name: 'Søk' }), 'menneskehandel');
    await expectVisible(frame.getByRole('grid').or(frame.getByRole('table')).first());
    await screenshot(page, 'teams-view-link');
    await frame.getByRole('button', { name: 'Kopier lenke til visningen' }).click();
    const tab = page.frames().find((f) => f.url().startsWith(TAB_ORIGIN));
    if (!tab) throw new Error('The tab frame is not there.');
    await expect
      .poll(() => tab.evaluate(() => (window as unknown as { __copied: string[] }).__copied))
      .toHaveLength(1);
    const [link] = await tab.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    const url = new URL(link ?? '');
    expect(url.origin + url.pathname).toBe(
      `https://teams.microsoft.com/l/entity/${appId}/oppfolging`,
    );
    const sent = JSON.parse(url.searchParams.get('context') ?? '{}') as { subEntityId?: string };
    expect(sent.subEntityId).toBe('view?q=menneskehandel&layout=table');
  });

  it('says so when the linked measure is not in the list', async () => {
    const teams = await inTeams({ subEntityId: '9999' });
    await teams.frame
      .getByText('Fant ikke tiltaket lenken peker til i listen «Oppfølgingstiltak».')
      .waitFor();
    await teams.frame.getByRole('heading', { level: 2, name: /^Dine tiltak/ }).waitFor();
  });

  it('tells the user in plain words when SharePoint refuses access to the list', async () => {
    // The read of the measures list's items: not the plans list beside it (read first, and the tab
    // does without it), nor the delta link taken before the read (without one, it reads in full).
    const measuresRead = `/lists/${await listIdOf(app.emulator)}/items?`;
    app.emulator.injectFaults({ status: 403, count: 1, pathIncludes: measuresRead });
    const teams = await inTeams();
    await teams.frame
      .getByText('Du har ikke tilgang til listen «Oppfølgingstiltak».', { exact: false })
      .waitFor();
    await teams.frame.getByRole('button', { name: 'Prøv igjen' }).click();
    await teams.frame.getByRole('heading', { level: 2, name: /^Dine tiltak/ }).waitFor();
  });
});

describe('a link to one measure outside Teams', () => {
  it('opens the measure named by ?measure=', async () => {
    const ownId = await itemIdOf(app.emulator, TITLES.geneva);
    await page.goto(`${TAB_ORIGIN}/?measure=${ownId}`);
    const own = page.getByRole('article', { name: TITLES.geneva, exact: true });
    await own.getByRole('group', { name: `Rapportering: ${TITLES.geneva}` }).waitFor();
    await expect.poll(() => isScrolledTo(own)).toBe(true);
    // A page of its own: no teams-js, and the user's own pickers are there.
    expect(requests.filter((url) => url.startsWith(TEAMS_JS_CDN))).toEqual([]);
    await page.getByRole('group', { name: 'Visning' }).waitFor();
  });
});

describe("the channel tab's configuration page", () => {
  const settingsFrame: Partial<LegacyContext> = { frameContext: 'settings' };

  it('proposes the list, checks access, and saves { site, list } when the user presses Save', async () => {
    const teams = await inTeams(settingsFrame, '/?view=config');
    const frame = teams.frame;
    await frame.getByRole('heading', { level: 1, name: 'Velg listen fanen skal vise' }).waitFor();
    await expectValue(
      frame.getByRole('textbox', { name: 'SharePoint-nettsted' }),
      'demo.sharepoint.com:/sites/hum',
    );
    await expectValue(frame.getByRole('textbox', { name: 'Liste' }), 'Oppfølgingstiltak');
    await frame.getByText('Du har tilgang til listen «Oppfølgingstiltak».').waitFor();
    await expect.poll(() => lastValidity(teams)).toBe(true);
    await screenshot(page, 'teams-config-page');

    await teams.pressSave();
    await expect.poll(() => teams.received()).toContain('settings.save.success');
    await expect
      .poll(() => teams.savedSettings())
      .toMatchObject({ suggestedDisplayName: 'Oppfølging' });
    const saved = await teams.savedSettings();
    expect(String(saved?.entityId)).toMatch(/^oppfolging-[0-9a-f-]{36}$/);
    const contentUrl = new URL(String(saved?.contentUrl));
    expect(contentUrl.origin).toBe(TAB_ORIGIN);
    expect(Object.fromEntries(contentUrl.searchParams)).toEqual({
      site: 'demo.sharepoint.com:/sites/hum',
      list: 'Oppfølgingstiltak',
    });
  });

  it('offers to create a missing list, creates it with its columns, then saves it', async () => {
    const teams = await inTeams(settingsFrame, '/?view=config');
    const frame = teams.frame;
    await frame.getByText('Du har tilgang til listen «Oppfølgingstiltak».').waitFor();

    await frame.getByRole('textbox', { name: 'Liste' }).fill('Tiltak 2025');
    // Changed and not checked: Teams' Save is off until the new list has been checked.
    await expect.poll(() => lastValidity(teams)).toBe(false);
    await frame.getByRole('button', { name: 'Kontroller tilgang' }).click();
    await frame.getByText('Listen «Tiltak 2025» finnes ikke på nettstedet.').waitFor();
    await frame.getByRole('button', { name: 'Opprett listen' }).click();
    await frame.getByText('Listen «Tiltak 2025» er opprettet.').waitFor();
    await frame
      .getByText(
        /Kolonner: Beskrivelse, Saksnummer, .*Kommentar fra vurdering, Vurdert av, Vurdert\./,
      )
      .waitFor();
    await expect.poll(() => lastValidity(teams)).toBe(true);
    await screenshot(page, 'teams-config-created');

    // The list is really there, with the indexed columns the tab filters on.
    const { baseUrl, sitePath } = app.emulator;
    const response = await fetch(
      `${baseUrl}/sites/${sitePath}:/lists/${encodeURIComponent('Tiltak 2025')}/columns`,
    );
    expect(response.status).toBe(200);
    const columns = ((await response.json()) as { value: { name: string; indexed?: boolean }[] })
      .value;
    expect(columns.find((column) => column.name === 'CaseNumber')?.indexed).toBe(true);
    expect(columns.find((column) => column.name === 'ResponsibleUnit')?.indexed).toBe(true);

    await teams.pressSave();
    await expect.poll(() => teams.received()).toContain('settings.save.success');
    const contentUrl = new URL(String((await teams.savedSettings())?.contentUrl));
    expect(contentUrl.searchParams.get('list')).toBe('Tiltak 2025');
  });

  it('says the user has no access to the list, by name, and keeps Save off', async () => {
    app.emulator.injectFaults({ status: 403, count: 1, pathIncludes: '/lists/Oppfølgingstiltak' });
    const teams = await inTeams(settingsFrame, '/?view=config');
    await teams.frame.getByText('Du har ikke tilgang til listen «Oppfølgingstiltak».').waitFor();
    await expect.poll(() => lastValidity(teams)).toBe(false);
  });

  it('names a wrong site address and a site that does not exist', async () => {
    const teams = await inTeams(settingsFrame, '/?view=config');
    const frame = teams.frame;
    await frame.getByText('Du har tilgang til listen «Oppfølgingstiltak».').waitFor();
    const site = frame.getByRole('textbox', { name: 'SharePoint-nettsted' });
    await site.fill('hum-seksjonen');
    await frame.getByText('Dette er ikke en SharePoint-adresse.', { exact: false }).waitFor();
    await site.fill('https://demo.sharepoint.com/sites/finnes-ikke');
    await frame.getByRole('button', { name: 'Kontroller tilgang' }).click();
    await frame
      .getByText('Fant ikke nettstedet «demo.sharepoint.com:/sites/finnes-ikke».')
      .waitFor();
    await expect.poll(() => lastValidity(teams)).toBe(false);
  });

  it('works on a page of its own, with a link to the tab instead of Teams’ Save', async () => {
    await page.goto(`${TAB_ORIGIN}/?view=config`);
    await page.getByText('Du har tilgang til listen «Oppfølgingstiltak».').waitFor();
    const link = page.getByRole('link', { name: 'Åpne Oppfølging' });
    await expect
      .poll(() => linkQuery(link))
      .toEqual({
        site: 'demo.sharepoint.com:/sites/hum',
        list: 'Oppfølgingstiltak',
      });
    expect(requests.filter((url) => url.startsWith(TEAMS_JS_CDN))).toEqual([]);
    await expect.poll(() => seriousViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Liste' }).fill('Ny liste');
    await page.getByRole('textbox', { name: 'Liste' }).press('Enter');
    await page.getByRole('button', { name: 'Opprett listen' }).waitFor();
    await expect.poll(() => seriousViolations(page)).toEqual([]);
  });
});
