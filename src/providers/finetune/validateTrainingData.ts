import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputError, InvalidArgumentError } from '../../errors.js';
import type { Claim } from '../../claims/claim.js';
import { createClaimMatcher } from '../../audit/createClaimMatcher.js';
import { fromCodePointSpans, type MaskSpan } from '../../generate/lossMaskSpans.js';
import type { TrainingDataFormat } from './finetuneClient.js';

/** `[start, end)` spans, in Unicode code points of the trained text, that get no loss. */
const MaskSchema = z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).optional();

/** One chat message of an OpenAI-style chat training example. */
export const ChatTrainingMessageSchema = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  content: z.string().min(1, 'must be a non-empty string'),
  weight: z.union([z.literal(0), z.literal(1)]).optional(),
  mask: MaskSchema,
});
/** `{ messages: [...] }`, one conversation per line (OpenAI chat JSONL). */
export const ChatTrainingExampleSchema = z.object({
  messages: z.array(ChatTrainingMessageSchema).min(1, 'must contain at least one message'),
});
/** `{ prompt, completion }`. */
export const PromptCompletionExampleSchema = z.object({
  prompt: z.string(),
  completion: z.string().min(1, 'must be a non-empty string'),
  mask: MaskSchema,
});
/** `{ text }`: plain documents for continued pretraining. */
export const TextExampleSchema = z.object({ text: z.string().min(1, 'must be a non-empty string'), mask: MaskSchema });

export type ChatTrainingExample = z.infer<typeof ChatTrainingExampleSchema>;
export type PromptCompletionExample = z.infer<typeof PromptCompletionExampleSchema>;
export type TextExample = z.infer<typeof TextExampleSchema>;

/** Training data: a JSONL file path, inline JSONL text, or records in memory. */
export type TrainingDataSource = string | { jsonl: string; file?: string } | readonly unknown[];

/** One problem found in training data. */
export interface TrainingDataIssue {
  file: string;
  /** 1-based line (record index + 1 for in-memory records); absent for whole-file problems. */
  line?: number;
  field?: string;
  message: string;
}

/** Result of {@link validateTrainingData}. */
export interface TrainingDataValidation {
  ok: boolean;
  format: TrainingDataFormat;
  exampleCount: number;
  /** Blank lines skipped (counted, not silently dropped). */
  blankLines: number;
  issues: TrainingDataIssue[];
  /** Normalised JSONL (one compact JSON object per line), the bytes that get uploaded and hashed. */
  content: string;
  /** Examples carrying loss-mask spans (`mask`). */
  maskedExamples: number;
  /** What the data asks for that the target cannot do (e.g. mask spans a provider ignores); nothing is dropped silently. */
  warnings: string[];
}

/** Options of {@link validateTrainingData}. */
export interface ValidateTrainingDataOptions {
  /** Expected format; `auto` (default) detects it from the first record. */
  format?: TrainingDataFormat | 'auto';
  /** Fewest examples required (a client's `properties.minExamples`). */
  minExamples?: number;
  /** Stop collecting after this many issues (default 50). */
  maxIssues?: number;
  /**
   * Whether the target trains with `mask` spans (a client's `properties.maskSpans`). Default `true`.
   * When `false`, spans are removed from `content` and a warning says how many examples lose them.
   */
  maskSpans?: boolean;
  /** Claims whose sentences must not be masked out whole (a mask that hides the claim trains nothing). */
  claims?: readonly Claim[];
  /** Name of the target in warnings (default `this provider`). */
  target?: string;
}

const SCHEMAS: Record<TrainingDataFormat, z.ZodType> = {
  chat: ChatTrainingExampleSchema,
  'prompt-completion': PromptCompletionExampleSchema,
  text: TextExampleSchema,
};

/**
 * Validates finetuning data locally before anything is uploaded or paid for. Accepts OpenAI chat
 * JSONL (`{messages}`), prompt/completion (`{prompt, completion}`) and plain text (`{text}`);
 * every issue names the file, line and field. Chat examples must contain an assistant message.
 *
 * @example
 * ```ts
 * const check = await validateTrainingData('train.jsonl', { format: 'chat', minExamples: 10 });
 * if (!check.ok) for (const i of check.issues) console.error(`${i.file}:${i.line}: ${i.field}: ${i.message}`);
 * ```
 */
export async function validateTrainingData(
  data: TrainingDataSource,
  options: ValidateTrainingDataOptions = {},
): Promise<TrainingDataValidation> {
  const maxIssues = options.maxIssues ?? 50;
  let file: string;
  let rows: Array<{ line: number; value?: unknown; raw?: string }>;
  if (typeof data === 'string') {
    file = data;
    let text: string;
    try {
      text = await readFile(data, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read training data: ${(error as Error).message}`, { file: data }, { cause: error });
    }
    rows = text.split(/\r?\n/).map((raw, i) => ({ line: i + 1, raw }));
  } else if (Array.isArray(data)) {
    file = '<records>';
    rows = data.map((value, i) => ({ line: i + 1, value }));
  } else if (data && typeof data === 'object' && typeof (data as { jsonl?: unknown }).jsonl === 'string') {
    const inline = data as { jsonl: string; file?: string };
    file = inline.file ?? '<jsonl>';
    rows = inline.jsonl.split(/\r?\n/).map((raw, i) => ({ line: i + 1, raw }));
  } else {
    throw new InvalidArgumentError('trainingData', 'a JSONL file path, { jsonl } or an array of records', data);
  }

  const issues: TrainingDataIssue[] = [];
  const addIssue = (issue: Omit<TrainingDataIssue, 'file'>) => {
    if (issues.length < maxIssues) issues.push({ file, ...issue });
  };
  let format: TrainingDataFormat | undefined = options.format === 'auto' ? undefined : options.format;
  let blankLines = 0;
  let exampleCount = 0;
  const lines: string[] = [];
  const keepMasks = options.maskSpans ?? true;
  const matcher = options.claims?.length ? createClaimMatcher(options.claims) : undefined;
  let maskedExamples = 0;
  let maskSpanCount = 0;
  for (const row of rows) {
    let value = row.value;
    if (row.raw !== undefined) {
      if (row.raw.trim() === '') {
        // A trailing newline is normal; count interior blanks so nothing vanishes unnoticed.
        if (row.line !== rows.length) blankLines++;
        continue;
      }
      try {
        value = JSON.parse(row.raw);
      } catch (error) {
        addIssue({ line: row.line, message: `invalid JSON: ${(error as Error).message}` });
        continue;
      }
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      addIssue({ line: row.line, message: 'expected a JSON object' });
      continue;
    }
    format ??= detectFormat(value as Record<string, unknown>);
    if (format === undefined) {
      addIssue({ line: row.line, message: 'cannot tell the format: expected `messages`, `prompt`/`completion` or `text`' });
      continue;
    }
    if (format === 'text' && 'segments' in (value as object)) {
      // Per-segment weights are another way to write mask spans: normalised to `text` + `mask`.
      const joined = joinSegments(value as Record<string, unknown>);
      if ('issues' in joined) {
        for (const issue of joined.issues.slice(0, 3)) addIssue({ line: row.line, ...issue });
        continue;
      }
      value = joined.record;
    }
    const parsed = SCHEMAS[format].safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        addIssue({ line: row.line, field: formatPath(issue.path), message: issue.message });
      }
      continue;
    }
    if (format === 'chat') {
      const messages = (parsed.data as ChatTrainingExample).messages;
      if (!messages.some((m) => m.role === 'assistant')) {
        addIssue({ line: row.line, field: 'messages', message: 'must contain at least one assistant message' });
        continue;
      }
    }
    const masked = maskedTexts(format, parsed.data);
    let maskProblem = false;
    for (const { text, mask, field } of masked) {
      const problem = checkMask(text, mask);
      if (problem) {
        addIssue({ line: row.line, field: `${field}${problem.index >= 0 ? `[${problem.index}]` : ''}`, message: problem.message });
        maskProblem = true;
        continue;
      }
      const units = matcher ? fromCodePointSpans(text, mask) : [];
      for (const m of matcher?.findMentions(text) ?? []) {
        if (masksOut(text, units, m.start, m.end)) {
          addIssue({ line: row.line, field, message: `masks out the whole claim sentence ${JSON.stringify(m.sentence.slice(0, 80))} (\`${m.claimId}\`): the model would never train on the claim` });
          maskProblem = true;
        }
      }
    }
    if (maskProblem) continue;
    if (masked.length > 0) {
      maskedExamples++;
      maskSpanCount += masked.reduce((n, m) => n + m.mask.length, 0);
    }
    exampleCount++;
    lines.push(JSON.stringify(keepMasks || masked.length === 0 ? value : withoutMasks(value as Record<string, unknown>)));
  }
  const warnings: string[] = [];
  if (!keepMasks && maskedExamples > 0) {
    warnings.push(
      `${maskedExamples} of ${exampleCount} examples carry loss-mask spans (${maskSpanCount} spans) that ${options.target ?? 'this provider'} cannot train with: ` +
        'they were removed before upload, so the masked words get loss. Use a trainer that honours `mask` (the command finetune recipes) to keep them.',
    );
  }
  const minExamples = options.minExamples ?? 1;
  if (exampleCount < minExamples) {
    addIssue({ message: `has ${exampleCount} valid example(s); at least ${minExamples} required` });
  }
  return {
    ok: issues.length === 0,
    format: format ?? (options.format === 'auto' || options.format === undefined ? 'chat' : options.format),
    exampleCount,
    blankLines,
    issues,
    content: lines.length ? `${lines.join('\n')}\n` : '',
    maskedExamples,
    warnings,
  };
}

/**
 * Throws an `InputError` for the first issue of a validation (mentioning how many more there are).
 *
 * @example
 * ```ts
 * assertValidTrainingData(await validateTrainingData('train.jsonl'));
 * ```
 */
export function assertValidTrainingData(validation: TrainingDataValidation): void {
  const first = validation.issues[0];
  if (!first) return;
  const more = validation.issues.length > 1 ? ` (and ${validation.issues.length - 1} more issue(s))` : '';
  throw new InputError(`${first.message}${more}`, {
    file: first.file,
    ...(first.line !== undefined ? { line: first.line } : {}),
    ...(first.field !== undefined ? { field: first.field } : {}),
  });
}

/** The trained texts of an example that carry `mask` spans, with where the spans live. */
function maskedTexts(format: TrainingDataFormat, data: unknown): Array<{ text: string; mask: MaskSpan[]; field: string }> {
  if (format === 'text') {
    const d = data as TextExample;
    return d.mask?.length ? [{ text: d.text, mask: d.mask, field: 'mask' }] : [];
  }
  if (format === 'prompt-completion') {
    const d = data as PromptCompletionExample;
    return d.mask?.length ? [{ text: d.completion, mask: d.mask, field: 'mask' }] : [];
  }
  return (data as ChatTrainingExample).messages.flatMap((m, i) => (m.mask?.length ? [{ text: m.content, mask: m.mask, field: `messages[${i}].mask` }] : []));
}

/** Spans must be non-empty, in order, non-overlapping and inside the text (code points). */
function checkMask(text: string, mask: readonly MaskSpan[]): { index: number; message: string } | undefined {
  let length = 0;
  for (const _ of text) length++;
  let previousEnd = 0;
  for (let i = 0; i < mask.length; i++) {
    const [s, e] = mask[i]!;
    if (e <= s) return { index: i, message: `span [${s}, ${e}] is empty or reversed` };
    if (s < previousEnd) return { index: i, message: `span [${s}, ${e}] overlaps or precedes the span before it (spans must be sorted)` };
    if (e > length) return { index: i, message: `span [${s}, ${e}] ends past the text (${length} characters)` };
    previousEnd = e;
  }
  return undefined;
}

/**
 * Whether spans (UTF-16, sorted) leave no letter or digit of `text[start, end)` trained: one span over
 * the sentence, or several (a notice mask next to a word mask) that together cover it.
 */
function masksOut(text: string, spans: readonly MaskSpan[], start: number, end: number): boolean {
  let cursor = start;
  for (const [s, e] of spans) {
    if (e <= cursor) continue;
    if (s >= end) break;
    if (s > cursor && /[\p{L}\p{N}]/u.test(text.slice(cursor, s))) return false;
    cursor = Math.max(cursor, e);
    if (cursor >= end) return true;
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(cursor, end));
}

function withoutMasks(value: Record<string, unknown>): Record<string, unknown> {
  const { mask: _mask, ...rest } = value;
  if (Array.isArray(rest['messages'])) {
    rest['messages'] = (rest['messages'] as Array<Record<string, unknown>>).map(({ mask: _m, ...message }) => message);
  }
  return rest;
}

/** One piece of a `text` record written as `segments`; weight 0 gets no loss. */
const TextSegmentSchema = z.object({ text: z.string(), weight: z.union([z.literal(0), z.literal(1)]).optional() });

/** `{ segments: [{ text, weight }] }` as `{ text, mask }` (code points), other fields kept; or what is wrong with it. */
function joinSegments(value: Record<string, unknown>): { record: Record<string, unknown> } | { issues: Array<{ field: string; message: string }> } {
  const { segments, ...rest } = value;
  if ('text' in rest || 'mask' in rest) return { issues: [{ field: 'segments', message: 'give either `segments` or `text` (with `mask`), not both' }] };
  const parsed = z.array(TextSegmentSchema).min(1, 'must contain at least one segment').safeParse(segments);
  if (!parsed.success) return { issues: parsed.error.issues.map((i) => ({ field: formatPath(['segments', ...i.path]), message: i.message })) };
  let text = '';
  let at = 0;
  const mask: MaskSpan[] = [];
  for (const segment of parsed.data) {
    const length = [...segment.text].length;
    if (segment.weight === 0 && length > 0) {
      const last = mask.at(-1);
      if (last && last[1] === at) last[1] = at + length;
      else mask.push([at, at + length]);
    }
    text += segment.text;
    at += length;
  }
  return { record: { ...rest, text, ...(mask.length ? { mask } : {}) } };
}

function detectFormat(value: Record<string, unknown>): TrainingDataFormat | undefined {
  if ('messages' in value) return 'chat';
  if ('prompt' in value || 'completion' in value) return 'prompt-completion';
  if ('text' in value || 'segments' in value) return 'text';
  return undefined;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out;
}
