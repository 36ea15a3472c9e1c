// The units a plan text may name: the ministry's sections, departments and missions that the
// 2011 plan and the 2012 memo refer to. The plan form adds the units of the plan's own measures,
// so a unit missing here is known as soon as one measure names it.

export const KNOWN_UNITS = [
  'HUM-seksjonen',
  'MR/DEM-seksjonen',
  'GIL-seksjonen',
  'Regionalavdelingen',
  'Fagseksjonene',
  'Geneve-delegasjonen',
  'Seksjon for Russland, Eurasia og regionalt samarbeid',
  'Ambassaden i Dhaka',
  'Ambassaden i Abuja',
  'IOM',
] as const;

/** Other spellings of a unit, as plan documents write them, → the unit's name. */
export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  'Hum-seksjonen': 'HUM-seksjonen',
  'Seksjon for humanitære spørsmål': 'HUM-seksjonen',
  'Seksjon for menneskerettigheter og demokrati': 'MR/DEM-seksjonen',
  'delegasjonen Geneve': 'Geneve-delegasjonen',
  'delegasjonen i Genève': 'Geneve-delegasjonen',
  fagseksjonene: 'Fagseksjonene',
  'Avdeling for regionale spørsmål og utvikling': 'Regionalavdelingen',
};
