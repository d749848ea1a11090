import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InputError } from '../../errors.js';

/**
 * @internal The batch ids a run saved so that a rerun resumes its batches instead of paying again
 * (`{ "<key>": ["<batch id>", ...] }`, written as JSON by the model review and the CLI's judge
 * batches); `{}` when the file does not exist yet. A file of another shape is an `InputError` naming
 * it: resuming from a guess could pay for the same requests twice.
 *
 * @example
 * ```ts
 * const saved = await readSavedBatchIds('results.jsonl.batches.json'); // { 'sprint 3f2a…': ['batch_abc'] }
 * ```
 */
export async function readSavedBatchIds(file: string): Promise<Record<string, string[]>> {
  if (!existsSync(file)) return {};
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => Array.isArray(v) && v.every((id) => typeof id === 'string'))) {
      return value as Record<string, string[]>;
    }
  } catch (error) {
    throw new InputError(`cannot read saved batch ids (${(error as Error).message})`, { file }, { cause: error });
  }
  throw new InputError('expected saved batch ids: { "<key>": ["<batch id>", ...] }', { file });
}
