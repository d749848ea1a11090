/** One line of {@link readTextLines}: its text, or why it could not be decoded. */
export type TextLine = { line: number; text: string } | { line: number; error: string };

/**
 * Internal: splits a byte stream into lines (LF or CRLF), each decoded as strict UTF-8. A line with
 * invalid bytes is yielded as an error naming the byte, never silently turned into U+FFFD, so a
 * command that rewrites records does not corrupt the ones it cannot read. A last line without a
 * newline is yielded too.
 *
 * @example
 * ```ts
 * for await (const l of readTextLines(createReadStream('data.jsonl'))) if ('text' in l) console.log(l.line, l.text);
 * ```
 */
export async function* readTextLines(bytes: AsyncIterable<Uint8Array | string>): AsyncGenerator<TextLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  const decode = (raw: Buffer): TextLine => {
    line++;
    const body = raw.length > 0 && raw[raw.length - 1] === 0x0d ? raw.subarray(0, raw.length - 1) : raw;
    try {
      const text = decoder.decode(body);
      // A byte order mark starts the file, not its first record.
      return { line, text: line === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text };
    } catch {
      return { line, error: `invalid UTF-8 at byte ${firstInvalidByte(body)} of the line` };
    }
  };
  for await (const chunk of bytes) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    const buffer = pending.length > 0 ? Buffer.concat([pending, data]) : data;
    let start = 0;
    for (let nl = buffer.indexOf(0x0a); nl !== -1; nl = buffer.indexOf(0x0a, start)) {
      yield decode(buffer.subarray(start, nl));
      start = nl + 1;
    }
    pending = Buffer.from(buffer.subarray(start));
  }
  if (pending.length > 0) yield decode(pending);
}

/** 1-based position of the byte at which `bytes` stops being valid UTF-8 (only called on a bad line). */
function firstInvalidByte(bytes: Buffer): number {
  const probe = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      probe.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return i + 1;
    }
  }
  return bytes.length; // a character cut off by the end of the line
}
