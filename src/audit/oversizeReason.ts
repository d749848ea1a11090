/**
 * Internal: the invalid-record reason of a line, JSON array element or text document larger than
 * the size limit. It names the limit's value, not an option: the report is read by library users
 * (`maxLineBytes`) and CLI users (`--max-line-bytes`) alike, and each is told its own name apart
 * (the CLI once on stderr, see {@link isOversizeReason}).
 *
 * @example
 * ```ts
 * oversizeReason('line', 20, 16); // 'line is 20 bytes, over the 16-byte limit; skipped'
 * ```
 */
export function oversizeReason(what: 'line' | 'record' | 'document', bytes: number | 'unterminated', limit: number): string {
  return bytes === 'unterminated'
    ? `${what} is over the ${limit}-byte limit and the input ends before its newline; skipped`
    : `${what} is ${bytes} bytes, over the ${limit}-byte limit; skipped`;
}

/**
 * Whether an invalid record's reason is {@link oversizeReason}'s (so a reader can be told how to raise the limit).
 *
 * @example
 * ```ts
 * isOversizeReason(oversizeReason('line', 20, 16)); // true
 * ```
 */
export function isOversizeReason(reason: string): boolean {
  return /^(line|record|document) is .*over the \d+-byte limit/.test(reason);
}
