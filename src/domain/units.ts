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

/**
 * Every unit the measures name, as lead or as contributor, in Norwegian order: the units someone
 * may act for (a contributing unit has work to do in the plan even when it leads nothing).
 */
export function planUnits(
  measures: readonly { responsibleUnit: string; contributingUnits: readonly string[] }[],
): string[] {
  const units = new Set<string>();
  for (const measure of measures) {
    if (measure.responsibleUnit.trim() !== '') units.add(measure.responsibleUnit.trim());
    for (const unit of measure.contributingUnits) if (unit.trim() !== '') units.add(unit.trim());
  }
  return [...units].sort((a, b) => a.localeCompare(b, 'nb'));
}

/**
 * The plan's unit that an Entra ID `department` names, or null: exact names first, then the
 * known other spellings, case and spacing aside ("hum-seksjonen " is HUM-seksjonen).
 */
export function unitForDepartment(
  department: string | null | undefined,
  units: readonly string[],
  aliases: Readonly<Record<string, string>> = UNIT_ALIASES,
): string | null {
  const wanted = (department ?? '').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('nb');
  // No unit's name is empty (planUnits drops blanks), so without this line nothing would match
  // either: its mutants are equivalent; it says what an empty department means.
  if (wanted === '') return null;
  const byName = units.find((unit) => unit.toLocaleLowerCase('nb') === wanted);
  if (byName) return byName;
  const alias = Object.entries(aliases).find(([name]) => name.toLocaleLowerCase('nb') === wanted);
  return alias && units.includes(alias[1]) ? alias[1] : null;
}
