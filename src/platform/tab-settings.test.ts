import { describe, expect, it } from 'vitest';
import type { DemoConfig } from './config';
import type { HostContext } from './host-context';
import { buildContentUrl, readTabSettings, resolveListLocation } from './tab-settings';

const demo: DemoConfig = {
  mode: 'demo',
  graphBaseUrl: 'http://localhost:5173/v1.0',
  site: 'demo.sharepoint.com:/sites/hum',
  list: 'Oppfølgingstiltak',
};
const standalone: HostContext = { mode: 'standalone', reason: 'top-level' };
const channel = {
  mode: 'hosted',
  teamSite: 'contoso.sharepoint.com:/sites/team',
} as HostContext;

describe('the list a demo tab shows', () => {
  it('is the demo list when the tab has saved nothing', () => {
    for (const host of [standalone, channel]) {
      expect(resolveListLocation(demo, host, {})).toEqual({
        site: 'demo.sharepoint.com:/sites/hum',
        list: 'Oppfølgingstiltak',
        source: 'demo',
      });
    }
  });

  it("is the tab's saved site and list, as in a tenant (a list created on the configuration page)", () => {
    expect(
      resolveListLocation(demo, channel, { site: 'demo.sharepoint.com:/sites/hum', list: 'Ny' }),
    ).toEqual({ site: 'demo.sharepoint.com:/sites/hum', list: 'Ny', source: 'tab' });
    expect(resolveListLocation(demo, standalone, { list: 'Tiltak 2025' })).toEqual({
      site: 'demo.sharepoint.com:/sites/hum',
      list: 'Tiltak 2025',
      source: 'demo',
    });
  });
});

describe('the plan in the tab settings', () => {
  it('round-trips through the content URL, and is left out when empty', () => {
    const url = buildContentUrl('https://tab.example.org', {
      site: 'contoso.sharepoint.com:/sites/hum',
      list: 'Oppfølgingstiltak',
      plan: ' 11/10298 ',
    });
    expect(readTabSettings(new URL(url).search)).toEqual({
      site: 'contoso.sharepoint.com:/sites/hum',
      list: 'Oppfølgingstiltak',
      plan: '11/10298',
    });
    const withoutPlan = buildContentUrl('https://tab.example.org', {
      site: 'contoso.sharepoint.com:/sites/hum',
      list: 'Oppfølgingstiltak',
      plan: '  ',
    });
    expect([...new URL(withoutPlan).searchParams.keys()]).toEqual(['site', 'list']);
  });

  it('is read from a plain ?plan= link, blank meaning none', () => {
    expect(readTabSettings('?plan=99%2F00001')).toEqual({ plan: '99/00001' });
    expect(readTabSettings('?plan=%20')).toEqual({});
  });
});
