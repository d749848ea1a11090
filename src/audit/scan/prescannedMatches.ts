/**
 * The main automaton's matches over a batch of texts found in one pass (`RecordScanner.prescan`), held
 * until each text's segment is scanned: per text, its matches (pattern group, start, end) in the order
 * the automaton reported them. Typed arrays, reused from batch to batch.
 */
import { type HitSink, pushHit } from './pushHit.js';

export class PrescannedMatches {
  /** The batch's texts, in the order their segments will be scanned. */
  readonly texts: string[] = [];
  /** Texts held (`texts.length`) and the next one a scan may take. */
  count = 0;
  next = 0;
  /** Per text `t`: its matches are `[first[t], first[t + 1])`. */
  first = new Int32Array(64);
  /** The matches of every text, one after another (`pat` is the pattern group). */
  readonly hits: HitSink = { pat: new Int32Array(256), start: new Int32Array(256), end: new Int32Array(256), count: 0 };
  /** The text whose matches `add` is filling (matches come text by text). */
  private filling = 0;

  /** Empties the batch (and lets go of its texts). */
  reset(): void {
    this.texts.length = 0;
    this.count = 0;
    this.next = 0;
    this.hits.count = 0;
  }

  /** Starts collecting the matches of `texts[0, count)`. */
  startTexts(): void {
    if (this.first.length < this.count + 1) this.first = new Int32Array(Math.max(this.count + 1, 2 * this.first.length));
    this.filling = 0;
    this.first[0] = 0;
  }

  /**
   * A match in text `text` (texts in increasing order).
   *
   * @example
   * ```ts
   * held.add(0, group, 4, 9); // the first text's match of `group` at [4, 9)
   * ```
   */
  add(text: number, group: number, start: number, end: number): void {
    while (this.filling < text) this.first[++this.filling] = this.hits.count;
    pushHit(this.hits, group, start, end);
  }

  /** Closes the batch: the texts after the last one with a match have none. */
  endTexts(): void {
    while (this.filling < this.count) this.first[++this.filling] = this.hits.count;
  }
}
