import { useEffect, useState } from 'react';
import type { Plan } from '../../domain';
import { useServices } from '../shared/services';

/**
 * The plans list item of a case number, read once: its date and rule give a new measure its
 * default deadline and bound a revised one. Null while unread, when the list has no item for the
 * plan (a plan that only exists as measures), or when the plans list cannot be read.
 */
export function usePlanItem(caseNumber: string | null): Plan | null {
  const { plans } = useServices();
  const [found, setFound] = useState<{ caseNumber: string; plan: Plan | null } | null>(null);
  useEffect(() => {
    if (caseNumber === null) return;
    let current = true;
    plans.listPlans().then(
      (all) =>
        current &&
        setFound({ caseNumber, plan: all.find((p) => p.caseNumber === caseNumber) ?? null }),
      () => current && setFound({ caseNumber, plan: null }),
    );
    return () => {
      current = false;
    };
  }, [plans, caseNumber]);
  return found?.caseNumber === caseNumber ? found.plan : null;
}
