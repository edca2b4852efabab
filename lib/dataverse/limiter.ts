// At most N requests in flight per org: Dataverse counts concurrency per user (api-limits),
// and a timeline must never be the reason a user hits the limit of 52.

export interface Limiter {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

export function createLimiter(maxInFlight: number): Limiter {
  let active = 0;
  const queue: Array<() => void> = [];

  // A finishing task hands its slot straight to the next waiting one, so the count never overshoots.
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      if (active < maxInFlight) active++;
      else {
        await new Promise<void>((resolve, reject) => {
          const start = () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          };
          const onAbort = () => {
            const at = queue.indexOf(start);
            if (at >= 0) queue.splice(at, 1);
            reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
          };
          if (signal?.aborted) return onAbort();
          signal?.addEventListener('abort', onAbort, { once: true });
          queue.push(start);
        });
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
