// A second client no one here wrote: PnPjs (@pnp/graph 4), unmodified, against the emulator over
// HTTP. It starts at the tenant's root site, finds the team site by path, and reads and writes
// list items the way its own code does (PATCH items/{id} with { fields }), so the emulator is
// checked against more than the tab's own idea of Graph.
import { graphfi, GraphBrowser, type GraphFI } from '@pnp/graph';
import '@pnp/graph/sites';
import '@pnp/graph/lists';
import '@pnp/graph/list-item';
import { InjectHeaders } from '@pnp/queryable';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type EmulatorHandle } from '../support/emulator';

let emulator: EmulatorHandle;
let graph: GraphFI;

/** An unsigned token for a user, as the emulator reads callers (it checks no signature). */
function tokenFor(name: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ name, oid: 'u-1' })}.`;
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  graph = graphfi().using(
    GraphBrowser({ baseUrl: emulator.baseUrl }),
    InjectHeaders({ Authorization: `Bearer ${tokenFor('Kari Nordmann')}` }),
  );
});
afterAll(() => emulator.close());

type Fields = Record<string, unknown>;

describe('PnPjs against the emulator', () => {
  it('reads the root site and finds the team site by its path', async () => {
    const root = await graph.sites.root();
    const [hostname = '', path = ''] = emulator.sitePath.split(':');
    expect(root.siteCollection?.hostname).toBe(hostname);
    expect(root.webUrl).toBe(`https://${hostname}`);
    const site = await graph.sites.getByUrl(hostname, path);
    const info = await site();
    expect(info.webUrl).toBe(`https://${hostname}${path}`);
    const lists = await site.lists();
    expect(lists.map((list) => list.displayName)).toContain(emulator.listTitle);
  });

  it('adds, reads with fields, updates, lists versions of and deletes an item', async () => {
    const [hostname = '', path = ''] = emulator.sitePath.split(':');
    const site = await graph.sites.getByUrl(hostname, path);
    const listInfo = (await site.lists()).find((list) => list.displayName === emulator.listTitle);
    const list = site.lists.getById(listInfo?.id ?? '');

    const items = await list.items.expand('fields')();
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((item) => typeof (item.fields as Fields).Title === 'string')).toBe(true);

    // PnPjs types add()'s answer as just an id; Graph answers with the whole item.
    const added = (await list.items.add({
      fields: { Title: 'Tiltak fra PnPjs', CaseNumber: '26/00001', Status: 'Ikke påbegynt' },
    } as never)) as ListItem;
    expect(added.createdBy?.user?.displayName).toBe('Kari Nordmann');
    const item = list.items.getById(added.id ?? '');

    await item.update({ fields: { Status: 'Pågår', StatusReport: 'Oppdatert med PnPjs.' } });
    const read = await item.expand('fields')();
    expect(read.fields as Fields).toMatchObject({
      Title: 'Tiltak fra PnPjs',
      Status: 'Pågår',
      StatusReport: 'Oppdatert med PnPjs.',
    });
    expect(read.lastModifiedBy?.user?.displayName).toBe('Kari Nordmann');

    // Typed as one version by PnPjs; the collection answers with the list of them.
    const versions = (await item.versions()) as unknown as { id?: string }[];
    expect(versions.map((version) => version.id)).toEqual(['2.0', '1.0']);

    await item.delete();
    await expect(item()).rejects.toThrow(/404/);
  });
});
