import { useMemo } from 'react';
import {
  MeasuresProvider,
  ServicesContext,
  type PlanSource,
  type Services,
} from '../features/shared';
import type { HostUser, TeamsTab } from '../platform';
import type { AuthSession } from './auth-session';
import type { DemoCaller } from './demo-caller';
import { browserStorage } from './browser-storage';
import type { RuntimeConfig } from './runtime-config';
import { Shell } from './Shell';

export type AppProps = {
  config: RuntimeConfig;
  services: Services;
  /** Sign-in in a tenant; null in demo mode. */
  session: AuthSession | null;
  /** Whom the demo's requests name as their caller; null in a tenant (or a test without one). */
  demoCaller?: DemoCaller | null;
  /** Who the host says is signed in; null on a standalone page. */
  hostUser: HostUser | null;
  /** A measure to open first (deep link). */
  linkedMeasureId: string | null;
  /** A view to show first, from a Teams deep link (the page's own address has it otherwise). */
  linkedViewQuery?: string | null;
  /** The tab in Teams, for links to a view; null outside Teams. */
  teamsTab?: TeamsTab | null;
};

/** The tab (inside TabFrame): services, the list's data and the plan chosen, and the shell around the plan. */
export function App({
  config,
  services,
  session,
  demoCaller = null,
  hostUser,
  linkedMeasureId,
  linkedViewQuery = null,
  teamsTab = null,
}: AppProps) {
  const source = useMemo<PlanSource>(
    () => ({
      listTitle: config.list,
      listKey: `${config.site}/${config.list}`,
      caseNumber: config.caseNumber,
    }),
    [config],
  );
  return (
    <ServicesContext.Provider value={services}>
      <MeasuresProvider
        source={source}
        storage={browserStorage('localStorage')}
        linkedMeasureId={linkedMeasureId}
      >
        <Shell
          config={config}
          session={session}
          demoCaller={demoCaller}
          hostUser={hostUser}
          linkedMeasureId={linkedMeasureId}
          linkedViewQuery={linkedViewQuery}
          teamsTab={teamsTab}
        />
      </MeasuresProvider>
    </ServicesContext.Provider>
  );
}
