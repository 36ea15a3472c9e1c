import { describe, expect, it } from 'vitest';
import { CASEWORKER, demoUserFor, MANAGER, resolveDemoChoice } from './demo-identity';

const units = ['HUM-seksjonen', 'IOM', 'MR/DEM-seksjonen', 'Regionalavdelingen'];

describe('demo identity', () => {
  it('acts as a unit with a person from the case, or a generic demo user', () => {
    expect(demoUserFor('MR/DEM-seksjonen')).toEqual({
      displayName: 'Eva Hermstad',
      role: 'unit',
      unit: 'MR/DEM-seksjonen',
    });
    expect(demoUserFor('Seksjon for Russland')).toMatchObject({
      displayName: 'Demobruker (Seksjon for Russland)',
      unit: 'Seksjon for Russland',
    });
    expect(demoUserFor(CASEWORKER)).toEqual({
      displayName: 'Kristin Hoem Langsholt',
      role: 'caseworker',
      unit: null,
    });
    expect(demoUserFor(MANAGER)).toEqual({
      displayName: 'Seksjonssjef i HUM-seksjonen',
      role: 'manager',
      unit: null,
    });
  });

  it('keeps a stored choice only while it is still one of the plan’s units', () => {
    expect(resolveDemoChoice('IOM', units)).toBe('IOM');
    expect(resolveDemoChoice(CASEWORKER, units)).toBe(CASEWORKER);
    expect(resolveDemoChoice(MANAGER, units)).toBe(MANAGER);
    expect(resolveDemoChoice('Nedlagt seksjon', units)).toBe('HUM-seksjonen');
    expect(resolveDemoChoice(null, units)).toBe('HUM-seksjonen');
    expect(resolveDemoChoice(null, [])).toBe(CASEWORKER);
    // A contributing unit is offered, but a first visit starts as a unit that leads measures.
    const withEmbassy = ['Ambassaden i Dhaka', ...units];
    expect(resolveDemoChoice(null, withEmbassy, ['HUM-seksjonen'])).toBe('HUM-seksjonen');
    expect(resolveDemoChoice('Ambassaden i Dhaka', withEmbassy, ['HUM-seksjonen'])).toBe(
      'Ambassaden i Dhaka',
    );
    expect(resolveDemoChoice('Ambassaden i Abuja', ['Ambassaden i Abuja'], [])).toBe(
      'Ambassaden i Abuja',
    );
    expect(resolveDemoChoice(MANAGER, units)).toBe(MANAGER);
  });
});
