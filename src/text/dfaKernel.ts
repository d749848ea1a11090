/**
 * The audit's inner loop in WebAssembly: the Aho–Corasick automaton's dense transition table run
 * over UTF-16 code units, one or two independent chains per call. In JavaScript the same loop costs
 * about 3 ns per code unit (typed-array bounds checks, tagging); compiled WebAssembly reads memory
 * without bounds checks and runs it at about a third of that. The kernel reports only raw events
 * (a position whose state has output); word boundaries and pattern lists stay in JavaScript, which
 * sees few events. Used by `createAhoCorasick`, which falls back to its JavaScript loop when
 * WebAssembly is unavailable.
 */

import { encodeWasmModule, wasm, type WasmFunction } from './wasmModule.js';

/** Steps per call: each chain writes at most one event per step, so event areas never overflow. */
export const KERNEL_WINDOW = 16_384;
/** Longest text the kernel holds (code units); longer ones are scanned by the JavaScript loop. */
export const KERNEL_MAX_UNITS = 1 << 20;
/** Chain counts the kernel has a function for. */
export const KERNEL_CHAINS = [1, 2, 4] as const;
const MAX_CHAINS = 4;

// Memory layout (bytes). Everything up to TRANS is fixed, so the code is the same for every table.
const HEADER = 0; // final row of chain k at 4k, end of its events at 16 + 4k
const EVENTS = 64; // chain k's events (code unit address, row) from EVENTS + k × WINDOW × 8
const CLASS = EVENTS + MAX_CHAINS * KERNEL_WINDOW * 8; // u8 class of every UTF-16 code unit
const TRANS = CLASS + 65_536; // i32 transitions: address of the next state's row, negated when it has output
const PAGE = 65_536;

/**
 * scanK(p0..pK-1, steps, row0..rowK-1): K independent chains of `steps` code units in one loop.
 * The automaton is a chain of dependent loads, so one chain waits on memory latency; several let the
 * CPU overlap them. Each chain k: `next = trans[row + class(code) × 4]`; a negative `next` marks a
 * state with output and appends the event (address, row) to chain k's area. Final rows and event
 * ends go to the header.
 */
function scanFunction(chains: number): WasmFunction {
  const p = (k: number): number => k;
  const steps = chains;
  const row = (k: number): number => chains + 1 + k;
  const next = (k: number): number => 2 * chains + 1 + k;
  const ev = (k: number): number => 3 * chains + 1 + k;
  const end = 4 * chains + 1;
  const body: number[] = [];
  for (let k = 0; k < chains; k++) body.push(...wasm.i32Const(EVENTS + k * KERNEL_WINDOW * 8), ...wasm.localSet(ev(k)));
  body.push(...wasm.localGet(p(0)), ...wasm.localGet(steps), ...wasm.i32Const(1), ...wasm.shl, ...wasm.add, ...wasm.localSet(end));
  body.push(...wasm.localGet(p(0)), ...wasm.localGet(end), ...wasm.ltU, ...wasm.if, ...wasm.loop);
  for (let k = 0; k < chains; k++) {
    body.push(
      ...wasm.localGet(row(k)),
      ...wasm.localGet(p(k)), ...wasm.load16u(), ...wasm.load8u(CLASS), ...wasm.i32Const(2), ...wasm.shl,
      ...wasm.add, ...wasm.load32(), ...wasm.localSet(next(k)),
    );
  }
  // One rarely taken branch for all chains.
  body.push(...wasm.localGet(next(0)));
  for (let k = 1; k < chains; k++) body.push(...wasm.localGet(next(k)), ...wasm.or);
  body.push(...wasm.i32Const(0), ...wasm.ltS, ...wasm.if);
  for (let k = 0; k < chains; k++) {
    body.push(
      ...wasm.localGet(next(k)), ...wasm.i32Const(0), ...wasm.ltS, ...wasm.if,
      ...wasm.localGet(ev(k)), ...wasm.localGet(p(k)), ...wasm.store32(),
      ...wasm.localGet(ev(k)), ...wasm.i32Const(0), ...wasm.localGet(next(k)), ...wasm.sub, ...wasm.localTee(next(k)), ...wasm.store32(4),
      ...wasm.localGet(ev(k)), ...wasm.i32Const(8), ...wasm.add, ...wasm.localSet(ev(k)),
      ...wasm.end,
    );
  }
  body.push(...wasm.end);
  for (let k = 0; k < chains; k++) {
    body.push(
      ...wasm.localGet(next(k)), ...wasm.localSet(row(k)),
      ...wasm.localGet(p(k)), ...wasm.i32Const(2), ...wasm.add, ...wasm.localSet(p(k)),
    );
  }
  body.push(...wasm.localGet(p(0)), ...wasm.localGet(end), ...wasm.ltU, ...wasm.brIf(0), ...wasm.end, ...wasm.end);
  for (let k = 0; k < chains; k++) {
    body.push(...wasm.i32Const(0), ...wasm.localGet(row(k)), ...wasm.store32(HEADER + 4 * k));
    body.push(...wasm.i32Const(0), ...wasm.localGet(ev(k)), ...wasm.store32(HEADER + 16 + 4 * k));
  }
  return { name: `scan${chains}`, params: 2 * chains + 1, locals: 2 * chains + 1, body };
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module (once per thread), or null where WebAssembly is missing or fails. */
function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(encodeWasmModule(KERNEL_CHAINS.map(scanFunction))) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface Ucs2Writer {
  ucs2Write?(text: string, offset: number, length: number): number;
  write(text: string, offset: number, length: number, encoding: 'utf16le'): number;
}
const NODE_BUFFER = (globalThis as { Buffer?: { from(buffer: ArrayBufferLike, offset: number, length: number): Ucs2Writer } }).Buffer;

/** A kernel loaded with one automaton's tables. Not re-entrant: callers guard nested scans. */
export interface DfaKernel {
  /**
   * Copies `text[0, length)` into the kernel and returns those code units (a view into the kernel's
   * memory, valid until the next `load`), or undefined when the text is over {@link KERNEL_MAX_UNITS}.
   */
  load(text: string, length: number): Uint16Array | undefined;
  /**
   * Copies `texts[0, count)` into the kernel one after another, each followed by the code unit
   * `separator`, and returns those code units (as `load`), or undefined when they are over
   * {@link KERNEL_MAX_UNITS} together.
   */
  loadMany(texts: readonly string[], count: number, separator: number): Uint16Array | undefined;
  /**
   * Runs `chains` (1, 2 or 4) chains of `steps` code units (at most {@link KERNEL_WINDOW}), chain k
   * from code unit `starts[k]` in state `states[k]`. Afterwards `states[k]` holds chain k's final
   * state and the return value of `events(k)` its event count.
   */
  run(chains: 1 | 2 | 4, steps: number, starts: Int32Array, states: Int32Array): void;
  /** Number of events chain `k` wrote in the last run. */
  events(k: number): number;
  /** Event `e` of chain `k`: the code unit's index. */
  eventAt(k: number, e: number): number;
  /** Event `e` of chain `k`: the state reached there (it has output). */
  eventState(k: number, e: number): number;
}

/**
 * The transition table as the kernel reads it: each entry a byte address in the kernel's memory (negative for a
 * state with output, as in `trans`). A function of its own, so that V8 optimises this one loop over the 600,000
 * entries of a 48-claim table, not all of `createDfaKernel` with its closures, mid-loop.
 */
function relocate(table: Int32Array, trans: Int32Array): void {
  for (let k = 0; k < trans.length; k++) {
    const v = trans[k]!;
    table[k] = v < 0 ? -(TRANS + -v * 4) : TRANS + v * 4;
  }
}

/**
 * @internal Loads a dense automaton (`classTable[code]` → class, `trans[state × classes + class]` →
 * ±(next × classes), negative when `next` has output) into a fresh kernel. Undefined when
 * WebAssembly is unavailable, the host is big-endian, or the alphabet has over 255 classes.
 */
export function createDfaKernel(classTable: Uint16Array, trans: Int32Array, classes: number): DfaKernel | undefined {
  const module = LITTLE_ENDIAN && classes <= 255 ? kernelModule() : null;
  if (module === null) return undefined;
  const rowBytes = classes * 4;
  const textBase = (TRANS + trans.length * 4 + 15) & ~15;
  let memory: WebAssembly.Memory;
  let scan1: (...args: number[]) => void;
  let scan2: (...args: number[]) => void;
  let scan4: (...args: number[]) => void;
  try {
    // Sized for the longest text up front: growing would detach the memory's ArrayBuffer, and one
    // detached buffer makes V8 add a detach check to every typed-array access in the thread. Pages
    // are only backed by RAM once touched, so short texts cost no more than before.
    memory = new WebAssembly.Memory({ initial: Math.ceil((textBase + 2 * KERNEL_MAX_UNITS) / PAGE) });
    const exports = new WebAssembly.Instance(module, { env: { memory } }).exports as Record<string, (...args: number[]) => void>;
    scan1 = exports.scan1!;
    scan2 = exports.scan2!;
    scan4 = exports.scan4!;
  } catch {
    return undefined; // e.g. no address space left for another memory: the JavaScript loop still works
  }
  const i32 = new Int32Array(memory.buffer);
  const units = new Uint16Array(memory.buffer, textBase, KERNEL_MAX_UNITS);
  const bytes = NODE_BUFFER?.from(memory.buffer, textBase, units.byteLength);
  new Uint8Array(memory.buffer, CLASS, 65_536).set(classTable);
  relocate(i32.subarray(TRANS >> 2, (TRANS >> 2) + trans.length), trans);
  const eventBase = (k: number): number => (EVENTS >> 2) + k * KERNEL_WINDOW * 2;

  return {
    load(text, length) {
      if (length > KERNEL_MAX_UNITS) return undefined;
      if (bytes === undefined) for (let i = 0; i < length; i++) units[i] = text.charCodeAt(i);
      else if (typeof bytes.ucs2Write === 'function') bytes.ucs2Write(text, 0, length * 2);
      else bytes.write(text, 0, length * 2, 'utf16le');
      return units;
    },
    loadMany(texts, count, separator) {
      let at = 0;
      for (let t = 0; t < count; t++) {
        const text = texts[t]!;
        if (at + text.length + 1 > KERNEL_MAX_UNITS) return undefined;
        if (bytes === undefined) for (let i = 0; i < text.length; i++) units[at + i] = text.charCodeAt(i);
        else if (typeof bytes.ucs2Write === 'function') bytes.ucs2Write(text, at * 2, text.length * 2);
        else bytes.write(text, at * 2, text.length * 2, 'utf16le');
        at += text.length;
        units[at++] = separator;
      }
      return units;
    },
    run(chains, steps, starts, states) {
      const a0 = textBase + starts[0]! * 2;
      const r0 = TRANS + states[0]! * rowBytes;
      if (chains === 1) scan1(a0, steps, r0);
      else if (chains === 2) scan2(a0, textBase + starts[1]! * 2, steps, r0, TRANS + states[1]! * rowBytes);
      else {
        scan4(
          a0, textBase + starts[1]! * 2, textBase + starts[2]! * 2, textBase + starts[3]! * 2, steps,
          r0, TRANS + states[1]! * rowBytes, TRANS + states[2]! * rowBytes, TRANS + states[3]! * rowBytes,
        );
      }
      for (let k = 0; k < chains; k++) states[k] = (i32[k]! - TRANS) / rowBytes;
    },
    events(k) {
      return (i32[4 + k]! - (EVENTS + k * KERNEL_WINDOW * 8)) >> 3;
    },
    eventAt(k, e) {
      return (i32[eventBase(k) + 2 * e]! - textBase) >> 1;
    },
    eventState(k, e) {
      return (i32[eventBase(k) + 2 * e + 1]! - TRANS) / rowBytes;
    },
  };
}
