import { useCallback, useState } from 'react';
import type { Measure, MeasurePatch, NewMeasure } from '../../domain';
import type { MeasuresError } from '../../graph/errors';
import { toMeasuresError } from '../../graph/to-measures-error';
import { useMeasures } from '../shared/MeasuresProvider';
import { useServices } from '../shared/services';

/**
 * Where a write of one measure stands:
 * - conflict: someone saved the measure after it was read (412); `current` is their version
 * - gone: the measure is no longer in the list (404)
 */
export type WriteState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'failed'; error: MeasuresError }
  | { kind: 'conflict'; current: Measure }
  | { kind: 'gone' };

export type MeasureWrite = {
  state: WriteState;
  /** PATCH with If-Match of the eTag given; the tab holds the saved measure at once. */
  update(id: string, etag: string, patch: MeasurePatch): Promise<Measure | null>;
  create(measure: NewMeasure): Promise<Measure | null>;
  /** DELETE with If-Match; the plan is read again afterwards. */
  remove(id: string, etag: string): Promise<boolean>;
  reset(): void;
};

/**
 * The caseworker's writes of single measures, with the conflicts they can meet: a stale eTag
 * becomes a `conflict` carrying the version now in the list, so the caseworker sees both and
 * chooses; nothing is overwritten unseen.
 */
export function useMeasureWrite(): MeasureWrite {
  const { measures: api } = useServices();
  const { replace, refresh } = useMeasures();
  const [state, setState] = useState<WriteState>({ kind: 'idle' });

  const failed = useCallback(
    async (error: unknown, id: string | null) => {
      const failure = toMeasuresError(error);
      if (failure.kind === 'not-found' && id !== null) {
        setState({ kind: 'gone' });
        void refresh();
        return;
      }
      if (failure.kind === 'conflict' && id !== null) {
        try {
          const current = failure.current ?? (await api.getMeasure(id));
          setState({ kind: 'conflict', current });
          return;
        } catch (readError) {
          setState({ kind: 'failed', error: toMeasuresError(readError) });
          return;
        }
      }
      setState({ kind: 'failed', error: failure });
    },
    [api, refresh],
  );

  const update = useCallback(
    async (id: string, etag: string, patch: MeasurePatch) => {
      setState({ kind: 'busy' });
      try {
        const saved = await api.updateMeasure(id, etag, patch);
        replace(saved);
        setState({ kind: 'idle' });
        return saved;
      } catch (error) {
        await failed(error, id);
        return null;
      }
    },
    [api, replace, failed],
  );

  const create = useCallback(
    async (measure: NewMeasure) => {
      setState({ kind: 'busy' });
      try {
        const created = await api.createMeasure(measure);
        replace(created);
        setState({ kind: 'idle' });
        return created;
      } catch (error) {
        await failed(error, null);
        return null;
      }
    },
    [api, replace, failed],
  );

  const remove = useCallback(
    async (id: string, etag: string) => {
      setState({ kind: 'busy' });
      try {
        await api.deleteMeasure(id, etag);
        setState({ kind: 'idle' });
        await refresh();
        return true;
      } catch (error) {
        await failed(error, id);
        return false;
      }
    },
    [api, refresh, failed],
  );

  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, update, create, remove, reset };
}
