/** Scripted per-request outcomes shared by the fake batch servers. */
export type BatchOutcome =
  | { type: 'ok'; text?: string }
  | { type: 'error'; status: number; message: string; errorType?: string }
  | { type: 'expired' }
  | { type: 'canceled' }
  /** No result line at all (a lost result). */
  | { type: 'omit' }
  /** Two result lines for the same custom id. */
  | { type: 'duplicate' };

/** Decides what happens to a request; `attempt` is 1 for its first submission, 2 for the next... */
export type BatchResponder = (customId: string, attempt: number, body: any) => BatchOutcome;

export const alwaysOk: BatchResponder = () => ({ type: 'ok' });

export function replyText(customId: string, body: any): string {
  const last = body?.messages?.at?.(-1)?.content ?? '';
  return `answer to ${customId}: ${String(last).slice(0, 80)}`;
}

/** Deterministic Fisher-Yates shuffle so result files come back out of order. */
export function shuffled<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
