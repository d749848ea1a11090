import { oversizeReason } from './oversizeReason.js';

/**
 * Streams the elements of a top-level JSON array (`[{...}, {...}]`) without holding the whole file:
 * a byte scanner tracks strings and nesting depth and cuts out one element at a time, which is then
 * `JSON.parse`d on its own. Elements larger than `maxRecordBytes` are skipped and reported.
 */

/** One element of the array, or a problem at a place in the file. */
export type JsonArrayItem =
  | { line: number; bytes: number; text: string }
  | { line: number; bytes: number; error: string };

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Yields each element of a JSON array as text with the 1-based line where it starts.
 * Structural problems (no `[` at the start, input ending inside the array) become `error` items.
 */
export async function* readJsonArray(
  input: AsyncIterable<Uint8Array>,
  options: { maxRecordBytes: number; signal?: AbortSignal | undefined },
): AsyncGenerator<JsonArrayItem> {
  const { maxRecordBytes } = options;
  let line = 1;
  let started = false; // saw the opening `[`
  let finished = false; // saw the closing `]`
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escape = false;
  let inElement = false;
  let elementLine = 0;
  let elementBytes = 0;
  let pieces: Uint8Array[] = [];
  let oversize = false;
  let trailingGarbageLine = 0;

  const finishElement = (): JsonArrayItem => {
    const item: JsonArrayItem = oversize
      ? { line: elementLine, bytes: elementBytes, error: oversizeReason('record', elementBytes, maxRecordBytes) }
      : { line: elementLine, bytes: elementBytes, text: Buffer.concat(pieces).toString('utf8').trim() };
    inElement = false;
    pieces = [];
    elementBytes = 0;
    oversize = false;
    return item;
  };

  for await (const chunk of input) {
    if (options.signal?.aborted) return;
    const items: JsonArrayItem[] = [];
    // Start of the current element's bytes within this chunk (0 when it continues from the last one).
    let sliceStart = inElement ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c === NEWLINE) line++;
      if (finished) {
        if (!isSpace(c) && trailingGarbageLine === 0) trailingGarbageLine = line;
        continue;
      }
      if (!started) {
        if (isSpace(c)) continue;
        if (c !== OPEN_BRACKET) {
          yield { line, bytes: 0, error: 'expected a JSON array (`[`) at the start of the file' };
          return;
        }
        started = true;
        continue;
      }
      if (inString) {
        if (escape) escape = false;
        else if (c === BACKSLASH) escape = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (!inElement) {
        if (isSpace(c) || c === COMMA) continue;
        if (c === CLOSE_BRACKET) {
          finished = true;
          continue;
        }
        inElement = true;
        elementLine = line;
        sliceStart = i;
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COMMA) {
        if (depth === 0) {
          // End of the element (a `,` or the array's own `]`).
          if (sliceStart !== -1) take(chunk.subarray(sliceStart, i));
          sliceStart = -1;
          items.push(finishElement());
          if (c === CLOSE_BRACKET) finished = true;
          continue;
        }
        if (c !== COMMA) depth--;
      }
    }
    if (inElement && sliceStart !== -1) take(chunk.subarray(sliceStart));
    yield* items;
  }
  if (!started) return; // empty input: the caller reports an empty file
  if (inElement) {
    const item = finishElement();
    yield { line: item.line, bytes: item.bytes, error: 'truncated JSON array: the file ends inside this record' };
  } else if (!finished) {
    yield { line, bytes: 0, error: 'truncated JSON array: missing the closing `]`' };
  }
  if (trailingGarbageLine) yield { line: trailingGarbageLine, bytes: 0, error: 'unexpected content after the closing `]`' };

  function take(bytes: Uint8Array): void {
    elementBytes += bytes.length;
    if (oversize) return;
    if (elementBytes > maxRecordBytes) {
      oversize = true;
      pieces = [];
      return;
    }
    // Copy: the reader may reuse its buffer.
    pieces.push(Uint8Array.prototype.slice.call(bytes));
  }
}
