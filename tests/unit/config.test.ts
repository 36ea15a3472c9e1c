import { describe, expect, it } from 'vitest';
import { readConfig, toScopeUris } from '../../src/platform/config';
import type { ConfigResult } from '../../src/platform/config';

const origin = { origin: 'https://tab.example.org' };
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const TENANT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function problemsOf(result: ConfigResult) {
  if (result.ok) throw new Error('expected problems, got a configuration');
  return result.problems;
}

function configOf(result: ConfigResult) {
  if (!result.ok) throw new Error(`expected a configuration: ${JSON.stringify(result.problems)}`);
  return result.config;
}

describe('readConfig', () => {
  it('runs the demo against the emulator behind the page origin when nothing is set', () => {
    expect(configOf(readConfig({ DEV: true, MODE: 'development' }, origin))).toEqual({
      mode: 'demo',
      graphBaseUrl: 'https://tab.example.org/v1.0',
      site: 'demo.sharepoint.com:/sites/hum',
      list: 'Oppfølgingstiltak',
    });
  });

  it('runs the demo in a build made with VITE_DEMO=true (a hosted demo)', () => {
    const env = { PROD: true, DEV: false, MODE: 'demo', VITE_DEMO: 'true' };
    expect(configOf(readConfig(env, origin)).mode).toBe('demo');
  });

  it('never makes a production build the demo by accident: it says what to configure', () => {
    for (const env of [
      { PROD: true, DEV: false, MODE: 'production' },
      { PROD: true, DEV: false, MODE: 'production', VITE_DEMO: 'false' },
      { PROD: true, DEV: false, MODE: 'production', VITE_DEMO: '' },
    ]) {
      const problems = problemsOf(readConfig(env, origin));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message.nb).toMatch(/VITE_CLIENT_ID og VITE_TENANT_ID/);
      expect(problems[0]?.message.en).toMatch(/VITE_DEMO=true/);
    }
  });

  it('treats empty variables (a line like VITE_CLIENT_ID=) as unset', () => {
    expect(
      configOf(readConfig({ DEV: true, VITE_CLIENT_ID: '', VITE_TENANT_ID: '  ' }, origin)).mode,
    ).toBe('demo');
    expect(readConfig({ VITE_CLIENT_ID: '', VITE_TENANT_ID: '  ' }, origin).ok).toBe(false);
  });

  it('reads a tenant configuration with its defaults', () => {
    const config = configOf(
      readConfig({ VITE_CLIENT_ID: CLIENT_ID, VITE_TENANT_ID: TENANT_ID }, origin),
    );
    expect(config).toEqual({
      mode: 'tenant',
      clientId: CLIENT_ID,
      tenantId: TENANT_ID,
      authority: `https://login.microsoftonline.com/${TENANT_ID}`,
      site: null,
      list: 'Oppfølgingstiltak',
      scopes: ['https://graph.microsoft.com/Sites.ReadWrite.All'],
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    });
  });

  it('accepts the site as a URL copied from the browser, a Graph path or a site id', () => {
    const site = (value: string) =>
      configOf(
        readConfig(
          { VITE_CLIENT_ID: CLIENT_ID, VITE_TENANT_ID: TENANT_ID, VITE_SITE: value },
          origin,
        ),
      );
    expect(site('https://Contoso.sharepoint.com/sites/HUM/').site).toBe(
      'contoso.sharepoint.com:/sites/HUM',
    );
    expect(
      site('https://contoso.sharepoint.com/sites/%C3%98konomi/SitePages/Home.aspx?x=1').site,
    ).toBe('contoso.sharepoint.com:/sites/Økonomi/SitePages/Home.aspx');
    expect(site('contoso.sharepoint.com:/sites/hum').site).toBe(
      'contoso.sharepoint.com:/sites/hum',
    );
    const id = `contoso.sharepoint.com,${CLIENT_ID},${TENANT_ID}`;
    expect(site(id).site).toBe(id);
  });

  it('maps short scope names to Graph URIs, separated by commas or spaces', () => {
    const config = configOf(
      readConfig(
        {
          VITE_CLIENT_ID: CLIENT_ID,
          VITE_TENANT_ID: 'contoso.onmicrosoft.com',
          VITE_SCOPES: 'Sites.Selected, Lists.SelectedOperations.Selected offline_access',
          VITE_GRAPH_BASE_URL: 'http://localhost:4010/v1.0/',
          VITE_LIST: 'Tiltak 2026',
        },
        origin,
      ),
    );
    expect(config).toMatchObject({
      scopes: [
        'https://graph.microsoft.com/Sites.Selected',
        'https://graph.microsoft.com/Lists.SelectedOperations.Selected',
        'offline_access',
      ],
      graphBaseUrl: 'http://localhost:4010/v1.0',
      list: 'Tiltak 2026',
    });
  });

  it('keeps full scope URIs as they are', () => {
    expect(toScopeUris(['api://tab.example.org/abc/access_as_user', '.default'])).toEqual([
      'api://tab.example.org/abc/access_as_user',
      'https://graph.microsoft.com/.default',
    ]);
  });

  it('says that the client id is missing when only the tenant is set, instead of running the demo', () => {
    const problems = problemsOf(readConfig({ VITE_TENANT_ID: TENANT_ID }, origin));
    expect(problems.map((p) => p.variable)).toEqual(['VITE_CLIENT_ID']);
    expect(problems[0]?.message.en).toMatch(/Application \(client\) ID/);
    expect(problems[0]?.message.nb).toMatch(/VITE_CLIENT_ID mangler/);
  });

  it('lists every problem at once, each naming what to set', () => {
    const problems = problemsOf(
      readConfig(
        {
          VITE_CLIENT_ID: 'my-app',
          VITE_SITE: 'the HUM site',
          VITE_SCOPES: 'Sites.ReadWrite.All; drop table',
          VITE_GRAPH_BASE_URL: 'http://graph.example.org/v1.0',
        },
        origin,
      ),
    );
    expect(problems.map((p) => [p.variable, p.value])).toEqual([
      ['VITE_CLIENT_ID', 'my-app'],
      ['VITE_TENANT_ID', null],
      ['VITE_SITE', 'the HUM site'],
      ['VITE_SCOPES', 'Sites.ReadWrite.All; drop table'],
      ['VITE_GRAPH_BASE_URL', 'http://graph.example.org/v1.0'],
    ]);
    expect(problems[0]?.message.en).toContain('not a GUID');
    expect(problems[2]?.message.en).toContain('https://contoso.sharepoint.com/sites/hum');
    expect(problems[3]?.message.en).toContain('Sites.ReadWrite.All;');
    for (const problem of problems) {
      expect(problem.message.en).toContain(problem.variable);
      expect(problem.message.nb).toContain(problem.variable);
    }
  });

  it('refuses a tenant that is neither a GUID nor a domain', () => {
    const problems = problemsOf(
      readConfig({ VITE_CLIENT_ID: CLIENT_ID, VITE_TENANT_ID: 'contoso' }, origin),
    );
    expect(problems.map((p) => p.variable)).toEqual(['VITE_TENANT_ID']);
  });
});
