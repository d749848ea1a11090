import { Decompress } from 'fzstd';
import { DecodeError } from './decodeError.js';
import { zstdFrameHeader, zstdFrameKind } from './zstdFrameHeader.js';

/**
 * Streams the decompressed bytes of a Zstandard input (one or more frames, skippable frames
 * allowed) in constant memory.
 *
 * Decoding is fzstd (pure JavaScript: Node 20 has no zstd, and the native addons download their
 * binaries from outside the npm registry at install time). fzstd does not check a frame's content
 * checksum and decodes damaged blocks into plausible-looking garbage, so the frame structure is
 * walked here alongside it: each frame's content is fed to fzstd up to its last block, hashed
 * (XXH64, as the format specifies), and compared with the checksum that follows. A truncated or
 * damaged stream throws a {@link DecodeError} with the offset of the compressed byte where it
 * went wrong, after every byte decoded before it has been yielded.
 */
export async function* decompressZstd(input: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<Uint8Array> {
  const { create64 } = await loadXxhash();
  const walker = new FrameWalker(file);
  let out: Uint8Array[] = [];
  let hash: ReturnType<typeof create64> | undefined;
  let decoder!: Decompress;
  const newDecoder = () => {
    decoder = new Decompress((chunk) => {
      if (chunk.length === 0) return;
      hash?.update(chunk);
      out.push(chunk);
    });
  };
  newDecoder();

  const push = (bytes: Uint8Array, at: number) => {
    try {
      decoder.push(bytes);
    } catch (error) {
      throw new DecodeError('zstd', file, at, `corrupt zstd block (${(error as Error).message})`, { cause: error });
    }
  };

  for await (const chunk of input) {
    // Split the chunk where frames begin and end, so each frame's output is hashed on its own.
    for (const piece of walker.split(chunk)) {
      if (piece.kind === 'frame-start') {
        hash = piece.checksum ? create64(0n) : undefined;
        newDecoder();
      } else if (piece.kind === 'content') push(piece.bytes, piece.offset);
      else if (piece.kind === 'frame-end') {
        // End the frame in fzstd too (it buffers up to 18 bytes of a small frame until told the
        // input is complete); then it has emitted all of the frame's content.
        push(piece.tail, piece.offset);
        try {
          decoder.push(new Uint8Array(0), true);
        } catch (error) {
          throw new DecodeError('zstd', file, piece.offset, `corrupt zstd frame (${(error as Error).message})`, { cause: error });
        }
        if (hash && piece.checksum !== undefined) {
          const actual = Number(hash.digest() & 0xffffffffn);
          if (actual !== piece.checksum) {
            throw new DecodeError('zstd', file, piece.offset, 'zstd frame checksum mismatch: the compressed data is damaged');
          }
        }
        hash = undefined;
      }
      if (out.length > 0) {
        const ready = out;
        out = [];
        yield* ready;
      }
    }
  }
  walker.finish();
}

/** A run of bytes in a Zstandard stream, in order. */
type FramePiece =
  | { kind: 'frame-start'; checksum: boolean }
  | { kind: 'content'; bytes: Uint8Array; offset: number }
  | { kind: 'frame-end'; checksum: number | undefined; tail: Uint8Array; offset: number };

/**
 * Walks the frame layout of RFC 8878 (frame header, 3-byte block headers, optional 4-byte
 * checksum; skippable frames) over a stream of chunks, without decoding anything. Frame headers
 * and block bodies go to the decoder as `content`; the checksum is held back and returned with
 * `frame-end`.
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

  constructor(private readonly file: string) {}

  *split(chunk: Uint8Array): Generator<FramePiece> {
    let i = 0;
    while (i < chunk.length) {
      const at = this.base + i;
      if (this.state === 'block' || this.state === 'skip') {
        const take = Math.min(this.remaining, chunk.length - i);
        if (this.state === 'block') yield { kind: 'content', bytes: chunk.subarray(i, i + take), offset: at };
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
      yield { kind: 'frame-start', checksum: this.hasChecksum };
      yield { kind: 'content', bytes: f.slice(0, header.size), offset: start };
      this.reset('block-header', 3);
      return;
    }
    if (this.state === 'block-header') {
      const header = f[0]! | (f[1]! << 8) | (f[2]! << 16);
      this.lastBlock = (header & 1) === 1;
      const type = (header >> 1) & 3;
      if (type === 3) throw new DecodeError('zstd', this.file, start, 'corrupt zstd stream: reserved block type');
      yield { kind: 'content', bytes: f.slice(0, 3), offset: start };
      // An RLE block stores one byte; raw and compressed blocks store `size` bytes.
      this.remaining = type === 1 ? 1 : header >>> 3;
      if (this.remaining === 0) {
        this.reset('block', 3);
        yield* this.afterBody(end);
      } else this.reset('block', 3);
      return;
    }
    // checksum
    const checksum = (f[0]! | (f[1]! << 8) | (f[2]! << 16) | (f[3]! << 24)) >>> 0;
    yield { kind: 'frame-end', checksum, tail: f.slice(0, 4), offset: start };
    this.reset('magic', 4);
  }

  private *afterBody(end: number): Generator<FramePiece> {
    if (this.state === 'skip') {
      this.reset('magic', 4);
      return;
    }
    if (!this.lastBlock) {
      this.reset('block-header', 3);
      return;
    }
    if (this.hasChecksum) {
      this.reset('checksum', 4);
      return;
    }
    yield { kind: 'frame-end', checksum: undefined, tail: new Uint8Array(0), offset: end };
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
