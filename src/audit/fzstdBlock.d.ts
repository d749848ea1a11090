// Types of the two functions of fzstd's block decoder that `fzstdBlock.js` exports.

/** A frame's decoding state (fzstd's names). */
export interface ZstdFrameState {
  /** Byte of `dat` where the next block header starts. */
  b: number;
  /** Write position in the output buffer. */
  y: number;
  /** 1 once the frame's last block is decoded. */
  l: number;
  /** Dictionary id (unsupported when nonzero). */
  d: number;
  /** The window: the output buffer given to `rzfh`. */
  w: Uint8Array;
  /** Where the current block starts in `w` (back-references before it read `w[e - distance]`). */
  e: number;
  /** Frame content size, or 0 when the header does not give it. */
  u: number;
  /** 1 when a 4-byte content checksum follows the last block. */
  c: number;
  /** Largest block: min(128 KiB, window size). */
  m: number;
}

/**
 * Reads a frame header at the start of `dat`. With `w` a buffer, the frame decodes into it and the
 * window size is returned as `e`; a skippable frame returns its length instead. Throws on bad data.
 */
export function rzfh(dat: Uint8Array, w: Uint8Array): ZstdFrameState | number;

/**
 * Decodes the block whose header is at `dat[st.b]` into `out` at `st.y` (advancing `st.y` and
 * `st.b`); `out` needs `st.m` bytes free from `st.y`. Returns `undefined` when `dat` ends inside
 * the block. Throws on bad data.
 */
export function rzb(dat: Uint8Array, st: ZstdFrameState, out: Uint8Array): Uint8Array | undefined;
