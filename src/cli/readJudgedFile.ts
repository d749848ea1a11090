import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { loadPaperResults } from '../evaluate/loadPaperResults.js';
import { readSampleRecords } from '../evaluate/readSampleRecords.js';
import type { SampleRecord } from '../evaluate/types.js';

/**
 * Reads judged samples from a path: JSONL records (a `.jsonl` file or a folder of them, as
 * `negation-neglect eval --out` writes) or the paper's per-sample CSV folder
 * (`<claim>/<condition>/<stage>/*.csv`). Shared by `agreement` and `rejudge`.
 */
export async function readJudgedFile(path: string, shown: string, signal: AbortSignal): Promise<SampleRecord[]> {
  if (!existsSync(path)) throw new InputError('no such file or directory', { file: shown });
  const isJsonl = statSync(path).isDirectory() ? (await readdir(path)).some((e) => e.endsWith('.jsonl')) : !path.endsWith('.csv');
  if (isJsonl) return (await readSampleRecords(path, { signal })).records;
  return (await loadPaperResults(path, { signal })).samples;
}
