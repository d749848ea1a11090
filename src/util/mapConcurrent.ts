import { throwIfAborted } from './abort.js';

/**
 * Maps items with at most `limit` calls in flight, keeping input order in the output. Stops
 * starting new work once the signal aborts or a call throws (the first error is rethrown).
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      throwIfAborted(signal);
      const i = next++;
      try {
        out[i] = await fn(items[i]!, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
