/**
 * Scratch arrays of UTF-16 code units for the audit's hot loops. Reading a `Uint16Array` is about
 * twice as fast in V8 as `String#charCodeAt`, and on Node the copy is one native call
 * (`Buffer#write(text, 'utf16le')`), so scanners copy a text once and loop over the array.
 */

interface Scratch {
  codes: Uint16Array;
  /** The same memory as bytes, for `Buffer#write` (undefined without Buffer or on big-endian hosts). */
  bytes: { write(text: string, offset: number, length: number, encoding: 'utf16le'): number; ucs2Write?(text: string, offset: number, length: number): number } | undefined;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const NODE_BUFFER: { from(buffer: ArrayBufferLike, offset: number, length: number): Scratch['bytes'] } | undefined =
  LITTLE_ENDIAN && typeof (globalThis as { Buffer?: unknown }).Buffer === 'function'
    ? ((globalThis as unknown as { Buffer: { from(buffer: ArrayBufferLike, offset: number, length: number): Scratch['bytes'] } }).Buffer)
    : undefined;
/** Scratch arrays up to this many code units are kept for reuse; longer texts get a one-off array. */
const KEEP_UNITS = 1 << 20;

let primary: Scratch | undefined;
let primaryBusy = false;

function allocate(units: number): Scratch {
  const codes = new Uint16Array(units);
  return { codes, bytes: NODE_BUFFER?.from(codes.buffer, codes.byteOffset, codes.byteLength) };
}

function fill(scratch: Scratch, text: string, length: number): Uint16Array {
  const { codes, bytes } = scratch;
  // Node's Buffer#ucs2Write skips write()'s argument juggling (measurable on short texts).
  if (bytes !== undefined) {
    if (typeof bytes.ucs2Write === 'function') bytes.ucs2Write(text, 0, length * 2);
    else bytes.write(text, 0, length * 2, 'utf16le');
  }
  else for (let i = 0; i < length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/**
 * @internal The first `length` code units of `text` in an array of at least that length (longer
 * arrays hold stale data past `length`). Give it back with {@link releaseCodeUnits}; a caller that
 * borrows again before releasing (nested scans) gets a fresh array, never a shared one.
 */
export function borrowCodeUnits(text: string, length = text.length): Uint16Array {
  if (primaryBusy || length > KEEP_UNITS) return fill(allocate(length), text, length);
  if (primary === undefined || primary.codes.length < length) {
    let units = 4096;
    while (units < length) units *= 2;
    primary = allocate(units);
  }
  primaryBusy = true;
  return fill(primary, text, length);
}

/** @internal Returns an array from {@link borrowCodeUnits} for reuse. */
export function releaseCodeUnits(codes: Uint16Array): void {
  if (primary !== undefined && codes === primary.codes) primaryBusy = false;
}
