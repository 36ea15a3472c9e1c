import { describe, expect, it } from 'vitest';
import { CASEWORKER, MANAGER } from './demo-identity';
import { readReportingFor, tenantUserFor, writeReportingFor } from './reporting-for';
import { memoryStorage } from '../../tests/support/memory-storage';

describe('whom a signed-in user reports for', () => {
  it('is remembered per account, not for everyone using the browser', () => {
    const storage = memoryStorage();
    writeReportingFor(storage, 'Kari.Nordmann@contoso.no', 'HUM-seksjonen');
    writeReportingFor(storage, 'ola@contoso.no', CASEWORKER);
    expect(readReportingFor(storage, 'kari.nordmann@contoso.no')).toBe('HUM-seksjonen');
    expect(readReportingFor(storage, 'ola@contoso.no')).toBe(CASEWORKER);
    expect(readReportingFor(storage, 'per@contoso.no')).toBeNull();
  });

  it('is not remembered before the account is known, nor where storage is refused', () => {
    const storage = memoryStorage();
    writeReportingFor(storage, null, 'IOM');
    expect(storage.length).toBe(0);
    expect(readReportingFor(storage, null)).toBeNull();
    const refusing = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => writeReportingFor(refusing, 'kari@contoso.no', 'IOM')).not.toThrow();
    expect(readReportingFor(refusing, 'kari@contoso.no')).toBeNull();
  });

  it('makes a unit reporter, the caseworker, or until chosen a reader of every measure', () => {
    expect(tenantUserFor('Kari Nordmann', 'IOM')).toEqual({
      displayName: 'Kari Nordmann',
      role: 'unit',
      unit: 'IOM',
    });
    expect(tenantUserFor('Kari Nordmann', CASEWORKER)).toEqual({
      displayName: 'Kari Nordmann',
      role: 'caseworker',
      unit: null,
    });
    expect(tenantUserFor('Kari Nordmann', MANAGER)).toEqual({
      displayName: 'Kari Nordmann',
      role: 'manager',
      unit: null,
    });
    expect(tenantUserFor('Kari Nordmann', null)).toEqual({
      displayName: 'Kari Nordmann',
      role: 'unit',
      unit: null,
    });
  });
});
