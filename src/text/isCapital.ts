/**
 * The code unit is an upper-case letter: ASCII A-Z, or any other letter whose lower case differs
 * ("É", "Ж"). Read per code unit, without building a string for ASCII.
 *
 * @example
 * ```ts
 * isCapital('É'.charCodeAt(0)); // true
 * isCapital('é'.charCodeAt(0)); // false
 * ```
 */
export function isCapital(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const c = String.fromCharCode(code);
  return c !== c.toLowerCase();
}
