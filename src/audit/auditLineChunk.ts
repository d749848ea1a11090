import { isAscii, isUtf8 } from 'node:buffer';
import { RecordBatch, type LineChunkSettings, type LineResult } from './recordBatch.js';
import { oversizeReason } from './oversizeReason.js';

// The record-level types live beside the batch that audits records (one import direction).
export { auditValue, type LineChunkSettings, type LineResult, type SegmentAuditor } from './recordBatch.js';

/** Results of one chunk, in line order. */
export interface ChunkOutcome {
  results: LineResult[];
  /** Bytes of the chunk (newlines included). */
  bytes: number;
  /** Empty or whitespace-only lines (not records; counted so nothing disappears unseen). */
  blankLines: number;
  /** Lines that ended in `\r\n`. */
  crlfLines: number;
}

/**
 * Parses and audits every line of a line-aligned JSONL chunk. Never throws for bad data: each bad
 * line becomes a result with `error` (malformed JSON, invalid UTF-8, over-long line, unknown shape,
 * empty record, truncated last line). Runs the same on the main thread and in workers.
 */
export function auditLineChunk(
  chunk: { buffer: Uint8Array; firstLine: number; endsWithNewline: boolean; rows?: boolean | undefined },
  settings: LineChunkSettings,
  onResult?: (result: LineResult) => void,
): ChunkOutcome {
  const buf = Buffer.isBuffer(chunk.buffer)
    ? chunk.buffer
    : Buffer.from(chunk.buffer.buffer, chunk.buffer.byteOffset, chunk.buffer.byteLength);
  const results: LineResult[] = [];
  // With `onResult` each result goes straight to the caller and dies young (cheaper for the GC).
  const push = onResult ?? ((result: LineResult) => void results.push(result));
  let blankLines = 0;
  let crlfLines = 0;
  // One native check for the whole chunk; only a failing chunk is checked line by line.
  const ascii = isAscii(buf);
  const allUtf8 = ascii || isUtf8(buf);
  const asciiLines = ascii ? new AsciiLines(buf) : undefined;
  let start = 0;
  let line = chunk.firstLine;
  const n = buf.length;
  // Records of another format: sized by their text, whatever the length of their JSON.
  const rows = chunk.rows === true;
  let textBytes = 0;
  const pushRow = (result: LineResult) => {
    textBytes += result.bytes;
    push(result);
  };
  // Records are audited a batch at a time (one automaton pass over their texts), results still in line order.
  const batch = new RecordBatch(settings, rows ? pushRow : push);
  while (start < n) {
    let nl = asciiLines === undefined ? buf.indexOf(10, start) : asciiLines.nextBreak(start);
    const last = nl === -1;
    if (last) nl = n;
    const rawBytes = nl - start;
    let end = nl;
    if (end > start && (asciiLines === undefined ? buf[end - 1] : asciiLines.codeAt(end - 1)) === 13) {
      end--;
      crlfLines++;
    }
    const truncated = last && !chunk.endsWithNewline;
    if (rows) auditJsonLine(lineText(buf, asciiLines, start, end), line, -1, false, batch);
    else if (rawBytes > settings.maxLineBytes) {
      batch.addResult({ line, bytes: rawBytes, error: oversizeReason('line', rawBytes, settings.maxLineBytes) });
    } else if (!allUtf8 && !isUtf8(buf.subarray(start, end))) {
      batch.addResult({ line, bytes: rawBytes, error: `invalid UTF-8 at byte ${firstBadByte(buf.subarray(start, end))} of the line` });
    } else {
      const text = lineText(buf, asciiLines, start, end);
      if (isBlank(text)) blankLines++;
      else auditJsonLine(text, line, rawBytes, truncated, batch);
    }
    start = nl + 1;
    line++;
  }
  batch.flush();
  return { results, bytes: rows ? textBytes : n, blankLines, crlfLines };
}

/** Bytes of an ASCII chunk decoded at a time: enough that decoding is rare, few enough to stay a young object. */
const ASCII_WINDOW = 64 * 1024;

/**
 * The lines of an ASCII chunk (most English training data), read from text decoded a window of
 * whole lines at a time: its characters are its bytes, and finding a line break in a string and
 * slicing a line from it cost a fraction of the same calls on a Buffer (each `buf.indexOf` and
 * `buf.toString` passes through several JavaScript wrappers). Windows, not the whole chunk: a
 * string over V8's regular object size is a large object, and one that outlives a young
 * collection is only freed by a full one (decoding whole 1 MiB chunks made a 60 MB audit run
 * 7 full collections instead of 1).
 */
class AsciiLines {
  private text = '';
  private from = 0;
  private to = 0;
  constructor(private readonly buf: Buffer) {}

  /** The first line break at or after `start` (a line's start), or -1; decodes the next window when `start` is past this one. */
  nextBreak(start: number): number {
    if (start >= this.to) {
      const next = this.buf.indexOf(10, Math.min(this.buf.length, start + ASCII_WINDOW));
      this.from = start;
      this.to = next < 0 ? this.buf.length : next + 1;
      this.text = this.buf.toString('latin1', start, this.to);
    }
    const at = this.text.indexOf('\n', start - this.from);
    return at < 0 ? -1 : at + this.from;
  }

  /** The byte at `at`, in the line last found by `nextBreak` (read from the text just searched, not the buffer). */
  codeAt(at: number): number {
    return this.text.charCodeAt(at - this.from);
  }

  /** Bytes `[start, end)` of the line last found by `nextBreak`. */
  slice(start: number, end: number): string {
    return this.text.slice(start - this.from, end - this.from);
  }
}

/** Bytes `[start, end)` of the chunk as text (from `asciiLines` when the chunk is ASCII). */
function lineText(buf: Buffer, asciiLines: AsciiLines | undefined, start: number, end: number): string {
  return asciiLines === undefined ? buf.toString('utf8', start, end) : asciiLines.slice(start, end);
}

/** Parses one line and hands it to `batch` (its record, or its error). */
function auditJsonLine(text: string, line: number, bytes: number, truncated: boolean, batch: RecordBatch): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    batch.addResult({
      line,
      bytes,
      error: truncated
        ? `truncated last line (no newline at end of file): malformed JSON: ${message}`
        : `malformed JSON: ${message}`,
    });
    return;
  }
  batch.addValue(data, line, bytes);
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) return false;
  }
  return true;
}

/** Offset of the first byte that breaks UTF-8 (approximate for overlong forms; only for the message). */
export function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}
