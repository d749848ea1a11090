import { errorMarker, hasErrorMarker, InputError, markError, type NegationNeglectErrorOptions } from '../errors.js';

const DECODE_ERROR = errorMarker('DecodeError');

/** How the bytes of an input are stored. */
export type Compression = 'none' | 'gzip' | 'zstd';

/**
 * A compressed input could not be read to its end (truncated or damaged). Records decoded before
 * `byteOffset` were audited; nothing after it was read.
 *
 * @example
 * ```ts
 * try { await auditDataset('train.jsonl.zst', { claims, onInvalid: 'throw' }); }
 * catch (e) { if (DecodeError.isInstance(e)) console.error(e.file, e.byteOffset); }
 * ```
 */
export class DecodeError extends InputError {
  readonly compression: Exclude<Compression, 'none'>;
  /** Offset of the compressed byte where reading failed (0-based, in the file as stored). */
  readonly byteOffset: number;

  constructor(compression: Exclude<Compression, 'none'>, file: string, byteOffset: number, reason: string, options: NegationNeglectErrorOptions = {}) {
    super(`${reason} (at compressed byte ${byteOffset})`, { file }, options);
    markError(this, DECODE_ERROR);
    this.compression = compression;
    this.byteOffset = byteOffset;
  }

  /** Whether `error` is a `DecodeError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is DecodeError {
    return hasErrorMarker(error, DECODE_ERROR);
  }
}
