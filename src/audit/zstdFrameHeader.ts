/** The magic number that opens a Zstandard frame (RFC 8878, 3.1.1), read little-endian. */
const ZSTD_MAGIC = 0xfd2fb528;

/**
 * Which Zstandard frame the first 4 bytes of `bytes` open: a data frame, a skippable frame (magic
 * 0x184d2a50 to 0x184d2a5f, RFC 8878, 3.1.2), or none (fewer than 4 bytes included).
 *
 * @example
 * ```ts
 * zstdFrameKind(Uint8Array.of(0x53, 0x2a, 0x4d, 0x18)); // 'skippable'
 * ```
 */
export function zstdFrameKind(bytes: Uint8Array): 'frame' | 'skippable' | undefined {
  if (bytes.length < 4) return undefined;
  const magic = (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
  if (magic === ZSTD_MAGIC) return 'frame';
  return (magic & 0xfffffff0) >>> 0 === 0x184d2a50 ? 'skippable' : undefined;
}

/** The layout of a Zstandard frame header, as its descriptor byte (the byte after the magic number) sets it. */
export interface ZstdFrameHeader {
  /** Bytes from the magic number to the first block header. */
  size: number;
  /** Offset of the content size field from the magic number. */
  contentSizeAt: number;
  /** Width of the content size field in bytes (0: the frame does not say its decoded size). */
  contentSizeWidth: 0 | 1 | 2 | 4 | 8;
  /** A 4-byte checksum of the content follows the last block. */
  checksum: boolean;
}

/**
 * The header layout a frame header descriptor sets (RFC 8878, 3.1.1.1): the one reading of it, for the
 * decoder's frame walk and for the size estimate of a file.
 *
 * @example
 * ```ts
 * zstdFrameHeader(0xa0); // { size: 9, contentSizeAt: 5, contentSizeWidth: 4, checksum: false }
 * ```
 */
export function zstdFrameHeader(descriptor: number): ZstdFrameHeader {
  const singleSegment = (descriptor & 0x20) !== 0;
  const contentSizeWidth = ([singleSegment ? 1 : 0, 2, 4, 8] as const)[descriptor >> 6]!;
  const contentSizeAt = 5 + (singleSegment ? 0 : 1) + [0, 1, 2, 4][descriptor & 3]!;
  return { size: contentSizeAt + contentSizeWidth, contentSizeAt, contentSizeWidth, checksum: (descriptor & 0x04) !== 0 };
}

/**
 * The decoded size the first frame header of `head` declares (the `zstd` command writes it), or
 * undefined when `head` opens no zstd frame, the frame does not say, or `head` ends before the field.
 *
 * @example
 * ```ts
 * zstdContentSize(Uint8Array.of(0x28, 0xb5, 0x2f, 0xfd, 0x20, 42)); // 42
 * ```
 */
export function zstdContentSize(head: Uint8Array): number | undefined {
  if (head.length < 5 || zstdFrameKind(head) !== 'frame') return undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const { contentSizeAt: at, contentSizeWidth: width } = zstdFrameHeader(head[4]!);
  if (width === 0 || head.length < at + width) return undefined;
  if (width === 1) return head[at]!;
  // A 2-byte size is stored less 256 (sizes below 256 take one byte).
  if (width === 2) return view.getUint16(at, true) + 256;
  if (width === 4) return view.getUint32(at, true);
  return Number(view.getBigUint64(at, true));
}
