// Provisioning the measures list against the local Graph over real HTTP: a new list, a second
// run that changes nothing, a partial list completed without losing its items, and the CLI.
import type { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProvisionCli } from '../../scripts/provision-cli';
import { createGraphClient } from '../../src/graph/create-graph-client';
import { MeasuresError } from '../../src/graph/errors';
import { MEASURE_LIST_COLUMNS } from '../../src/graph/measure-columns';
import { provisionList } from '../../src/graph/provision-list';
import { startTestEmulator } from '../support/emulator';
import type { EmulatorHandle } from '../support/emulator';

type Column = {
  id: string;
  name: string;
  displayName: string;
  indexed: boolean;
  text?: { allowMultipleLines: boolean };
  number?: object;
  dateTime?: { format: string };
  choice?: { choices: string[] };
};

let emulator: EmulatorHandle;
let client: Client;

beforeAll(async () => {
  emulator = await startTestEmulator({ seed: 'demo' });
  client = createGraphClient({ baseUrl: emulator.baseUrl });
});

afterAll(async () => {
  await emulator.close();
});

async function columnsOf(listTitle: string): Promise<Map<string, Column>> {
  const page = (await client
    .api(`/sites/${emulator.siteId}/lists/${encodeURIComponent(listTitle)}/columns`)
    .get()) as { value: Column[] };
  return new Map(page.value.map((column) => [column.name, column]));
}

async function itemsOf(listTitle: string) {
  const page = (await client
    .api(`/sites/${emulator.siteId}/lists/${encodeURIComponent(listTitle)}/items`)
    .expand('fields')
    .get()) as { value: { id: string; fields: Record<string, unknown> }[] };
  return page.value;
}

function typeOf(column: Column | undefined): string {
  if (!column) return 'missing';
  if (column.text) return column.text.allowMultipleLines ? 'note' : 'text';
  if (column.number) return 'number';
  if (column.dateTime) return column.dateTime.format;
  if (column.choice) return `choice: ${column.choice.choices.join(' · ')}`;
  return 'other';
}

describe('provisionList', () => {
  const title = 'Oppfølgingstiltak 2026';

  it('creates the list with every column, choice and index of DESIGN.md', async () => {
    const result = await provisionList(client, { site: emulator.sitePath, listTitle: title });
    expect(result).toEqual({
      created: true,
      addedColumns: MEASURE_LIST_COLUMNS.map((column) => column.name),
      indexedColumns: ['CaseNumber', 'ResponsibleUnit'],
      updatedColumns: ['Title'],
      conflictingColumns: [],
    });

    const columns = await columnsOf(title);
    const described = Object.fromEntries(
      [
        'Title',
        'Description',
        'CaseNumber',
        'Section',
        'SortOrder',
        'ResponsibleUnit',
        'Deadline',
        'Status',
        'StatusReport',
        'ReportedBy',
        'ReportedAt',
        'ReviewState',
        'ReviewComment',
      ].map((name) => {
        const column = columns.get(name);
        return [
          name,
          `${column?.displayName} | ${typeOf(column)}${column?.indexed ? ' | indexed' : ''}`,
        ];
      }),
    );
    expect(described).toEqual({
      Title: 'Tiltak | text',
      Description: 'Beskrivelse | note',
      CaseNumber: 'Saksnummer | text | indexed',
      Section: 'Del | text',
      SortOrder: 'Rekkefølge | number',
      ResponsibleUnit: 'Ansvarlig enhet | text | indexed',
      Deadline: 'Frist | dateOnly',
      Status:
        'Status | choice: Ikke påbegynt · Pågår · Gjennomført · Ikke gjennomført · Ikke aktuelt',
      StatusReport: 'Statusrapport | note',
      ReportedBy: 'Rapportert av | text',
      ReportedAt: 'Rapportert | dateTime',
      ReviewState: 'Vurdering | choice: Ikke vurdert · Godkjent · Returnert',
      ReviewComment: 'Kommentar fra vurdering | note',
    });
  });

  it('changes nothing when run a second time', async () => {
    const before = await columnsOf(title);
    const result = await provisionList(client, { site: emulator.sitePath, listTitle: title });
    expect(result).toEqual({
      created: false,
      addedColumns: [],
      indexedColumns: [],
      updatedColumns: [],
      conflictingColumns: [],
    });
    expect(await columnsOf(title)).toEqual(before);
  });

  it('finds nothing to do on the list the demo already has', async () => {
    const result = await provisionList(client, {
      site: emulator.siteId,
      listTitle: emulator.listTitle,
    });
    expect(result).toMatchObject({ created: false, addedColumns: [], indexedColumns: [] });
    expect(result.conflictingColumns).toEqual([]);
  });

  it('completes a partial list without touching its items or its own columns', async () => {
    const partial = 'Tiltak fra 2011';
    // POST /sites/{site}/lists: an older list with a few of the columns, one of them unindexed,
    // a Status column that lacks a choice, and a column of its own.
    await client.api(`/sites/${emulator.siteId}/lists`).post({
      displayName: partial,
      columns: [
        { name: 'CaseNumber', displayName: 'Saksnummer', text: {} },
        {
          name: 'Status',
          displayName: 'Status',
          choice: { choices: ['Ikke påbegynt', 'Pågår', 'Gjennomført', 'Ikke gjennomført'] },
        },
        { name: 'StatusReport', displayName: 'Statusrapport', text: { allowMultipleLines: true } },
        { name: 'Merknad', displayName: 'Merknad', text: {} },
      ],
      list: { template: 'genericList' },
    });
    const itemsPath = `/sites/${emulator.siteId}/lists/${encodeURIComponent(partial)}/items`;
    await client.api(itemsPath).post({
      fields: {
        Title: 'Bedre rapportering fra IOM',
        CaseNumber: '11/10298',
        Status: 'Pågår',
        StatusReport: 'IOM har levert første rapport.\n\nNeste rapport kommer i mars.',
        Merknad: 'Fra papirplanen',
      },
    });
    const itemsBefore = await itemsOf(partial);

    const result = await provisionList(client, { site: emulator.sitePath, listTitle: partial });
    expect(result.created).toBe(false);
    expect(result.addedColumns).toEqual([
      'Description',
      'Section',
      'SortOrder',
      'ResponsibleUnit',
      'ContributingUnits',
      'Deadline',
      'RevisedDeadline',
      'DeadlineChangeReason',
      'ReportedBy',
      'ReportedAt',
      'ReviewState',
      'ReviewComment',
      'ReviewedBy',
      'ReviewedAt',
    ]);
    expect(result.indexedColumns).toEqual(['CaseNumber', 'ResponsibleUnit']);
    expect(result.updatedColumns).toEqual(['Status', 'Title']);

    const columns = await columnsOf(partial);
    expect(columns.get('Status')?.choice?.choices).toEqual([
      'Ikke påbegynt',
      'Pågår',
      'Gjennomført',
      'Ikke gjennomført',
      'Ikke aktuelt',
    ]);
    expect(columns.get('Merknad')?.displayName).toBe('Merknad');

    const itemsAfter = await itemsOf(partial);
    expect(itemsAfter).toHaveLength(1);
    expect(itemsAfter[0]?.id).toBe(itemsBefore[0]?.id);
    expect(itemsAfter[0]?.fields).toMatchObject({
      Title: 'Bedre rapportering fra IOM',
      CaseNumber: '11/10298',
      Status: 'Pågår',
      StatusReport: 'IOM har levert første rapport.\n\nNeste rapport kommer i mars.',
      Merknad: 'Fra papirplanen',
    });

    // Now complete: the list can take a full measure, and a rerun has nothing left to do.
    await client.api(itemsPath).post({
      fields: {
        Title: 'Ny',
        CaseNumber: '11/10298',
        ResponsibleUnit: 'IOM',
        Deadline: '2012-06-30',
      },
    });
    const rerun = await provisionList(client, { site: emulator.sitePath, listTitle: partial });
    expect(rerun).toMatchObject({ addedColumns: [], indexedColumns: [], updatedColumns: [] });
  });

  it('keeps a renamed Title and reports a column of the wrong type instead of changing it', async () => {
    const odd = 'Tiltak med egne valg';
    const created = (await client.api(`/sites/${emulator.siteId}/lists`).post({
      displayName: odd,
      columns: [{ name: 'Deadline', displayName: 'Frist', text: {} }],
      list: { template: 'genericList' },
    })) as { id: string };
    const titleColumn = (await columnsOf(odd)).get('Title');
    await client
      .api(`/sites/${emulator.siteId}/lists/${created.id}/columns/${titleColumn?.id}`)
      .patch({ displayName: 'Anbefaling' });

    const result = await provisionList(client, { site: emulator.sitePath, listTitle: odd });
    expect(result.conflictingColumns).toEqual([
      { name: 'Deadline', expected: 'date', found: 'text' },
    ]);
    expect(result.updatedColumns).not.toContain('Title');
    const columns = await columnsOf(odd);
    expect(typeOf(columns.get('Deadline'))).toBe('text');
    expect(columns.get('Title')?.displayName).toBe('Anbefaling');
  });

  it('says "forbidden" when the user may not create lists on the site', async () => {
    emulator.injectFaults({ status: 403, count: 1, method: 'POST', pathIncludes: '/lists' });
    const failure = await provisionList(client, {
      site: emulator.sitePath,
      listTitle: 'Tiltak uten tilgang',
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MeasuresError);
    expect((failure as MeasuresError).kind).toBe('forbidden');
  });
});

describe('npm run provision', () => {
  async function run(args: string[]) {
    const lines: string[] = [];
    const code = await runProvisionCli(args, { env: {}, print: (line) => lines.push(line) });
    return { code, output: lines.join('\n') };
  }

  it('prints what it created, then that there is nothing to do', async () => {
    const args = [
      '--site',
      'https://demo.sharepoint.com/sites/hum',
      '--list',
      'Tiltak fra kommandolinjen',
      '--graph',
      emulator.baseUrl,
    ];
    const first = await run(args);
    expect(first.code).toBe(0);
    expect(first.output).toContain('Created the list "Tiltak fra kommandolinjen" with 17 columns.');
    expect(first.output).toContain('Indexed columns: CaseNumber, ResponsibleUnit.');

    const second = await run(args);
    expect(second.code).toBe(0);
    expect(second.output).toContain('Nothing to do');
  });

  it('explains bad arguments and a refused request', async () => {
    const noSite = await run(['--list', 'x', '--graph', emulator.baseUrl]);
    expect(noSite.code).toBe(2);
    expect(noSite.output).toContain('--site is missing');

    const noToken = await run(['--site', 'contoso.sharepoint.com:/sites/hum']);
    expect(noToken.code).toBe(2);
    expect(noToken.output).toContain('GRAPH_TOKEN');

    emulator.injectFaults({ status: 403, count: 1, method: 'POST', pathIncludes: '/lists' });
    const refused = await run([
      '--site',
      emulator.sitePath,
      '--list',
      'Tiltak uten tilgang 2',
      '--graph',
      emulator.baseUrl,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('no permission to create or change the list');
  });
});
