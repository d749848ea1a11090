import { NegationNeglectError } from '../errors.js';

/**
 * @internal Decompresses one Snappy block (a Parquet page) into `output`, which must be exactly the
 * page's uncompressed length: the Parquet reader hands every page of a text column to this with one
 * reused buffer, so pages cost no allocation.
 *
 * hyparquet's own JavaScript decoder copies byte by byte; on the dense bench corpus a page is almost
 * all back-references of 29 bytes on average (repeated phrases), and copying those with the native
 * `copyWithin` (literals with `set`) decodes the 60 MB corpus's pages in 47 ms of CPU instead of 77
 * (hysnappy's WebAssembly decoder: 35-43 ms, but it returns a fresh copy of every page, which is
 * why the reader stopped using it). Short copies stay in a loop, where a native call costs more than
 * it saves; overlapping copies (a run repeating its last few bytes) must go byte by byte.
 *
 * Throws a `NegationNeglectError` (code `corrupt_snappy`) on a malformed block; the reader reports it as
 * an input error naming the file.
 *
 * @example
 * ```ts
 * const page = new Uint8Array(uncompressedLength);
 * snappyUncompress(compressed, page);
 * ```
 */
export function snappyUncompress(input: Uint8Array, output: Uint8Array): void {
  const inputLength = input.length;
  const outputLength = output.length;
  let pos = 0;
  let out = 0;
  // The preamble: the uncompressed length as a varint (the caller sized `output` from the page header).
  while (pos < inputLength && input[pos++]! >= 128);
  if (outputLength > 0 && pos >= inputLength) throw corrupt('invalid length header');
  while (pos < inputLength) {
    const tag = input[pos++]!;
    if (pos >= inputLength) throw corrupt('missing eof marker');
    let length: number;
    if ((tag & 3) === 0) {
      length = (tag >>> 2) + 1;
      if (length > 60) {
        // 1-4 little-endian bytes of length - 1 follow the tag.
        const bytes = length - 60;
        if (pos + bytes > inputLength) throw corrupt('literal length exceeds input');
        length = 0;
        for (let k = bytes - 1; k >= 0; k--) length = length * 256 + input[pos + k]!;
        length += 1;
        pos += bytes;
      }
      if (pos + length > inputLength) throw corrupt('literal exceeds input length');
      if (out + length > outputLength) throw corrupt('output exceeds its declared length');
      if (length < SHORT_COPY) for (let k = 0; k < length; k++) output[out + k] = input[pos + k]!;
      else output.set(input.subarray(pos, pos + length), out);
      pos += length;
      out += length;
      continue;
    }
    let offset: number;
    if ((tag & 3) === 1) {
      length = ((tag >>> 2) & 7) + 4;
      offset = input[pos]! + ((tag >>> 5) << 8);
      pos += 1;
    } else if ((tag & 3) === 2) {
      if (pos + 1 >= inputLength) throw corrupt('end of input inside a copy');
      length = (tag >>> 2) + 1;
      offset = input[pos]! + (input[pos + 1]! << 8);
      pos += 2;
    } else {
      if (pos + 3 >= inputLength) throw corrupt('end of input inside a copy');
      length = (tag >>> 2) + 1;
      offset = input[pos]! + (input[pos + 1]! << 8) + (input[pos + 2]! << 16) + input[pos + 3]! * 16_777_216;
      pos += 4;
    }
    if (offset === 0) throw corrupt('invalid offset 0');
    if (offset > out) throw corrupt('copy from before the start of the page');
    if (out + length > outputLength) throw corrupt('output exceeds its declared length');
    const from = out - offset;
    if (length >= SHORT_COPY && offset >= length) output.copyWithin(out, from, from + length);
    else for (let k = 0; k < length; k++) output[out + k] = output[from + k]!;
    out += length;
  }
  if (out !== outputLength) throw corrupt('premature end of input');
}

/** Copies shorter than this are a loop (measured on the dense corpus's pages: 8-24 are equal, 40 and more slower). */
const SHORT_COPY = 16;

function corrupt(reason: string): NegationNeglectError {
  return new NegationNeglectError(`corrupt snappy page: ${reason}`, 'corrupt_snappy');
}
