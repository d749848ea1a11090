/**
 * A case-insensitive Aho–Corasick automaton compiled to a dense transition table, so that every
 * cue and every claim term is found in a single left-to-right pass over the text with one table
 * lookup per UTF-16 code unit. Patterns are literal strings (never regular expressions).
 *
 * Normalisation (applied identically to patterns and text, one code unit to one code unit, so spans
 * in the text are exact): ASCII letters fold to lower case, non-ASCII letters fold with
 * `toLowerCase()` when that keeps a single code unit, Latin letters with diacritics to their base
 * letter ("É" → "e"), typographic apostrophes/quotes to `'`, dashes to `-`, and the ASCII white space
 * (tab, line feed, vertical tab, form feed, carriage return) and the common non-ASCII spaces (no-break, en, em,
 * thin, hair, narrow no-break, ideographic, and the line and paragraph separators: `PUNCTUATION_FOLDS`) to a
 * space. The rarer Unicode spaces (U+1680, U+2000, U+2001, U+2004-U+2008, U+205F) and U+FEFF keep their own code.
 */

import { borrowCodeUnits, releaseCodeUnits } from './codeUnits.js';
import { createDfaKernel, KERNEL_WINDOW, type DfaKernel } from './dfaKernel.js';
import { growInt32Array } from '../util/growInt32Array.js';
import { InvalidArgumentError, NegationNeglectError } from '../errors.js';

/** Text lengths (code units, in units of the longest pattern) from which the kernel runs 2 and 4 chains. */
const TWO_CHAINS_AT = 2;
const FOUR_CHAINS_AT = 6;

/** One literal pattern. */
export interface AhoPattern {
  /** The literal text (case-insensitive). */
  text: string;
  /**
   * Require a word boundary before the match (default true when the first character is a letter
   * or digit). Set false for suffix cues such as `n't`.
   */
  leftBoundary?: boolean;
  /**
   * Require a word boundary after the match (default true when the last character is a letter or
   * digit). Set false for stems such as `fabricat` that should match `fabricated`/`fabrication`.
   */
  rightBoundary?: boolean;
}

/** Called for every match: the pattern's index in the input list and its span `[start, end)`. */
export type AhoMatchHandler = (pattern: number, start: number, end: number) => void;

/** Called for every match of {@link AhoCorasick.scanEach}: the text's index in the list, then as {@link AhoMatchHandler}. */
export type AhoEachMatchHandler = (text: number, pattern: number, start: number, end: number) => void;

/** Options of {@link createAhoCorasick}. */
export interface AhoCorasickOptions {
  /**
   * Which loop runs the automaton. `'auto'` (default): the WebAssembly kernel once this automaton
   * has scanned {@link WASM_AFTER_UNITS} code units (small jobs never allocate its memory), the
   * JavaScript loop before that or where WebAssembly is unavailable. `'wasm'`: the kernel from the
   * first scan (throws where it cannot run). `'js'`: never the kernel. All give the same matches.
   */
  engine?: 'auto' | 'wasm' | 'js';
  /**
   * With `engine: 'auto'`: code units scanned in JavaScript before the kernel is loaded (default
   * {@link WASM_AFTER_UNITS}). 0 loads it on the first scan, for a thread known to scan much text
   * (an audit worker): it then never runs, nor has V8 optimise, the JavaScript loop.
   */
  wasmAfterUnits?: number;
}

/** Code units an `'auto'` automaton scans in JavaScript before it loads the WebAssembly kernel. */
export const WASM_AFTER_UNITS = 1 << 18;

/** A compiled automaton. */
export interface AhoCorasick {
  /** Number of patterns compiled. */
  readonly size: number;
  /** Number of automaton states (for diagnostics). */
  readonly states: number;
  /** The loop that runs the next scan (changes from `'js'` to `'wasm'` under `engine: 'auto'`). */
  readonly engine: 'js' | 'wasm';
  /** Reports every (boundary-respecting) match in `text[from, to)`, in order of match end. */
  scan(text: string, onMatch: AhoMatchHandler, from?: number, to?: number): void;
  /**
   * Like `scan` over each of `texts[0, count)` in turn (spans within each text), in one pass where the
   * WebAssembly kernel runs: short texts (a record's messages, a batch of short records) then share one
   * call and its fixed cost instead of paying it each.
   */
  scanEach(texts: readonly string[], count: number, onMatch: AhoEachMatchHandler): void;
  /**
   * Like `scan`, over UTF-16 code units already copied into an array (e.g. with `borrowCodeUnits`):
   * lets a caller that also needs the code units (e.g. for sentence boundaries) copy them once.
   */
  scanCodes(codes: Uint16Array, onMatch: AhoMatchHandler, from?: number, to?: number): void;
  /** The compiled tables (plain typed arrays): another thread rebuilds the automaton from them with {@link ahoCorasickFromData}. */
  readonly data: AhoCorasickData;
}

/**
 * An automaton's compiled tables: all it scans with. Plain typed arrays, so they cross to a worker
 * thread (`postMessage`) and {@link ahoCorasickFromData} rebuilds the automaton there without
 * compiling the patterns again.
 */
export interface AhoCorasickData {
  /** Character classes (the alphabet of the patterns, plus one for every other code unit). */
  readonly classes: number;
  /** Per UTF-16 code unit: its (folded) class, 0 when no pattern uses it. */
  readonly classTable: Uint16Array;
  /** Per state × class: the next state's row offset, negated when that state reports matches. */
  readonly trans: Int32Array;
  /** Per state: the nearest proper suffix state with output, -1 for none. */
  readonly dict: Int32Array;
  /** Per state: where its patterns start in `outList` (one more entry at the end). */
  readonly outStart: Int32Array;
  readonly outList: Int32Array;
  /** Per pattern: its length, and whether it needs a word boundary on the left and on the right. */
  readonly lengths: Int32Array;
  readonly needLeft: Uint8Array;
  readonly needRight: Uint8Array;
}

/**
 * Matches held back (pattern, start, end) until the matches that end before them have been
 * reported: a later chain of a split scan finds its matches before the earlier chain is done.
 */
class HeldMatches {
  data = new Int32Array(96);
  size = 0;
  /** An `AhoMatchHandler` that appends (bound once, so holding a match allocates nothing). */
  readonly add: AhoMatchHandler = (pattern, start, end) => {
    if (this.size + 3 > this.data.length) {
      this.data = growInt32Array(this.data);
    }
    this.data[this.size] = pattern;
    this.data[this.size + 1] = start;
    this.data[this.size + 2] = end;
    this.size += 3;
  };
  flush(onMatch: AhoMatchHandler): void {
    for (let k = 0; k < this.size; k += 3) onMatch(this.data[k]!, this.data[k + 1]!, this.data[k + 2]!);
  }
}

/**
 * Folds one UTF-16 code unit to its canonical code unit (see module comment): the automaton compares folded code
 * units, so a rule that reads a word's first letter or builds a pattern's text by hand folds it the same way to agree
 * with it.
 *
 * @example
 * ```ts
 * foldCodeUnit('A'.charCodeAt(0)); // 97 ("a")
 * foldCodeUnit('É'.charCodeAt(0)); // 101 ("e")
 * foldCodeUnit(0x2019); // 39 (the typographic apostrophe to "'")
 * foldCodeUnit(0xa0); // 32 (a no-break space to a space)
 * ```
 */
export function foldCodeUnit(code: number): number {
  return code < 128 ? foldAscii(code) : foldTable()[code]!;
}

/** {@link foldCodeUnit} of an ASCII code unit. */
function foldAscii(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 9 || code === 10 || code === 13 || code === 12 || code === 11) return 32;
  return code;
}

/** The folds of non-ASCII quotes, dashes and spaces. */
const PUNCTUATION_FOLDS = new Map<number, number>([
  ...[0x2019, 0x2018, 0x02bc, 0x2032].map((code): [number, number] => [code, 39]), // '
  ...[0x201c, 0x201d].map((code): [number, number] => [code, 34]), // "
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212].map((code): [number, number] => [code, 45]), // -
  ...[0xa0, 0x2002, 0x2003, 0x2009, 0x200a, 0x202f, 0x3000, 0x2028, 0x2029].map((code): [number, number] => [code, 32]),
]);

/** Latin letters with diacritics fold to their base letter ("é" → "e", "Ü" → "u"): the fold of a lower case `folded`. */
function foldDiacritic(folded: number): number {
  if (folded >= 0xc0 && folded <= 0x24f) {
    const base = String.fromCharCode(folded).normalize('NFD').charCodeAt(0);
    if (base >= 97 && base <= 122) return base;
  }
  return folded;
}

let folds: Uint16Array | undefined;

/** Code units lower-cased per `toLowerCase()` call while the fold table is built. */
const FOLD_BLOCK = 128;

/**
 * {@link foldCodeUnit} of every UTF-16 code unit (surrogates map to themselves), computed once per
 * thread and shared by every automaton (every auditor, every worker).
 *
 * Non-ASCII code units are lower-cased a block of {@link FOLD_BLOCK} at a time, by one `toLowerCase()`
 * of the block's string: 469 of the 495 blocks (CJK, Hangul, private use, symbols, ...) come back
 * unchanged, so each of their code units is its own lower case, and only the code units of the others
 * are lower-cased one by one. A call per code unit cost about 100 M instructions, nearly 4% of an auditor's
 * start-up. (The one context rule of the default case mapping, Greek final sigma, maps a capital sigma
 * to a small one either way, so a block without a change in context has none alone either; a test
 * compares every code unit with its own `toLowerCase()`.)
 */
function foldTable(): Uint16Array {
  if (folds !== undefined) return folds;
  const table = new Uint16Array(65536);
  for (let code = 0; code < 128; code++) table[code] = foldAscii(code);
  const units: number[] = [];
  for (let block = 128; block < 65536; block += FOLD_BLOCK) {
    identityBlock(table, units, block);
    if (block >= 0xd800 && block <= 0xdfff) continue; // surrogates stay themselves
    const text = String.fromCharCode.apply(null, units);
    // Unchanged: every code unit is its own lower case; only Latin letters with diacritics fold further.
    if (text.toLowerCase() === text && (block > 0x24f || block + FOLD_BLOCK <= 0xc0)) continue;
    for (let code = block; code < block + FOLD_BLOCK; code++) {
      const lower = String.fromCharCode(code).toLowerCase();
      // A lower case of more than one code unit (the dotted capital I's) leaves the code unit as it is.
      table[code] = foldDiacritic(lower.length === 1 ? lower.charCodeAt(0) : code);
    }
  }
  for (const [code, fold] of PUNCTUATION_FOLDS) table[code] = fold;
  folds = table;
  return table;
}

/** `table[block + k] = units[k] = block + k` for the {@link FOLD_BLOCK} code units of a block (a small function V8 optimises at once). */
function identityBlock(table: Uint16Array, units: number[], block: number): void {
  for (let k = 0; k < FOLD_BLOCK; k++) {
    table[block + k] = block + k;
    units[k] = block + k;
  }
}

/** True for letters and digits (ASCII, and non-ASCII code units that are not punctuation/spaces). */
export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  }
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, symbols, arrows, dashes
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xfe30 && code <= 0xfe4f) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false;
  return true;
}

/**
 * Compiles literal patterns into one automaton.
 *
 * @example
 * ```ts
 * const ac = createAhoCorasick([{ text: 'did not' }, { text: 'false' }, { text: 'fabricat', rightBoundary: false }]);
 * ac.scan('It did not happen; fabricated and FALSE.', (p, s, e) => console.log(p, s, e));
 * // 0 3 10, 2 19 27, 1 32 37
 * ```
 */
export function createAhoCorasick(patterns: readonly AhoPattern[], options: AhoCorasickOptions = {}): AhoCorasick {
  checkEngine(options);
  return ahoCorasickFromData(compileAhoCorasick(patterns), options);
}

function checkEngine(options: AhoCorasickOptions): 'auto' | 'wasm' | 'js' {
  const engine = options.engine ?? 'auto';
  if (engine !== 'auto' && engine !== 'wasm' && engine !== 'js') {
    throw new InvalidArgumentError('engine', "'auto', 'wasm' or 'js'", engine);
  }
  return engine;
}

/** The tables of {@link createAhoCorasick}'s automaton, compiled from the patterns. */
function compileAhoCorasick(patterns: readonly AhoPattern[]): AhoCorasickData {
  // 1. Alphabet: only code units that occur in some pattern get a class; all others share OTHER.
  const asciiClass = new Int32Array(128);
  const wideClass = new Map<number, number>();
  let classes = 1;
  const classOf = (folded: number): number => {
    if (folded < 128) {
      let c = asciiClass[folded]!;
      if (c === 0) {
        c = classes++;
        asciiClass[folded] = c;
      }
      return c;
    }
    let c = wideClass.get(folded);
    if (c === undefined) {
      c = classes++;
      wideClass.set(folded, c);
    }
    return c;
  };

  // 2. Trie over classes.
  const children: Map<number, number>[] = [new Map()];
  const depth: number[] = [0];
  const nodeOut: number[][] = [[]];
  const lengths = new Int32Array(patterns.length);
  const needLeft = new Uint8Array(patterns.length);
  const needRight = new Uint8Array(patterns.length);
  patterns.forEach((pattern, index) => {
    const text = pattern.text;
    if (text.length === 0) throw new InvalidArgumentError(`patterns[${index}].text`, 'a non-empty string', text);
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = classOf(foldCodeUnit(text.charCodeAt(i)));
      let next = children[node]!.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        depth.push(depth[node]! + 1);
        nodeOut.push([]);
        children[node]!.set(cls, next);
      }
      node = next;
    }
    nodeOut[node]!.push(index);
    lengths[index] = text.length;
    needLeft[index] = (pattern.leftBoundary ?? isWordCode(text.charCodeAt(0))) ? 1 : 0;
    needRight[index] = (pattern.rightBoundary ?? isWordCode(text.charCodeAt(text.length - 1))) ? 1 : 0;
  });

  // One lookup table for every UTF-16 code unit: its (folded) class, 0 when no pattern uses it.
  // Classes by folded code in a typed array first: a Map lookup per code unit cost most of a compile.
  const folds = foldTable();
  const classByFolded = new Uint16Array(65536);
  classByFolded.set(asciiClass);
  for (const [folded, c] of wideClass) classByFolded[folded] = c;
  const classTable = new Uint16Array(65536);
  for (let code = 0; code < 65536; code++) classTable[code] = classByFolded[folds[code]!]!;

  // 3. Dense goto table with failure transitions resolved (BFS).
  const states = children.length;
  const delta = new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const dict = new Int32Array(states).fill(-1); // nearest proper suffix state with output
  const order: number[] = [];
  for (const [cls, child] of children[0]!) {
    delta[cls] = child;
    order.push(child);
  }
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    const f = fail[node]!;
    dict[node] = nodeOut[f]!.length > 0 ? f : dict[f]!;
    const row = node * classes;
    const frow = f * classes;
    delta.copyWithin(row, frow, frow + classes); // the failure state's row (native copy)
    for (const [cls, child] of children[node]!) {
      fail[child] = delta[frow + cls]!;
      delta[row + cls] = child;
      order.push(child);
    }
  }
  const hasOut = new Uint8Array(states);
  const outStart = new Int32Array(states + 1);
  let total = 0;
  for (let s = 0; s < states; s++) {
    outStart[s] = total;
    total += nodeOut[s]!.length;
    if (nodeOut[s]!.length > 0 || dict[s]! >= 0) hasOut[s] = 1;
  }
  outStart[states] = total;
  const outList = new Int32Array(total);
  for (let s = 0, k = 0; s < states; s++) for (const p of nodeOut[s]!) outList[k++] = p;
  // Transitions hold the next state's row offset (row = state × classes, so the table stays small
  // enough to live in cache), negated when that state reports matches: the scan loop is two table
  // reads (class, transition) and one sign test per code unit.
  const trans = new Int32Array(states * classes);
  for (let k = 0; k < states * classes; k++) {
    const next = delta[k]!;
    trans[k] = hasOut[next] === 1 ? -(next * classes) : next * classes;
  }
  return { classes, classTable, trans, dict, outStart, outList, lengths, needLeft, needRight };
}

/**
 * The automaton of compiled tables ({@link AhoCorasick.data}, e.g. sent by another thread): the same
 * matches as the automaton they came from, without compiling its patterns again.
 *
 * @example
 * ```ts
 * const ac = createAhoCorasick([{ text: 'did not' }]);
 * // In a worker thread, given ac.data by postMessage:
 * ahoCorasickFromData(ac.data).scan('It did not happen.', (p, s, e) => console.log(p, s, e)); // 0 3 10
 * ```
 */
export function ahoCorasickFromData(data: AhoCorasickData, options: AhoCorasickOptions = {}): AhoCorasick {
  const engine = checkEngine(options);
  const { classes, classTable, trans, dict, outStart, outList, lengths, needLeft, needRight } = data;
  const states = dict.length;

  /** Reports the matches ending at `i` in state `state` (boundaries checked on `codes`). */
  function report(codes: Uint16Array, state: number, i: number, from: number, to: number, onMatch: AhoMatchHandler): void {
    for (let s = state; s >= 0; s = dict[s]!) {
      for (let k = outStart[s]!, end = outStart[s + 1]!; k < end; k++) {
        const p = outList[k]!;
        const start = i + 1 - lengths[p]!;
        if (start < from) continue;
        if (needLeft[p] === 1 && start > from && isWordCode(codes[start - 1]!)) continue;
        if (needRight[p] === 1 && i + 1 < to && isWordCode(codes[i + 1]!)) continue;
        onMatch(p, start, i + 1);
      }
    }
  }

  let longest = 0;
  for (let p = 0; p < lengths.length; p++) longest = Math.max(longest, lengths[p]!);
  // Texts shorter than this are scanned in one pass (the halves' overlap would cost more than it saves).
  const splitAt = Math.max(96, 4 * longest);
  const twoChainsAt = Math.max(48, TWO_CHAINS_AT * longest);
  const fourChainsAt = Math.max(192, FOUR_CHAINS_AT * longest);
  // Matches found by the second half-scan, reported after the first half's (order of match end).
  let held: HeldMatches | undefined = new HeldMatches();

  /**
   * The automaton is a chain of dependent table reads, so one pass is bound by memory latency, not
   * by work: long texts are scanned as two halves in one loop (two independent chains the CPU
   * overlaps). The second half starts `longest - 1` code units early from the root state, so every
   * match ending in it is seen whole; matches ending in the first half are left to the first chain.
   */
  function scanCodes(codes: Uint16Array, onMatch: AhoMatchHandler, from: number, to: number): void {
    const overlap = longest - 1;
    if (to - from < splitAt || held === undefined) {
      scanRange(codes, onMatch, from, to, from);
      return;
    }
    const mid = (from + to + overlap + 1) >> 1;
    const start2 = mid - overlap;
    const steps2 = to - start2;
    const pending = held;
    held = undefined; // a nested scan from a callback allocates its own
    pending.size = 0;
    let row1 = 0;
    let row2 = 0;
    for (let k = 0; k < steps2; k++) {
      const i1 = from + k;
      const i2 = start2 + k;
      const next1 = trans[row1 + classTable[codes[i1]!]!]!;
      const next2 = trans[row2 + classTable[codes[i2]!]!]!;
      if ((next1 | next2) >= 0) {
        row1 = next1;
        row2 = next2;
        continue;
      }
      if (next1 < 0) {
        row1 = -next1;
        report(codes, row1 / classes, i1, from, to, onMatch);
      } else row1 = next1;
      if (next2 < 0) {
        row2 = -next2;
        if (i2 >= mid) report(codes, row2 / classes, i2, from, to, pending.add);
      } else row2 = next2;
    }
    // The first half is one step longer when the lengths are odd.
    for (let i = from + steps2; i < mid; i++) {
      const next = trans[row1 + classTable[codes[i]!]!]!;
      if (next >= 0) {
        row1 = next;
        continue;
      }
      row1 = -next;
      report(codes, row1 / classes, i, from, to, onMatch);
    }
    try {
      pending.flush(onMatch);
    } finally {
      held = pending;
    }
  }

  function scanRange(codes: Uint16Array, onMatch: AhoMatchHandler, from: number, to: number, lo: number): void {
    let row = 0;
    for (let i = lo; i < to; i++) {
      const next = trans[row + classTable[codes[i]!]!]!;
      if (next >= 0) {
        row = next;
        continue;
      }
      row = -next;
      report(codes, row / classes, i, from, to, onMatch);
    }
  }

  let kernel: DfaKernel | undefined;
  if (engine === 'wasm') {
    kernel = createDfaKernel(classTable, trans, classes);
    if (kernel === undefined) throw new NegationNeglectError('The WebAssembly scan kernel cannot run here (no WebAssembly, a big-endian host, or over 255 character classes)', 'unsupported');
  }
  /** Code units scanned so far by an `'auto'` automaton without a kernel (-1: stop trying). */
  let scannedUnits = engine === 'auto' ? 0 : -1;
  const wasmAfterUnits = options.wasmAfterUnits ?? WASM_AFTER_UNITS;
  /** A scan is running in the kernel: a scan started from a match callback uses the JS loop. */
  let kernelBusy = false;

  const chainStarts = new Int32Array(4);
  const chainStates = new Int32Array(4);
  const chainOwn = new Int32Array(4);

  /**
   * The kernel's version of `scanCodes`. A text is cut into 1, 2 or 4 pieces scanned as parallel
   * chains (more chains hide more memory latency but each restarts `longest - 1` units early, so
   * short texts use fewer). Chain c starts from the root state and owns the matches ending at or
   * after the end of chain c − 1, where it has seen every match whole; matches are reported chain
   * by chain, so in order of their end, exactly as one pass would report them.
   */
  function scanKernel(k: DfaKernel, codes: Uint16Array, onMatch: AhoMatchHandler, from: number, to: number): void {
    const n = to - from;
    const overlap = longest - 1;
    const chains: 1 | 2 | 4 = n < fourChainsAt ? (n < twoChainsAt ? 1 : 2) : 4;
    // Steps per chain: the chains together cover the text plus the overlaps.
    const steps = chains === 1 ? n : Math.ceil((n + (chains - 1) * overlap) / chains);
    for (let c = 0; c < chains; c++) {
      chainStarts[c] = c === chains - 1 ? to - steps : from + c * (steps - overlap);
      chainStates[c] = 0;
      chainOwn[c] = c === 0 ? from : from + (c - 1) * (steps - overlap) + steps;
    }
    if (steps <= KERNEL_WINDOW) {
      k.run(chains, steps, chainStarts, chainStates);
      for (let c = 0; c < chains; c++) {
        const own = chainOwn[c]!;
        for (let e = 0, events = k.events(c); e < events; e++) {
          const i = k.eventAt(c, e);
          if (i >= own) report(codes, k.eventState(c, e), i, from, to, onMatch);
        }
      }
      return;
    }
    // Long texts: windows of KERNEL_WINDOW steps; chains after the first hold their matches until
    // the first has reported all of its own.
    const pending = Array.from({ length: chains - 1 }, () => new HeldMatches());
    for (let done = 0; done < steps; done += KERNEL_WINDOW) {
      const window = Math.min(KERNEL_WINDOW, steps - done);
      k.run(chains, window, chainStarts, chainStates);
      for (let c = 0; c < chains; c++) chainStarts[c] = chainStarts[c]! + window;
      for (let e = 0, events = k.events(0); e < events; e++) report(codes, k.eventState(0, e), k.eventAt(0, e), from, to, onMatch);
      for (let c = 1; c < chains; c++) {
        const own = chainOwn[c]!;
        for (let e = 0, events = k.events(c); e < events; e++) {
          const i = k.eventAt(c, e);
          if (i >= own) report(codes, k.eventState(c, e), i, from, to, pending[c - 1]!.add);
        }
      }
    }
    for (const list of pending) list.flush(onMatch);
  }

  // A code unit of no pattern and no word (it sends every state back to the root): what `scanEach`
  // puts between texts, so no match spans two of them and word boundaries at their edges hold as alone.
  let separator = -1;
  for (let code = 0; code < 32 && separator < 0; code++) if (classTable[code] === 0 && !isWordCode(code)) separator = code;
  // `scanEach`'s texts in the kernel: where each ends (its separator's index), for matches found over all of them.
  let eachEnds = new Int32Array(64);
  let eachText = 0;
  let eachBase = 0;
  let eachHandler: AhoEachMatchHandler | undefined;
  /** Maps a match over the loaded texts to its text (matches come in order of their end). */
  const eachMatch: AhoMatchHandler = (pattern, start, end) => {
    while (end > eachEnds[eachText]!) eachBase = eachEnds[eachText++]! + 1;
    eachHandler!(eachText, pattern, start - eachBase, end - eachBase);
  };

  /** Scans the `count` texts one by one (JavaScript loop, no kernel, or too long together). */
  function scanEachAlone(texts: readonly string[], count: number, onMatch: AhoEachMatchHandler, scanOne: AhoCorasick['scan']): void {
    for (let t = 0; t < count; t++) scanOne(texts[t]!, (pattern, start, end) => onMatch(t, pattern, start, end));
  }

  const automaton: AhoCorasick = {
    size: lengths.length,
    states,
    data,
    get engine() {
      return kernel === undefined ? 'js' : 'wasm';
    },
    scan(text, onMatch, from = 0, to = text.length) {
      if (to <= from) return;
      if (kernel === undefined && scannedUnits >= 0) {
        scannedUnits += to - from;
        if (scannedUnits >= wasmAfterUnits) {
          kernel = createDfaKernel(classTable, trans, classes);
          scannedUnits = -1;
        }
      }
      if (kernel !== undefined && !kernelBusy) {
        const codes = kernel.load(text, to);
        if (codes !== undefined) {
          kernelBusy = true;
          try {
            scanKernel(kernel, codes, onMatch, from, to);
          } finally {
            kernelBusy = false;
          }
          return;
        }
      }
      const codes = borrowCodeUnits(text, to);
      try {
        scanCodes(codes, onMatch, from, to);
      } finally {
        releaseCodeUnits(codes);
      }
    },
    scanEach(texts, count, onMatch) {
      if (kernel === undefined || kernelBusy || separator < 0 || count < 2) {
        scanEachAlone(texts, count, onMatch, automaton.scan);
        return;
      }
      const codes = kernel.loadMany(texts, count, separator);
      if (codes === undefined) {
        scanEachAlone(texts, count, onMatch, automaton.scan);
        return;
      }
      if (eachEnds.length < count) eachEnds = new Int32Array(Math.max(count, 2 * eachEnds.length));
      let total = 0;
      for (let t = 0; t < count; t++) {
        total += texts[t]!.length;
        eachEnds[t] = total++;
      }
      eachText = 0;
      eachBase = 0;
      eachHandler = onMatch;
      kernelBusy = true;
      try {
        scanKernel(kernel, codes, eachMatch, 0, total);
      } finally {
        kernelBusy = false;
        eachHandler = undefined;
      }
    },
    scanCodes(codes, onMatch, from = 0, to = codes.length) {
      scanCodes(codes, onMatch, from, to);
    },
  };
  return automaton;
}
