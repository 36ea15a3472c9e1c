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

  it('is none when the department names no unit of this plan', () => {
    expect(unitForDepartment('Regionalavdelingen', units)).toBeNull();
    expect(unitForDepartment('Avdeling for regionale spørsmål og utvikling', units)).toBeNull();
    expect(unitForDepartment('', units)).toBeNull();
    expect(unitForDepartment(null, units)).toBeNull();
  });
});
