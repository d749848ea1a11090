import { growInt32Array } from '../../util/growInt32Array.js';

/** Hits kept in reused typed arrays: pattern, start and end of each of the first `count`. */
export interface HitSink {
  pat: Int32Array<ArrayBuffer>;
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  count: number;
}

/**
 * @internal Appends a hit to `sink`, doubling its arrays when they are full (no boxing of a JS array, appends
 * amortised O(1)): how the main automaton's matches, the language automaton's hits and the name-word hits are collected.
 *
 * @example
 * ```ts
 * const sink = { pat: new Int32Array(1), start: new Int32Array(1), end: new Int32Array(1), count: 0 };
 * pushHit(sink, 7, 0, 5);
 * pushHit(sink, 8, 6, 9); // sink.count === 2, sink.pat.length === 2
 * ```
 */
export function pushHit(sink: HitSink, pattern: number, start: number, end: number): void {
  if (sink.count === sink.pat.length) {
    sink.pat = growInt32Array(sink.pat);
    sink.start = growInt32Array(sink.start);
    sink.end = growInt32Array(sink.end);
  }
  sink.pat[sink.count] = pattern;
  sink.start[sink.count] = start;
  sink.end[sink.count] = end;
  sink.count++;
}
