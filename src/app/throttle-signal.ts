/** A tiny event hub: the Graph client says it is waiting out a Retry-After; the UI listens. */
export type ThrottleSignal = {
  emit(waitSeconds: number): void;
  subscribe(listener: (waitSeconds: number) => void): () => void;
};

export function createThrottleSignal(): ThrottleSignal {
  const listeners = new Set<(waitSeconds: number) => void>();
  return {
    emit(waitSeconds) {
      for (const listener of [...listeners]) listener(waitSeconds);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
