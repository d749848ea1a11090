/** @internal Where a string value of the current row group lies in the arena. */
export class TextSpan {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}

/**
 * @internal One growable buffer holding the text of a row group as UTF-8 bytes (its decompressed
 * pages, or copies of values read elsewhere), reused from row group to row group; values are
 * {@link TextSpan}s into it until {@link materialize} makes them strings. A value already in a page
 * decompressed here is not copied: one native copy per value (a few hundred bytes) cost more than
 * the bytes it moved.
 *
 * @example
 * ```ts
 * const arena = new TextArena();
 * const page = arena.reserve(5); // decompress into it
 * page.set(Buffer.from('hello'));
 * arena.text(arena.add(page.subarray(1, 3)).start, 3); // 'el' (no copy made)
 * ```
 */
export class TextArena {
  private buffer = Buffer.allocUnsafeSlow(1024 * 1024);
  private used = 0;
  /** Bytes turned into strings by {@link materialize} so far. */
  taken = 0;
  /** The last value {@link materialize}d is plain JSON data: JSON.parse(JSON.stringify(v)) is an exact copy. */
  plain = true;

  reset(): void {
    this.used = 0;
  }

  /** The buffer the spans point into (until the next {@link add}). */
  get bytes(): Buffer {
    return this.buffer;
  }

  /** `length` bytes at the end of the arena, for a page to be decompressed into (see {@link add}). */
  reserve(length: number): Uint8Array {
    this.grow(length);
    const region = this.buffer.subarray(this.used, this.used + length);
    this.used += length;
    return region;
  }

  /** The span of a value: where it already lies when it is a view of the arena (a page decompressed by {@link reserve}), else a copy. */
  add(bytes: Uint8Array): TextSpan {
    const start = this.place(bytes);
    return new TextSpan(start, start + bytes.length);
  }

  /** Where a value starts in the arena (it ends `bytes.length` later), as {@link add} places it, without a span object. */
  place(bytes: Uint8Array): number {
    if (bytes.buffer === this.buffer.buffer) return bytes.byteOffset - this.buffer.byteOffset;
    this.grow(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
    return this.used - bytes.length;
  }

  private grow(length: number): void {
    if (this.used + length <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.used + length));
    this.buffer.copy(grown, 0, 0, this.used);
    this.buffer = grown;
  }

  /**
   * A copy of a row with its spans replaced by strings. A copy, not an update in place: the row
   * was built while its row group was read and may already sit in the old generation, and strings
   * stored into it would live until the next full collection instead of dying young.
   */
  materialize(value: unknown): unknown {
    this.plain = true;
    return this.copy(value);
  }

  /** The string of the bytes from `start` to `end`. */
  text(start: number, end: number): string {
    this.taken += end - start;
    return this.buffer.toString('utf8', start, end);
  }

  private copy(value: unknown): unknown {
    if (value instanceof TextSpan) return this.text(value.start, value.end);
    if (Array.isArray(value)) return value.map((item) => this.copy(item));
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) copy[key] = this.copy(item);
      return copy;
    }
    if (!(value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)))) this.plain = false;
    return value;
  }
}
