import { describe, expect, it } from 'vitest';
import { testMeasure } from './measure.test-helper';
import { planUnits, unitForDepartment } from './units';

describe('the units of a plan', () => {
  it('are the lead and contributing units, each once, in Norwegian order', () => {
    const measures = [
      testMeasure('1', {
        responsibleUnit: 'Regionalavdelingen',
        contributingUnits: ['Ambassaden i Abuja', 'Fagseksjonene'],
      }),
      testMeasure('2', {
        responsibleUnit: 'HUM-seksjonen',
        contributingUnits: ['Geneve-delegasjonen', ' '],
      }),
      testMeasure('3', { responsibleUnit: 'Fagseksjonene' }),
    ];
    expect(planUnits(measures)).toEqual([
      'Ambassaden i Abuja',
      'Fagseksjonene',
      'Geneve-delegasjonen',
      'HUM-seksjonen',
      'Regionalavdelingen',
    ]);
  });
});

describe('the units of a plan, as typed in SharePoint', () => {
  it('are trimmed, and a name given as lead and as contributor counts once', () => {
    const measures = [
      testMeasure('1', { responsibleUnit: ' HUM-seksjonen ', contributingUnits: ['IOM '] }),
      testMeasure('2', { responsibleUnit: '  ', contributingUnits: [' HUM-seksjonen', ''] }),
    ];
    expect(planUnits(measures)).toEqual(['HUM-seksjonen', 'IOM']);
  });
});

describe('the unit an Entra ID department names', () => {
  const units = ['HUM-seksjonen', 'MR/DEM-seksjonen', 'Geneve-delegasjonen'];

  it('is the plan’s unit of that name, case and spacing aside, or by a known other spelling', () => {
    expect(unitForDepartment('HUM-seksjonen', units)).toBe('HUM-seksjonen');
    expect(unitForDepartment('  hum-seksjonen ', units)).toBe('HUM-seksjonen');
    expect(unitForDepartment('Seksjon for menneskerettigheter og  demokrati', units)).toBe(
      'MR/DEM-seksjonen',
    );
    expect(unitForDepartment('delegasjonen i Genève', units)).toBe('Geneve-delegasjonen');
  });

  it('matches the plan’s own names without any other spelling, spaces inside folded to one', () => {
    const plan = ['Seksjon for Russland, Eurasia og regionalt samarbeid', 'HUM-seksjonen'];
    expect(
      unitForDepartment('seksjon for russland,  eurasia og regionalt samarbeid', plan, {}),
    ).toBe('Seksjon for Russland, Eurasia og regionalt samarbeid');
    expect(unitForDepartment('HUM-SEKSJONEN', plan, {})).toBe('HUM-seksjonen');
    // The plan's own name wins over another spelling that points elsewhere.
    expect(unitForDepartment('hum-seksjonen', plan, { 'hum-seksjonen': 'IOM' })).toBe(
      'HUM-seksjonen',
    );
  });

  it('is none when the department names no unit of this plan', () => {
    expect(unitForDepartment('Regionalavdelingen', units)).toBeNull();
    expect(unitForDepartment('Avdeling for regionale spørsmål og utvikling', units)).toBeNull();
    expect(unitForDepartment('', units)).toBeNull();
    expect(unitForDepartment(null, units)).toBeNull();
  });
});
