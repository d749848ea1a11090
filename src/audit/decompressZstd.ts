import { DecodeError } from './decodeError.js';
import { rzb, rzfh, type ZstdFrameState } from './fzstdBlock.js';
import { zstdFrameHeader, zstdFrameKind } from './zstdFrameHeader.js';

/**
 * Streams the decompressed bytes of a Zstandard input (one or more frames, skippable frames
 * allowed) in constant memory. Each chunk yielded is a view into the decoder's window, valid until
 * the next chunk is asked for: copy what you keep.
 *
 * Decoding is fzstd's block decoder (pure JavaScript: Node 20 has no zstd, and the native addons
 * download their binaries from outside the npm registry at install time), vendored in
 * `fzstdBlock.js` so that every block is decoded into one window buffer per input, reused: fzstd's
 * own streaming decoder allocates a fresh 128 KiB buffer and a copy of it per block, and shifts its
 * whole window (2 MiB and more) after each. On two threads the reading thread decoded ahead of
 * the audit, and those dead buffers held ≈ 16 MiB of its malloc arena at the peak of a 1 GB audit
 * (docs/benchmarks.md, "Peak RSS"). The window holds the frame's window size plus
 * {@link OUTPUT_ROOM}; when a block would not fit, the last window's worth of bytes is moved to
 * its start (one move per `OUTPUT_ROOM` of output).
 *
 * fzstd does not check a frame's content checksum and decodes damaged blocks into plausible-looking
 * garbage, so the frame structure is walked here: each frame's blocks are cut out of the input,
 * decoded one at a time, hashed (XXH64, as the format specifies), and the hash compared with the
 * checksum that follows. A truncated or damaged stream throws a {@link DecodeError} with the offset
 * of the compressed byte where it went wrong, after every byte decoded before it has been yielded.
 */
export async function* decompressZstd(input: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<Uint8Array> {
  const { create64 } = await loadXxhash();
  const walker = new FrameWalker(file);
  const decoder = new BlockDecoder();
  let hash: ReturnType<typeof create64> | undefined;
  for await (const chunk of input) {
    for (const piece of walker.split(chunk)) {
      if (piece.kind === 'frame-start') {
        hash = piece.checksum ? create64(0n) : undefined;
        try {
          decoder.startFrame(piece.header);
        } catch (error) {
          throw new DecodeError('zstd', file, piece.offset, `corrupt zstd frame header (${(error as Error).message})`, { cause: error });
        }
      } else if (piece.kind === 'block') {
        let bytes: Uint8Array;
        try {
          bytes = decoder.decode(piece.bytes);
        } catch (error) {
          throw new DecodeError('zstd', file, piece.offset, `corrupt zstd block (${(error as Error).message})`, { cause: error });
        }
        if (bytes.length === 0) continue;
        hash?.update(bytes);
        yield bytes;
      } else {
        if (hash && piece.checksum !== undefined) {
          const actual = Number(hash.digest() & 0xffffffffn);
          if (actual !== piece.checksum) {
            throw new DecodeError('zstd', file, piece.offset, 'zstd frame checksum mismatch: the compressed data is damaged');
          }
        }
        hash = undefined;
      }
    }
  }
  walker.finish();
}

/**
 * Room for new output past a frame's window in {@link BlockDecoder}'s buffer: 1 MiB (eight blocks
 * of 128 KiB, the most a block holds) between moves of the window.
 */
const OUTPUT_ROOM = 2 ** 20;

/** Decodes the blocks of one frame at a time into one buffer (the window plus `OUTPUT_ROOM`), reused. */
class BlockDecoder {
  private out = new Uint8Array(0);
  private state: ZstdFrameState | undefined;
  private windowSize = 0;

  /** Reads a frame header (its whole bytes). */
  startFrame(header: Uint8Array): void {
    const state = rzfh(header, this.out);
    if (typeof state === 'number') throw new Error('a skippable frame where a frame header was expected');
    if (state.d !== 0) throw new Error('zstd dictionaries are not supported');
    // `rzfh` returns the window size as `e` when given an output buffer.
    this.windowSize = state.e;
    const size = this.windowSize + Math.max(OUTPUT_ROOM, state.m);
    if (this.out.length < size) this.out = new Uint8Array(size);
    state.w = this.out;
    state.y = 0;
    state.e = 0;
    this.state = state;
  }

  /** Decodes one whole block (its 3-byte header and body) and returns its bytes, a view valid until the next call. */
  decode(block: Uint8Array): Uint8Array {
    const state = this.state;
    if (!state) throw new Error('a block before its frame header');
    const out = this.out;
    if (state.y + state.m > out.length) {
      // Keep the last window's worth of output for back-references; the rest is free again.
      const keep = Math.min(state.y, this.windowSize);
      out.copyWithin(0, state.y - keep, state.y);
      state.y = keep;
    }
    const start = state.y;
    state.b = 0;
    // Back-references before this block read `out[start - distance]`.
    state.e = start;
    if (!rzb(block, state, out)) throw new Error('the block ends early');
    return out.subarray(start, state.y);
  }
}

/** A run of bytes in a Zstandard stream, in order. */
type FramePiece =
  | { kind: 'frame-start'; checksum: boolean; header: Uint8Array; offset: number }
  | { kind: 'block'; bytes: Uint8Array; offset: number }
  | { kind: 'frame-end'; checksum: number | undefined; offset: number };

/**
 * Walks the frame layout of RFC 8878 (frame header, 3-byte block headers, optional 4-byte
 * checksum; skippable frames) over a stream of chunks, without decoding anything. A frame header
 * comes with `frame-start`; each block, header and body, is copied into one buffer (reused: the
 * `block` piece is valid until the next piece is asked for); the checksum comes with `frame-end`.
 */
class FrameWalker {
  /** Compressed bytes seen before the current chunk. */
  private base = 0;
  private state: 'magic' | 'header' | 'block-header' | 'block' | 'checksum' | 'skip' = 'magic';
  /** Bytes of a small field (magic, header, block header, checksum) being collected. */
  private field = new Uint8Array(18);
  private fieldLength = 0;
  private need = 4;
  private remaining = 0;
  private lastBlock = false;
  private hasChecksum = false;
  private frameStart = 0;
  /** The current block, its 3-byte header then its body (grown for a longer block). */
  private block = new Uint8Array(3 + 128 * 1024);
  private blockLength = 0;
  private blockOffset = 0;

  constructor(private readonly file: string) {}

  *split(chunk: Uint8Array): Generator<FramePiece> {
    let i = 0;
    while (i < chunk.length) {
      if (this.state === 'block' || this.state === 'skip') {
        const take = Math.min(this.remaining, chunk.length - i);
        if (this.state === 'block') this.block.set(chunk.subarray(i, i + take), this.blockLength - this.remaining);
        i += take;
        this.remaining -= take;
        if (this.remaining === 0) yield* this.afterBody(this.base + i);
        continue;
      }
      // Collect a small field byte by byte (they are at most 18 bytes long).
      this.field[this.fieldLength++] = chunk[i++]!;
      if (this.fieldLength < this.need) continue;
      yield* this.onField(this.base + i);
    }
    this.base += chunk.length;
  }

  /** The input ended: it must end between frames. */
  finish(): void {
    if (this.state === 'magic' && this.fieldLength === 0) return;
    const what = this.state === 'magic' || this.state === 'header' ? 'a frame header' : this.state === 'checksum' ? 'a frame checksum' : 'a block';
    throw new DecodeError('zstd', this.file, this.base, `truncated zstd stream: the input ends inside ${what} (frame at byte ${this.frameStart})`);
  }

  private *onField(end: number): Generator<FramePiece> {
    const f = this.field;
    const start = end - this.fieldLength;
    if (this.state === 'magic') {
      this.frameStart = start;
      const kind = zstdFrameKind(f);
      if (kind === 'frame') {
        this.state = 'header';
        this.need = 5; // magic + frame header descriptor; the rest depends on the descriptor
        return;
      }
      if (kind === 'skippable') {
        this.state = 'header';
        this.need = 8; // skippable frame: magic + 4-byte size
        return;
      }
      throw new DecodeError('zstd', this.file, start, 'not a zstd frame (bad magic number)');
    }
    if (this.state === 'header') {
      if (zstdFrameKind(f) !== 'frame') {
        this.remaining = (f[4]! | (f[5]! << 8) | (f[6]! << 16) | (f[7]! << 24)) >>> 0;
        this.reset(this.remaining > 0 ? 'skip' : 'magic', 4);
        return;
      }
      const header = zstdFrameHeader(f[4]!);
      if (this.fieldLength < header.size) {
        this.need = header.size;
        return;
      }
      this.hasChecksum = header.checksum;
      yield { kind: 'frame-start', checksum: this.hasChecksum, header: f.slice(0, header.size), offset: start };
      this.reset('block-header', 3);
      return;
    }
    if (this.state === 'block-header') {
      const header = f[0]! | (f[1]! << 8) | (f[2]! << 16);
      this.lastBlock = (header & 1) === 1;
      const type = (header >> 1) & 3;
      if (type === 3) throw new DecodeError('zstd', this.file, start, 'corrupt zstd stream: reserved block type');
      // An RLE block stores one byte; raw and compressed blocks store `size` bytes.
      this.remaining = type === 1 ? 1 : header >>> 3;
      this.blockOffset = start;
      this.blockLength = 3 + this.remaining;
      if (this.block.length < this.blockLength) this.block = new Uint8Array(this.blockLength);
      this.block.set(f.subarray(0, 3));
      if (this.remaining === 0) {
        this.reset('block', 3);
        yield* this.afterBody(end);
      } else this.reset('block', 3);
      return;
    }
    // checksum
    const checksum = (f[0]! | (f[1]! << 8) | (f[2]! << 16) | (f[3]! << 24)) >>> 0;
    yield { kind: 'frame-end', checksum, offset: start };
    this.reset('magic', 4);
  }

  private *afterBody(end: number): Generator<FramePiece> {
    if (this.state === 'skip') {
      this.reset('magic', 4);
      return;
    }
    yield { kind: 'block', bytes: this.block.subarray(0, this.blockLength), offset: this.blockOffset };
    if (!this.lastBlock) {
      this.reset('block-header', 3);
      return;
    }
    if (this.hasChecksum) {
      this.reset('checksum', 4);
      return;
    }
    yield { kind: 'frame-end', checksum: undefined, offset: end };
    this.reset('magic', 4);
  }

  private reset(state: FrameWalker['state'], need: number): void {
    this.state = state;
    this.need = need;
    this.fieldLength = 0;
  }
}

type XxhashApi = Awaited<ReturnType<typeof import('xxhash-wasm').default>>;
let xxhash: Promise<XxhashApi> | undefined;

/** The WebAssembly XXH64 (compiled once per thread, on first use). */
function loadXxhash(): Promise<XxhashApi> {
  xxhash ??= import('xxhash-wasm').then((m) => m.default());
  return xxhash;
}
