import { describe, expect, it } from 'vitest';
import { readSubEntity, teamsDeepLink, viewSubEntity } from './deep-link';

describe('deep links to the tab', () => {
  it('reads a measure id as before, and a view after its prefix', () => {
    expect(readSubEntity('17')).toEqual({ kind: 'measure', id: '17' });
    expect(readSubEntity(viewSubEntity('unit=HUM-seksjonen&layout=table'))).toEqual({
      kind: 'view',
      query: 'unit=HUM-seksjonen&layout=table',
    });
    expect(readSubEntity(null)).toBeNull();
    expect(readSubEntity('')).toBeNull();
  });

  it('builds the Teams link with the sub-entity as JSON in the context, and reads it back', () => {
    const sub = viewSubEntity('unit=MR%2FDEM-seksjonen&q=menneskehandel+%C3%A6');
    const link = teamsDeepLink({ appId: 'a1b2-c3', entityId: 'oppfolging' }, sub);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(
      'https://teams.microsoft.com/l/entity/a1b2-c3/oppfolging',
    );
    const context = JSON.parse(url.searchParams.get('context') ?? '{}') as { subEntityId: string };
    expect(context.subEntityId).toBe(sub);
    expect(readSubEntity(context.subEntityId)).toEqual({
      kind: 'view',
      query: 'unit=MR%2FDEM-seksjonen&q=menneskehandel+%C3%A6',
    });
  });
});
