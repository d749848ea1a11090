import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputError, InvalidArgumentError } from '../../errors.js';
import type { TrainingDataFormat } from './finetuneClient.js';

/** One chat message of an OpenAI-style chat training example. */
export const ChatTrainingMessageSchema = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  content: z.string().min(1, 'must be a non-empty string'),
  weight: z.union([z.literal(0), z.literal(1)]).optional(),
});
/** `{ messages: [...] }`, one conversation per line (OpenAI chat JSONL). */
export const ChatTrainingExampleSchema = z.object({
  messages: z.array(ChatTrainingMessageSchema).min(1, 'must contain at least one message'),
});
/** `{ prompt, completion }`. */
export const PromptCompletionExampleSchema = z.object({
  prompt: z.string(),
  completion: z.string().min(1, 'must be a non-empty string'),
});
/** `{ text }`: plain documents for continued pretraining. */
export const TextExampleSchema = z.object({ text: z.string().min(1, 'must be a non-empty string') });

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
}

/** Options of {@link validateTrainingData}. */
export interface ValidateTrainingDataOptions {
  /** Expected format; `auto` (default) detects it from the first record. */
  format?: TrainingDataFormat | 'auto';
  /** Fewest examples required (a client's `properties.minExamples`). */
  minExamples?: number;
  /** Stop collecting after this many issues (default 50). */
  maxIssues?: number;
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
    exampleCount++;
    lines.push(JSON.stringify(value));
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

function detectFormat(value: Record<string, unknown>): TrainingDataFormat | undefined {
  if ('messages' in value) return 'chat';
  if ('prompt' in value || 'completion' in value) return 'prompt-completion';
  if ('text' in value) return 'text';
  return undefined;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out;
}
