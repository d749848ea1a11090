/**
 * 1-based line number of a character offset. Computed on demand (only for reported examples), so
 * the audit's hot path never tracks lines.
 *
 * @example
 * ```ts
 * lineAt('a\nb\nc', 4); // 3
 * ```
 */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  let i = text.indexOf('\n');
  while (i >= 0 && i < offset) {
    line++;
    i = text.indexOf('\n', i + 1);
  }
  return line;
}
