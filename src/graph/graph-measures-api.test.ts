import { describe, expect, it } from 'vitest';
import { createGraphClient } from './create-graph-client';
import { caseNumberFilter, createGraphMeasuresApi } from './graph-measures-api';
import { json, scriptedFetch } from './scripted-fetch.test-helper';

describe('caseNumberFilter', () => {
  it('doubles quotes inside the literal and encodes the expression for the URL', () => {
    expect(decodeURIComponent(caseNumberFilter('11/10298'))).toBe(
      "fields/CaseNumber eq '11/10298'",
    );
    expect(decodeURIComponent(caseNumberFilter("O'Brien & co"))).toBe(
      "fields/CaseNumber eq 'O''Brien & co'",
    );
    expect(caseNumberFilter('a&b#c')).not.toMatch(/[&#]/);
  });
});

describe('listVersions', () => {
  // A site id and a list GUID: no lookups before the versions request.
  const location = {
    site: 'demo.sharepoint.com,1,2',
    list: '0b0f1c1e-5f2a-4c3b-9d4e-6a7b8c9d0e1f',
  };
  const version = (id: string, lastModifiedDateTime: string) => ({
    id,
    lastModifiedDateTime,
    lastModifiedBy: { user: { displayName: 'Seksjon for analyse' } },
    fields: { Status: 'Pågår', StatusReport: `Versjon ${id}`, ReportedBy: 'Kari' },
  });

  it('gives the versions newest first by version number, "3.10" after "3.9", whatever the clock says', async () => {
    // Saved within one second, and with a server clock that went back once: only the ids tell.
    const { fetch, seen } = scriptedFetch([
      json({
        value: [
          version('3.9', '2026-03-01T10:00:00Z'),
          version('2.0', '2026-03-01T10:00:00Z'),
          version('10.0', '2026-03-01T09:59:00Z'),
          version('3.10', '2026-03-01T10:00:00Z'),
          version('9.1', '2026-03-01T10:00:00Z'),
        ],
      }),
    ]);
    const api = createGraphMeasuresApi(
      createGraphClient({ baseUrl: 'http://graph.test/v1.0', fetch }),
      location,
    );
    const versions = await api.listVersions('7');
    expect(versions.map((v) => v.id)).toEqual(['10.0', '9.1', '3.10', '3.9', '2.0']);
    expect(versions[2]).toMatchObject({
      statusReport: 'Versjon 3.10',
      modifiedBy: 'Seksjon for analyse',
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toContain(`/lists/${location.list}/items/7/versions`);
  });
});
