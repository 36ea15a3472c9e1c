import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { planUnits, unitForDepartment } from '../domain';
import { ownerKey, useMeasures, type CurrentUser } from '../features/shared';
import { useMyDepartment } from './use-my-department';
import type { HostUser } from '../platform';
import type { AuthSession } from './auth-session';
import { browserStorage } from './browser-storage';
import {
  readReportingFor,
  tenantUserFor,
  writeReportingFor,
  type ReportingChoice,
} from './reporting-for';

export type TenantUser = {
  /**
   * The unit the user reports for (chosen, or else the plan's unit their Entra ID department
   * names), CASEWORKER or MANAGER; null until they have chosen and the directory names no unit.
   */
  choice: ReportingChoice | null;
  user: CurrentUser;
  /** The plan's units, from the data. */
  units: string[];
  choose(choice: ReportingChoice): void;
  /** Whose drafts and memo texts the browser keeps (ownerKey): null until the user is known. */
  owner: string | null;
};

const noSubscription = () => () => undefined;
const noAccount = () => null;

/**
 * Who uses the tab in a tenant: the name from MSAL's account (or the host's context until the
 * first token), and the unit they chose to report for, remembered per account.
 */
export function useTenantUser(session: AuthSession | null, hostUser: HostUser | null): TenantUser {
  const { measures, phase } = useMeasures();
  const account = useSyncExternalStore(
    session?.onTokenReceived ?? noSubscription,
    session?.account ?? noAccount,
  );
  const displayName =
    account?.name ??
    hostUser?.displayName ??
    account?.username ??
    hostUser?.userPrincipalName ??
    '';
  const userKey = account?.username ?? hostUser?.userPrincipalName ?? hostUser?.loginHint ?? null;
  const tenantId = account?.tenantId ?? hostUser?.tenantId ?? null;
  const owner =
    userKey === null || tenantId === null
      ? null
      : ownerKey({ kind: 'tenant', tenantId, user: userKey });

  // A choice made on this page load, for the account it was made by.
  const [chosen, setChosen] = useState<{ userKey: string | null; choice: ReportingChoice } | null>(
    null,
  );
  const units = useMemo(() => planUnits(measures), [measures]);
  // Asked once the plan is read: by then the user is signed in, and the units are known.
  const department = useMyDepartment(phase === 'ready' && userKey !== null ? userKey : null);
  const choice =
    chosen !== null && chosen.userKey === userKey
      ? chosen.choice
      : (readReportingFor(browserStorage('localStorage'), userKey) ??
        unitForDepartment(department, units));

  const user = useMemo(() => tenantUserFor(displayName, choice), [displayName, choice]);
  const choose = useCallback(
    (next: ReportingChoice) => {
      writeReportingFor(browserStorage('localStorage'), userKey, next);
      setChosen({ userKey, choice: next });
    },
    [userKey],
  );
  return { choice, user, units, choose, owner };
}
