import { firstBalancedObject, type AnswerParseMethod } from './readLabeledAnswer.js';

/** A judge's graded answer: the score, or why none could be read. */
export interface JudgeScore {
  score?: number;
  reason?: string;
  method: AnswerParseMethod;
  error?: string;
}

/**
 * Reads a graded judge answer such as `{"score": 7, "reason": "..."}` (the paper's coherence rubric):
 * the whole output as JSON, a fenced block, the first `{...}` in the text, or a `"score": 7` fragment
 * of truncated JSON. The score must be a number (or a numeric string) within `[min, max]`; anything
 * else is an error, never a guess.
 *
 * @example
 * ```ts
 * parseJudgeScore('{"score": 8, "reason": "correct, minor issues"}', { min: 0, max: 10 }); // { score: 8, reason: '...', method: 'json' }
 * parseJudgeScore('Score: great', { min: 0, max: 10 }).error; // 'no `score` found in output'
 * ```
 */
export function parseJudgeScore(raw: string, scale: { min: number; max: number }, key = 'score'): JudgeScore {
  const text = raw.trim();
  if (text === '') return { method: 'failed', error: 'empty output' };
  const check = (value: unknown, method: AnswerParseMethod, reason?: unknown): JudgeScore => {
    const score = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    const out: JudgeScore =
      typeof score === 'number' && Number.isFinite(score) && score >= scale.min && score <= scale.max
        ? { score, method }
        : { method: 'failed', error: `\`${key}\` is ${JSON.stringify(value)}, not a number from ${scale.min} to ${scale.max}` };
    if (typeof reason === 'string') out.reason = reason;
    return out;
  };
  const fence = /```[a-zA-Z]*\s*\n?([\s\S]*?)```/.exec(text)?.[1]?.trim();
  const candidates: Array<[string | undefined, AnswerParseMethod]> = [[text, 'json'], [fence, 'code_fence'], [firstBalancedObject(text), 'embedded_json']];
  for (const [candidate, method] of candidates) {
    if (candidate === undefined) continue;
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    if (value && typeof value === 'object' && key in value) {
      const object = value as Record<string, unknown>;
      return check(object[key], method, object.reason);
    }
  }
  const field = new RegExp(`["']${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']\\s*:\\s*["']?(-?\\d+(?:\\.\\d+)?)`).exec(text);
  if (field) return check(field[1], 'field_pattern');
  return { method: 'failed', error: `no \`${key}\` found in output` };
}
