/**
 * Resolves on the event loop's next turn (after the I/O and messages already waiting), unlike an
 * `await` of a resolved promise, which runs before any of them.
 *
 * @example
 * ```ts
 * worker.postMessage(batch);
 * await nextTurn(); // the worker's replies that have arrived are handled now
 * ```
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
