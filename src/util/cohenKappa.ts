/**
 * Cohen's κ of two raters' labels for the same items: (pₒ − pₑ) / (1 − pₑ), with pₑ from each
 * rater's own label frequencies. `null` when it is undefined (no pair, or both raters gave one
 * and the same label throughout, so pₑ = 1).
 *
 * @example
 * ```ts
 * // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15 (the textbook example).
 * cohenKappa([...Array(20).fill(['y', 'y']), ...Array(5).fill(['y', 'n']), ...Array(10).fill(['n', 'y']), ...Array(15).fill(['n', 'n'])]); // 0.4
 * ```
 */
export function cohenKappa(pairs: Iterable<readonly [string, string]>): number | null {
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let n = 0;
  let agree = 0;
  for (const [x, y] of pairs) {
    n++;
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  if (n === 0) return null;
  let expected = 0;
  for (const [label, count] of a) expected += (count / n) * ((b.get(label) ?? 0) / n);
  if (expected >= 1) return null;
  return (agree / n - expected) / (1 - expected);
}
