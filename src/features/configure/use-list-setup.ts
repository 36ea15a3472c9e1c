import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { CompanionList, ListSetupApi, ListsProvisionResult, MeasuresError } from '../../graph';
import { toMeasuresError } from '../../graph/to-measures-error';
import {
  normalizeSiteAddress,
  type ListLocationChoice,
  type TabConfigHost,
  type TabSettings,
} from '../../platform';

export type ListSetupOptions = {
  /** Checks and creates the list (creating asks for Sites.Manage.All: consent is asked for then). */
  lists: ListSetupApi;
  /** What this tab saved before (Teams), or the settings in the page's own address (standalone). */
  savedSettings(): Promise<Partial<TabSettings>>;
  /** The proposed location, given those settings (resolveListLocation). */
  defaultLocation(saved: Partial<TabSettings>): ListLocationChoice;
  /** Teams' configuration dialog (its Save button); null on a page of its own. */
  teams: Pick<TabConfigHost, 'setValid' | 'onSave'> | null;
};

/**
 * Where the check of the location in the fields stands:
 * - loading: the saved settings are being read
 * - unchecked: the fields changed since the last check
 * - ok / created: the user can reach the list (created: it was just made, `result` says how)
 * - site-missing, list-missing, forbidden, failed: what the check found instead
 * - creating, create-failed: creating the missing lists, or completing them (from ok and created)
 */
export type SetupCheck =
  | { kind: 'loading' }
  | { kind: 'unchecked' }
  | { kind: 'checking'; location: TabSettings }
  /** `missing`: the plans or contributions list the site lacks (set up before they existed). */
  | { kind: 'ok'; location: TabSettings; missing: CompanionList[] }
  | { kind: 'site-missing'; location: TabSettings }
  | { kind: 'list-missing'; location: TabSettings }
  | { kind: 'forbidden'; location: TabSettings }
  | { kind: 'failed'; location: TabSettings; error: MeasuresError }
  | { kind: 'creating'; location: TabSettings }
  | { kind: 'created'; location: TabSettings; result: ListsProvisionResult }
  | { kind: 'create-failed'; location: TabSettings; error: MeasuresError };

export type FieldProblem = 'site-invalid' | 'list-missing' | null;

type State = {
  site: string;
  list: string;
  /** The case number of the one plan the tab is for; '' for every plan in the list. */
  plan: string;
  source: ListLocationChoice['source'] | null;
  check: SetupCheck;
};

type Action =
  | { type: 'loaded'; choice: ListLocationChoice; plan: string }
  | { type: 'edit'; field: 'site' | 'list'; value: string }
  | { type: 'edit-plan'; value: string }
  | { type: 'check'; check: SetupCheck };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return {
        site: action.choice.site ?? '',
        list: action.choice.list,
        plan: action.plan,
        source: action.choice.source,
        check: { kind: 'unchecked' },
      };
    case 'edit':
      return { ...state, [action.field]: action.value, check: { kind: 'unchecked' } };
    case 'edit-plan':
      // The plan does not change which list is reached: the check still holds.
      return { ...state, plan: action.value };
    case 'check':
      return { ...state, check: action.check };
  }
}

/** The fields as a location, or why they are not one yet. */
export function readLocation(
  site: string,
  list: string,
): { location: TabSettings; problem: null } | { location: null; problem: FieldProblem } {
  const siteAddress = normalizeSiteAddress(site);
  if (siteAddress === null) return { location: null, problem: 'site-invalid' };
  const title = list.trim();
  if (title === '') return { location: null, problem: 'list-missing' };
  return { location: { site: siteAddress, list: title }, problem: null };
}

const sameLocation = (a: TabSettings, b: TabSettings) => a.site === b.site && a.list === b.list;

export type ListSetup = State & {
  /** What is wrong with the fields themselves (shown once the user has something there). */
  fieldProblem: FieldProblem;
  /** True when the location in the fields was checked and can be used: Teams' Save is enabled. */
  valid: boolean;
  /** The location to save (with the plan, when one is given), when valid. */
  location: TabSettings | null;
  setSite(value: string): void;
  setList(value: string): void;
  setPlan(value: string): void;
  /** Checks the location in the fields. */
  checkAccess(): void;
  /** Creates the lists the last check found missing, or completes all three once the list is reached. */
  createList(): void;
};

/**
 * The channel tab's configuration: proposes a site and list, checks that the user can reach the
 * list, offers to create it when it is missing, and tells Teams when Save may be pressed and what
 * to save.
 */
export function useListSetup(options: ListSetupOptions): ListSetup {
  const [state, dispatch] = useReducer(reducer, {
    site: '',
    list: '',
    plan: '',
    source: null,
    check: { kind: 'loading' },
  });
  const optionsRef = useRef(options);
  useLayoutEffect(() => {
    optionsRef.current = options;
  });
  // Only the newest check or creation may set the result: an older answer arriving late is dropped.
  const generation = useRef(0);

  const run = useCallback(async (location: TabSettings) => {
    const mine = ++generation.current;
    dispatch({ type: 'check', check: { kind: 'checking', location } });
    const outcome = await optionsRef.current.lists.checkAccess(location);
    if (mine !== generation.current) return;
    dispatch({
      type: 'check',
      check:
        outcome.kind === 'failed' || outcome.kind === 'ok'
          ? { ...outcome, location }
          : { kind: outcome.kind, location },
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    void optionsRef.current
      .savedSettings()
      .catch((): Partial<TabSettings> => ({}))
      .then((saved) => {
        if (cancelled) return;
        const choice = optionsRef.current.defaultLocation(saved);
        dispatch({ type: 'loaded', choice, plan: saved.plan ?? '' });
        // The proposal is checked at once: in the usual case the user only has to press Save.
        if (choice.site !== null) void run({ site: choice.site, list: choice.list });
      });
    return () => {
      cancelled = true;
    };
  }, [run]);

  const read = readLocation(state.site, state.list);
  const checked =
    state.check.kind === 'ok' || state.check.kind === 'created' ? state.check.location : null;
  const valid = checked !== null && read.location !== null && sameLocation(checked, read.location);
  const plan = state.plan.trim();
  const location =
    valid && read.location ? (plan === '' ? read.location : { ...read.location, plan }) : null;

  const teams = options.teams;
  useEffect(() => {
    teams?.setValid(valid);
  }, [teams, valid]);

  // Teams calls the save handler later, when Save is pressed: it must see the location then.
  const savable = useRef<TabSettings | null>(null);
  useLayoutEffect(() => {
    savable.current = location;
  });
  useEffect(() => {
    teams?.onSave(() =>
      savable.current
        ? Promise.resolve(savable.current)
        : Promise.reject(new Error('The list has not been checked.')),
    );
  }, [teams]);

  const edit = useCallback((field: 'site' | 'list', value: string) => {
    // A check still under way is for the old values: its answer must not land on the new ones.
    generation.current += 1;
    dispatch({ type: 'edit', field, value });
  }, []);

  const checkAccess = useCallback(() => {
    const { location: wanted } = readLocation(state.site, state.list);
    if (wanted) void run(wanted);
  }, [run, state.site, state.list]);

  const createList = useCallback(() => {
    const current = state.check;
    const from = ['list-missing', 'create-failed', 'ok', 'created'];
    if (!from.includes(current.kind) || !('location' in current)) return;
    const target = current.location;
    const mine = ++generation.current;
    dispatch({ type: 'check', check: { kind: 'creating', location: target } });
    optionsRef.current.lists
      .provision({ site: target.site, list: target.list })
      .then(
        (result): SetupCheck => ({ kind: 'created', location: target, result }),
        (error: unknown): SetupCheck => ({
          kind: 'create-failed',
          location: target,
          error: toMeasuresError(error),
        }),
      )
      .then((next) => {
        if (mine === generation.current) dispatch({ type: 'check', check: next });
      });
  }, [state.check]);

  return {
    ...state,
    fieldProblem: read.problem,
    valid,
    location,
    setSite: useCallback((value: string) => edit('site', value), [edit]),
    setList: useCallback((value: string) => edit('list', value), [edit]),
    setPlan: useCallback((value: string) => dispatch({ type: 'edit-plan', value }), []),
    checkAccess,
    createList,
  };
}
