import { useCallback, useMemo, useState } from 'react';
import { listPlanUnits, listUnits } from '../domain';
import { useMeasures, type CurrentUser } from '../features/shared';
import { browserStorage } from './browser-storage';
import {
  demoUserFor,
  readDemoChoice,
  resolveDemoChoice,
  writeDemoChoice,
  type DemoChoice,
} from './demo-identity';

export type DemoUser = {
  choice: DemoChoice;
  user: CurrentUser;
  /** The plan's units, from the data. */
  units: string[];
  choose(choice: DemoChoice): void;
};

/** Whom the demo acts as: a unit of the plan or the caseworker, per browser tab. */
export function useDemoUser(): DemoUser {
  const { phase, measures } = useMeasures();
  const [stored, setStored] = useState(() => readDemoChoice(browserStorage('sessionStorage')));
  const units = useMemo(() => listPlanUnits(measures), [measures]);
  const firstLead = useMemo(() => listUnits(measures)[0], [measures]);

  // Until the plan is read there are no units to check the stored choice against.
  const choice =
    phase === 'ready'
      ? resolveDemoChoice(stored, units, firstLead)
      : (stored ?? resolveDemoChoice(null, units, firstLead));
  const user = useMemo(() => demoUserFor(choice), [choice]);

  const choose = useCallback((next: DemoChoice) => {
    writeDemoChoice(browserStorage('sessionStorage'), next);
    setStored(next);
  }, []);

  return { choice, user, units, choose };
}
