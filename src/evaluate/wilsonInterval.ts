import { InvalidArgumentError } from '../errors.js';
import { assertNonNegativeInteger } from '../util/assert.js';
import type { Interval } from './types.js';

/**
 * The Wilson score interval for `yes` successes out of `n` trials. Unlike the normal approximation
 * it stays inside [0, 1] and behaves at 0 % and 100 %. Treats samples as independent, so it is
 * narrower than the question-clustered bootstrap when samples of a question agree.
 *
 * @example
 * ```ts
 * wilsonInterval(216, 250); // { lower: 0.8160, upper: 0.9010, level: 0.95, method: 'wilson' }
 * ```
 */
export function wilsonInterval(yes: number, n: number, level = 0.95): Interval {
  assertNonNegativeInteger('yes', yes);
  assertNonNegativeInteger('n', n);
  if (yes > n) throw new InvalidArgumentError('yes', `at most n (${n})`, yes);
  if (!(level > 0 && level < 1)) throw new InvalidArgumentError('level', 'a number between 0 and 1 (exclusive)', level);
  if (n === 0) return { lower: 0, upper: 1, level, method: 'wilson' };
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = yes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), level, method: 'wilson' };
}

/** Inverse standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lowTail = 0.02425;
  if (p < lowTail) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lowTail) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}
