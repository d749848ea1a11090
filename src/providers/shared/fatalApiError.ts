import { APICallError } from '../../errors.js';

/** Why no retry can make a provider call succeed. */
export type FatalApiReason = 'authentication' | 'permission' | 'unknown model' | 'quota';

const QUOTA = /insufficient_quota|quota (?:exceeded|exhausted)|exceeded your current quota|credit balance is too low|billing_hard_limit|payment required/i;

/**
 * Whether a failed call can never succeed as configured, and why: 401 (the key), 403 (the key's
 * permissions), 404 (no such model or route), 402 or an exhausted quota (OpenAI's 429
 * `insufficient_quota`, Anthropic's low credit balance). A run should stop at once on these
 * instead of spending the rest of its calls on the same answer. Undefined for anything else.
 *
 * @example
 * ```ts
 * fatalApiReason(new APICallError('401', { provider: 'openai', statusCode: 401, isRetryable: false })); // 'authentication'
 * ```
 */
export function fatalApiReason(error: unknown): FatalApiReason | undefined {
  if (!APICallError.isInstance(error)) return undefined;
  const status = error.statusCode;
  if (status === 401) return 'authentication';
  if (status === 403) return 'permission';
  if (status === 402 || isQuotaExhausted(`${error.responseBody ?? ''} ${error.message}`)) return 'quota';
  if (status === 404) return 'unknown model';
  return undefined;
}

/**
 * Whether an error body or message says the account's quota or credit is exhausted (a 429 that
 * no retry fixes).
 *
 * @example
 * ```ts
 * isQuotaExhausted('{"error":{"code":"insufficient_quota"}}'); // true
 * ```
 */
export function isQuotaExhausted(text: string): boolean {
  return QUOTA.test(text);
}
