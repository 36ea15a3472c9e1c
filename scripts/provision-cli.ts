// `npm run provision -- --site <site> --list <name> [--graph <baseUrl>] [--token <t>]`:
// creates the measures list, or adds what an existing one lacks, and prints what it did.
// The work is provisionList (src/graph/provision-list.ts); this file reads arguments and prints.
import { parseArgs } from 'node:util';
import { createGraphClient } from '../src/graph/create-graph-client';
import { isMeasuresError } from '../src/graph/errors';
import {
  CONTRIBUTIONS_LIST,
  PLANS_LIST,
  provisionContributionsList,
  provisionList,
  provisionPlansList,
} from '../src/graph/provision-list';
import type { ProvisionResult } from '../src/graph/provision-list';
import { DEFAULT_GRAPH_BASE_URL, DEFAULT_LIST } from '../src/platform/config';
import { normalizeSiteAddress } from '../src/platform/site-address';

export const USAGE = `Usage: npm run provision -- --site <site> [--list <name>] [--graph <base-url>] [--token <token>]

  --site   the SharePoint site: https://contoso.sharepoint.com/sites/hum,
           contoso.sharepoint.com:/sites/hum, or a site id
  --list   the list's title (default: ${DEFAULT_LIST})
  --graph  the Graph base URL (default: ${DEFAULT_GRAPH_BASE_URL})
  --token  a delegated Graph access token with Sites.Manage.All (or set GRAPH_TOKEN)

Creates the list with every column and index the tab needs, or adds what an existing list
lacks. It never deletes or changes data; running it again changes nothing.`;

export type ProvisionCliIo = {
  env: Readonly<Record<string, string | undefined>>;
  print: (line: string) => void;
  fetch?: typeof fetch;
};

/** Runs the command; returns the process exit code (0 done, 1 failed, 2 bad arguments). */
export async function runProvisionCli(
  args: readonly string[],
  io: ProvisionCliIo,
): Promise<number> {
  let values: { site?: string; list?: string; graph?: string; token?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        site: { type: 'string' },
        list: { type: 'string' },
        graph: { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    io.print(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.print(USAGE);
    return 0;
  }
  const site = values.site === undefined ? null : normalizeSiteAddress(values.site);
  if (site === null) {
    io.print(
      values.site === undefined
        ? `--site is missing.\n\n${USAGE}`
        : `--site "${values.site}" is not a SharePoint site address.\n\n${USAGE}`,
    );
    return 2;
  }
  const listTitle = values.list?.trim() || DEFAULT_LIST;
  const baseUrl = (values.graph ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  const token = values.token ?? io.env.GRAPH_TOKEN;
  if (!token && isMicrosoftGraph(baseUrl)) {
    io.print(
      'No access token: pass --token <token> or set GRAPH_TOKEN to a delegated Microsoft Graph token with Sites.Manage.All (see the README, "Provision the SharePoint list").',
    );
    return 2;
  }

  io.print(`Provisioning "${listTitle}" on ${site} (${baseUrl})`);
  const client = createGraphClient({
    baseUrl,
    getToken: token ? () => Promise.resolve(token) : undefined,
    fetch: io.fetch,
  });
  try {
    const result = await provisionList(client, { site, listTitle });
    for (const line of describeResult(listTitle, result)) io.print(line);
    // The plans list goes beside the measures list, under its fixed title.
    io.print(`Provisioning "${PLANS_LIST.title}" on ${site}`);
    const plans = await provisionPlansList(client, site);
    for (const line of describeResult(PLANS_LIST.title, plans)) io.print(line);
    io.print(`Provisioning "${CONTRIBUTIONS_LIST.title}" on ${site}`);
    const contributionsList = await provisionContributionsList(client, site);
    for (const line of describeResult(CONTRIBUTIONS_LIST.title, contributionsList)) io.print(line);
    return 0;
  } catch (error) {
    io.print(describeFailure(listTitle, site, error));
    return 1;
  }
}

export function describeResult(listTitle: string, result: ProvisionResult): string[] {
  const lines: string[] = [];
  if (result.created) {
    lines.push(`Created the list "${listTitle}" with ${result.addedColumns.length} columns.`);
  } else if (result.addedColumns.length > 0) {
    lines.push(`Added columns: ${result.addedColumns.join(', ')}.`);
  }
  if (result.indexedColumns.length > 0) {
    lines.push(`Indexed columns: ${result.indexedColumns.join(', ')}.`);
  }
  if (result.updatedColumns.length > 0) {
    lines.push(`Completed columns (choices, display name): ${result.updatedColumns.join(', ')}.`);
  }
  for (const conflict of result.conflictingColumns) {
    lines.push(
      `Warning: the column ${conflict.name} is of type ${conflict.found}, not ${conflict.expected}. It was left as it is; ask the list's owner to fix it, or use another list.`,
    );
  }
  const changed =
    result.created ||
    result.addedColumns.length + result.indexedColumns.length + result.updatedColumns.length > 0;
  if (!changed) lines.push(`Nothing to do: "${listTitle}" already has every column and index.`);
  return lines;
}

function describeFailure(listTitle: string, site: string, error: unknown): string {
  if (!isMeasuresError(error))
    return `Failed: ${error instanceof Error ? error.message : String(error)}`;
  switch (error.kind) {
    case 'forbidden':
      return `Failed: no permission to create or change the list "${listTitle}" on ${site} (403). Provisioning needs Sites.Manage.All, or Sites.Selected with a "manage" or "fullcontrol" grant on the site.`;
    case 'unauthorized':
      return `Failed: the access token was refused (401): ${error.message}. Get a new one (they last about an hour).`;
    case 'not-found':
      return `Failed: the site ${site} was not found (404). Check the address.`;
    default:
      return `Failed (${error.kind}${error.status ? `, HTTP ${error.status}` : ''}): ${error.message}`;
  }
}

function isMicrosoftGraph(baseUrl: string): boolean {
  try {
    return new URL(baseUrl).hostname.endsWith('graph.microsoft.com');
  } catch {
    return false;
  }
}
