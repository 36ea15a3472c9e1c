import type { CurrentUser } from '../features/shared';

// Demo mode has no sign-in: the user picks whom to act as. The choice is per browser tab
// (sessionStorage), so two windows side by side can be two units.

export const CASEWORKER = 'caseworker';
/** A manager (leder): reads every measure and approves or returns reports; leads none. */
export const MANAGER = 'manager';

/** The choices that are roles rather than units. */
export const ROLE_CHOICES: readonly string[] = [CASEWORKER, MANAGER];

/** A unit's name, CASEWORKER or MANAGER. */
export type DemoChoice = string;

const CHOICE_KEY = 'oppfolging.demo-user';

/** People from the 2011 plan and the 2012 memo, so the demo reads like the real case. */
const DEMO_PEOPLE: Record<string, string> = {
  [CASEWORKER]: 'Kristin Hoem Langsholt',
  [MANAGER]: 'Seksjonssjef i HUM-seksjonen',
  'HUM-seksjonen': 'Kristin Hoem Langsholt',
  'MR/DEM-seksjonen': 'Eva Hermstad',
  Regionalavdelingen: 'Ole Martin Berg',
  IOM: 'Geneve-delegasjonen for IOM',
};

export function demoUserFor(choice: DemoChoice): CurrentUser {
  if (choice === CASEWORKER) {
    return {
      displayName: DEMO_PEOPLE[CASEWORKER] ?? 'Saksbehandler',
      role: 'caseworker',
      unit: null,
    };
  }
  if (choice === MANAGER) {
    return { displayName: DEMO_PEOPLE[MANAGER] ?? 'Leder', role: 'manager', unit: null };
  }
  return {
    displayName: DEMO_PEOPLE[choice] ?? `Demobruker (${choice})`,
    role: 'unit',
    unit: choice,
  };
}

/**
 * The stored choice if it is still one of the plan's units (or a role); otherwise the first unit
 * that leads a measure, so a first visit starts where the issue starts: a unit reporting.
 */
export function resolveDemoChoice(
  stored: string | null,
  units: readonly string[],
  leading: readonly string[] = units,
): DemoChoice {
  if (stored !== null && (ROLE_CHOICES.includes(stored) || units.includes(stored))) return stored;
  return leading[0] ?? units[0] ?? CASEWORKER;
}

export function readDemoChoice(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(CHOICE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeDemoChoice(storage: Storage | undefined, choice: DemoChoice): void {
  try {
    storage?.setItem(CHOICE_KEY, choice);
  } catch {
    // Only this page load acts as the chosen user.
  }
}
