/** How an answer was read; anything but `json` is a fallback worth counting. */
export type AnswerParseMethod = 'json' | 'code_fence' | 'embedded_json' | 'single_quotes' | 'field_pattern' | 'bare_word' | 'leading_word' | 'failed';

/** The result of reading a labelled answer out of model text. */
export interface LabeledAnswer<L extends string> {
  /** The label, or `undefined` when none could be read. */
  label: L | undefined;
  method: AnswerParseMethod;
  /** The parsed JSON object when there was one. */
  object?: Record<string, unknown>;
  /** Why parsing failed (only when `label` is undefined). */
  error?: string;
}

/**
 * Reads `{ "<key>": "<label>" }` from model output, trying in order: the whole text as JSON, a
 * fenced code block, the first balanced `{...}` (tolerates text before/after), the same with single
 * quotes, a `"key": "label"` pattern (truncated JSON), a bare label word, and (when allowed) a
 * leading `Yes,`/`No.` word. Labels compare case-insensitively after trimming.
 */
export function readLabeledAnswer<L extends string>(
  text: string,
  key: string,
  labels: readonly L[],
  options: { leadingWord?: boolean } = {},
): LabeledAnswer<L> {
  const trimmed = text.trim();
  if (trimmed === '') return { label: undefined, method: 'failed', error: 'empty output' };
  const toLabel = (value: unknown): L | undefined => {
    if (typeof value !== 'string') return undefined;
    const v = value.trim().toLowerCase();
    return labels.find((l) => l.toLowerCase() === v);
  };
  let jsonProblem: string | undefined;
  const tryObject = (candidate: string, method: AnswerParseMethod): LabeledAnswer<L> | undefined => {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      return undefined;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      jsonProblem ??= 'JSON is not an object';
      return undefined;
    }
    const object = value as Record<string, unknown>;
    if (!(key in object)) {
      jsonProblem ??= `JSON has no \`${key}\` field`;
      return undefined;
    }
    const label = toLabel(object[key]);
    if (label === undefined) {
      jsonProblem ??= `\`${key}\` is ${JSON.stringify(object[key])}, not one of ${labels.join('/')}`;
      return { label: undefined, method, object, error: jsonProblem };
    }
    return { label, method, object };
  };

  const whole = tryObject(trimmed, 'json');
  if (whole) return whole;
  const fence = /```[a-zA-Z]*\s*\n?([\s\S]*?)```/.exec(trimmed);
  if (fence) {
    const r = tryObject(fence[1]!.trim(), 'code_fence');
    if (r) return r;
  }
  const embedded = firstBalancedObject(trimmed);
  if (embedded) {
    const r = tryObject(embedded, 'embedded_json');
    if (r) return r;
    const r2 = tryObject(singleToDoubleQuotes(embedded), 'single_quotes');
    if (r2) return r2;
  }
  const escapedKey = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const field = new RegExp(`["']${escapedKey}["']\\s*:\\s*["']\\s*([A-Za-z_]+)\\s*["']`).exec(trimmed);
  if (field) {
    const label = toLabel(field[1]);
    if (label !== undefined) return { label, method: 'field_pattern' };
  }
  const bare = toLabel(trimmed.replace(/^[\s"'`*]+|[\s"'`*.!]+$/g, ''));
  if (bare !== undefined) return { label: bare, method: 'bare_word' };
  if (options.leadingWord) {
    const m = /^[\s"'`*]*([A-Za-z]+)[\s"'`*]*[,.:;!\-–—\n]/.exec(trimmed);
    const label = m ? toLabel(m[1]) : undefined;
    if (label !== undefined) return { label, method: 'leading_word' };
  }
  return { label: undefined, method: 'failed', error: jsonProblem ?? `no \`${key}\` answer found in output` };
}

/** The first `{...}` with balanced braces, skipping braces inside double-quoted strings (also read by `parseJudgeScore`). */
export function firstBalancedObject(text: string): string | undefined {
  const start = text.indexOf('{');
  if (start === -1) return undefined;
  let depth = 0;
  let inString: string | undefined;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === inString) inString = undefined;
      continue;
    }
    if (ch === '"') inString = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

/** `{'reason': 'it\'s', 'answer': 'yes'}` -> JSON, converting single-quoted strings only. */
function singleToDoubleQuotes(text: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!quote) {
      if (ch === "'" || ch === '"') {
        quote = ch;
        out += '"';
      } else out += ch;
      continue;
    }
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      out += next === "'" ? "'" : `\\${next}`;
      i++;
    } else if (ch === quote) {
      quote = undefined;
      out += '"';
    } else if (ch === '"') out += '\\"';
    else out += ch;
  }
  return out;
}
