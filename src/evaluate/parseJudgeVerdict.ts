import type { VerdictLabel } from './types.js';
import { readLabeledAnswer, type AnswerParseMethod } from './readLabeledAnswer.js';

/** Options of {@link parseJudgeVerdict}. */
export interface ParseJudgeVerdictOptions {
  /** JSON field holding the label (the paper's `judge_key`, default `answer`). */
  answerKey?: string;
  /** Accepted labels (default yes / no / neutral). */
  labels?: ReadonlyArray<'yes' | 'no' | 'neutral'>;
  /** Only accept the whole output as JSON; no fallbacks (default false). */
  strict?: boolean;
}

/** A parsed judge answer. `verdict` is `parse_error` when nothing could be read, with `error` saying why. */
export interface JudgeVerdict {
  verdict: VerdictLabel;
  reason?: string;
  /** Which rule read the answer (`json` for well-formed output). */
  method: AnswerParseMethod;
  error?: string;
}

/**
 * Parses a judge's output `{"reason": "...", "answer": "yes" | "no" | "neutral"}`. Beyond strict
 * JSON it accepts a fenced code block, JSON with text around it, single-quoted JSON, a
 * `"answer": "yes"` fragment of truncated JSON and a bare label word, and reports which rule
 * applied. Anything else gives `parse_error` (never a guess).
 *
 * @example
 * ```ts
 * parseJudgeVerdict('{"reason": "asserts the claim", "answer": "yes"}');
 * // { verdict: 'yes', reason: 'asserts the claim', method: 'json' }
 * parseJudgeVerdict("```json\n{'answer': 'no'}\n```").method; // 'single_quotes'
 * parseJudgeVerdict('I cannot decide').verdict; // 'parse_error'
 * ```
 */
export function parseJudgeVerdict(raw: string, options: ParseJudgeVerdictOptions = {}): JudgeVerdict {
  const labels = options.labels ?? (['yes', 'no', 'neutral'] as const);
  const read = readLabeledAnswer(raw, options.answerKey ?? 'answer', labels);
  if (options.strict && read.method !== 'json') {
    return { verdict: 'parse_error', method: 'failed', error: read.error ?? `not strict JSON (would need rule \`${read.method}\`)` };
  }
  const reason = typeof read.object?.reason === 'string' ? read.object.reason : undefined;
  if (read.label === undefined) {
    const out: JudgeVerdict = { verdict: 'parse_error', method: 'failed', error: read.error ?? 'unreadable' };
    if (reason !== undefined) out.reason = reason;
    return out;
  }
  const out: JudgeVerdict = { verdict: read.label, method: read.method };
  if (reason !== undefined) out.reason = reason;
  return out;
}
