/**
 * `compute` remembered per string key, in a map emptied when it reaches `limit` entries: the audit asks
 * for the same words of a corpus again and again, and an emptied map costs one recomputation per word,
 * where an unbounded one would grow with the corpus's vocabulary.
 *
 * @example
 * ```ts
 * const lower = boundedMemo((word) => word.toLowerCase(), 50_000);
 * lower('Vesuvius'); // 'vesuvius' (computed)
 * lower('Vesuvius'); // 'vesuvius' (remembered)
 * ```
 */
export function boundedMemo<T extends {} | null>(compute: (key: string) => T, limit: number): (key: string) => T {
  // One map read per remembered key: `compute` never gives undefined (the type says so), so it means "not yet".
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
