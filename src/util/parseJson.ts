import { InputError } from '../errors.js';
import { lineAt } from './lineAt.js';

/**
 * `JSON.parse` whose syntax errors are `InputError`s naming the file, line and column (Node 20's
 * own messages give only a character position, and not even that for an unexpected token).
 *
 * @example
 * ```ts
 * parseJson('{\n  "a": 1 "b": 2\n}', 'claims.json');
 * // InputError: claims.json:2:10: invalid JSON: Expected ',' or '}' after property value
 * ```
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = errorPosition(text);
    const { line, column } = lineAndColumn(text, at);
    throw new InputError(`invalid JSON: ${describe((error as Error).message)}`, { file, line, column }, { cause: error });
  }
}

/**
 * Offset of the first syntax error. A prefix of the text fails *inside* itself exactly when it
 * reaches the error (shorter prefixes only end early), so a binary search over prefixes finds it
 * whatever the message says; this runs only when the text is not valid JSON.
 */
function errorPosition(text: string): number {
  const failsInside = (k: number): number | undefined => {
    try {
      JSON.parse(text.slice(0, k));
      return undefined;
    } catch (error) {
      const message = (error as Error).message;
      const reported = /at position (\d+)/.exec(message);
      if (reported) return Number(reported[1]) < k ? Number(reported[1]) : undefined;
      return message.startsWith('Unexpected end') ? undefined : k - 1;
    }
  };
  let low = 1;
  let high = text.length;
  if (failsInside(high) === undefined) return text.length; // the text ends too early
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsInside(mid) === undefined) low = mid + 1;
    else high = mid;
  }
  return failsInside(low) ?? low - 1;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  return { line: lineAt(text, offset), column: offset - lineStart + 1 };
}

/** V8's reason without its position (we give line and column) or its copy of the input. */
function describe(message: string): string {
  return message
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/^(Unexpected token .*?), ".*$/s, '$1')
    .replace(/ is not valid JSON$/, '');
}
