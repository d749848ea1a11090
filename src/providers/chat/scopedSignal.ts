/**
 * A signal that follows `signal` without adding an event listener to it. One user signal is
 * typically shared by thousands of concurrent calls; per-call listeners on it would trip Node's
 * MaxListeners warning and keep closures alive. `AbortSignal.any` links signals internally.
 */
export function scopedSignal(signal: AbortSignal | undefined): AbortSignal | undefined {
  if (!signal) return undefined;
  const any = (AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
  return typeof any === 'function' ? any.call(AbortSignal, [signal]) : signal;
}

/** A signal that aborts when either input does (falls back to a listener on old Node 20.x). */
export function eitherSignal(a: AbortSignal | undefined, b: AbortSignal): AbortSignal {
  if (!a) return b;
  const any = (AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
  if (typeof any === 'function') return any.call(AbortSignal, [a, b]);
  const controller = new AbortController();
  const forward = (s: AbortSignal) => () => controller.abort(s.reason);
  if (a.aborted) controller.abort(a.reason);
  else if (b.aborted) controller.abort(b.reason);
  a.addEventListener('abort', forward(a), { once: true });
  b.addEventListener('abort', forward(b), { once: true });
  return controller.signal;
}
