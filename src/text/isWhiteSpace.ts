/**
 * White space as `String.prototype.trim` and `\s` see it (ECMAScript WhiteSpace and LineTerminator), by
 * code unit: the audit's line and value scans test one code unit at a time, without a regular expression.
 *
 * @example
 * ```ts
 * isWhiteSpace(' '.charCodeAt(0)); // true
 * isWhiteSpace('\u00a0'.charCodeAt(0)); // true
 * isWhiteSpace('a'.charCodeAt(0)); // false
 * ```
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
