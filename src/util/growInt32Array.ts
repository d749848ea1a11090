/**
 * @internal A copy of `old` in a longer array (twice its length unless `length` is given): how the
 * scanner's reused typed buffers grow (doubling keeps appends amortised O(1) without the boxing of
 * a JS array).
 *
 * @example
 * ```ts
 * growInt32Array(new Int32Array([1, 2])); // Int32Array [1, 2, 0, 0]
 * growInt32Array(new Int32Array([1, 2]), 8); // Int32Array [1, 2, 0, 0, 0, 0, 0, 0]
 * ```
 */
export function growInt32Array(old: Int32Array<ArrayBuffer>, length = old.length * 2): Int32Array<ArrayBuffer> {
  const next = new Int32Array(length);
  next.set(old);
  return next;
}
