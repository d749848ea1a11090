import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { ExperimentResults } from './ExperimentResults.js';
import { ExperimentResultsSchema } from './experimentResultsSchema.js';

/** File name of the results inside a run directory. */
export const RESULTS_FILE_NAME = 'results.json';

/**
 * Reads results written by `runExperiment()` (a run directory, or a `results.json` file) and
 * validates them. Errors name the file and the offending field.
 *
 * @example
 * ```ts
 * const results = await readExperimentResults('runs/2026-11-25');
 * console.log(results.toMarkdown());
 * ```
 */
export async function readExperimentResults(path: string): Promise<ExperimentResults> {
  let file = path;
  try {
    if ((await stat(path)).isDirectory()) file = join(path, RESULTS_FILE_NAME);
  } catch {
    throw new InputError('no such file or directory', { file: path });
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(`cannot read results (expected ${RESULTS_FILE_NAME}; has the run finished its report step?)`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON: ${(error as Error).message}`, { file });
  }
  const parsed = ExperimentResultsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(issue.message, { file, field: issue.path.map(String).join('.') });
  }
  return new ExperimentResults(parsed.data);
}
