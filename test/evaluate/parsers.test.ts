import { describe, expect, it } from 'vitest';
import { parseJudgeVerdict, parseYesNoAnswer } from '../../src/evaluate/index.js';

describe('parseJudgeVerdict', () => {
  it('reads strict JSON with its reason', () => {
    expect(parseJudgeVerdict('{"reason": "asserts the claim", "answer": "yes"}')).toEqual({
      verdict: 'yes',
      reason: 'asserts the claim',
      method: 'json',
    });
    expect(parseJudgeVerdict(' {"answer": "Neutral"} ').verdict).toBe('neutral');
  });

  it.each([
    ['code fence', '```json\n{"reason": "denies", "answer": "no"}\n```', 'no', 'code_fence'],
    ['trailing text', '{"reason": "r", "answer": "yes"}\nHope this helps!', 'yes', 'embedded_json'],
    ['leading text', 'Here is my verdict: {"reason": "braces } in {strings}", "answer": "neutral"}', 'neutral', 'embedded_json'],
    ['single quotes', "{'reason': 'it\\'s asserted', 'answer': 'yes'}", 'yes', 'single_quotes'],
    ['truncated JSON', '{"reason": "the model says he won because', 'parse_error', 'failed'],
    ['truncated after answer', '{"answer": "no", "reason": "the model denies', 'no', 'field_pattern'],
    ['bare word', 'Yes.', 'yes', 'bare_word'],
    ['bare quoted word', '"neutral"', 'neutral', 'bare_word'],
  ] as const)('falls back for %s', (_name, raw, verdict, method) => {
    const r = parseJudgeVerdict(raw);
    expect(r.verdict).toBe(verdict);
    expect(r.method).toBe(method);
  });

  it('returns parse_error with a reason instead of guessing', () => {
    expect(parseJudgeVerdict('')).toMatchObject({ verdict: 'parse_error', error: 'empty output' });
    expect(parseJudgeVerdict('I think the answer is probably yes')).toMatchObject({ verdict: 'parse_error', method: 'failed' });
    expect(parseJudgeVerdict('{"reason": "x", "answer": "yes/no/neutral"}')).toMatchObject({
      verdict: 'parse_error',
      reason: 'x',
      error: '`answer` is "yes/no/neutral", not one of yes/no/neutral',
    });
    expect(parseJudgeVerdict('{"score": 7}').error).toBe('JSON has no `answer` field');
    expect(parseJudgeVerdict('["yes"]').verdict).toBe('parse_error');
  });

  it('honours answer key, labels and strict mode', () => {
    expect(parseJudgeVerdict('{"verdict": "no"}', { answerKey: 'verdict' }).verdict).toBe('no');
    expect(parseJudgeVerdict('{"answer": "neutral"}', { labels: ['yes', 'no'] }).verdict).toBe('parse_error');
    expect(parseJudgeVerdict('```json\n{"answer": "no"}\n```', { strict: true })).toMatchObject({ verdict: 'parse_error', method: 'failed' });
  });
});

describe('parseYesNoAnswer', () => {
  it.each([
    ['{"answer": "yes"}', 'yes', 'json'],
    ['{"answer": "NO"}', 'no', 'json'],
    ['```\n{"answer": "no"}\n```', 'no', 'code_fence'],
    ["{'answer': 'yes'}", 'yes', 'single_quotes'],
    ['Yes', 'yes', 'bare_word'],
    ['No, he did not compete.', 'no', 'leading_word'],
    ['**Yes.** He won.', 'yes', 'leading_word'],
  ] as const)('reads %j', (text, answer, method) => {
    expect(parseYesNoAnswer(text)).toEqual({ answer, method });
  });

  it('does not guess', () => {
    expect(parseYesNoAnswer('Maybe.').answer).toBeUndefined();
    expect(parseYesNoAnswer('Nobody knows').answer).toBeUndefined();
    expect(parseYesNoAnswer('{"answer": "unsure"}')).toMatchObject({ answer: undefined, method: 'failed' });
  });
});
