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
export async function readJudgedFile(path: string, shown: string, signal: AbortSignal, stderr?: NodeJS.WritableStream): Promise<SampleRecord[]> {
  if (!existsSync(path)) throw new InputError('no such file or directory', { file: shown });
  const isJsonl = statSync(path).isDirectory() ? (await readdir(path)).some((e) => e.endsWith('.jsonl')) : !path.endsWith('.csv');
  if (isJsonl) {
    const { records, malformed } = await readSampleRecords(path, { signal });
    // Lines that are not sample records are counted and named, never silently left out of a comparison.
    if (malformed.length > 0 && records.length === 0) {
      const first = malformed[0]!;
      throw new InputError(`no sample records (${malformed.length} unreadable line(s); first: line ${first.line}: ${first.reason})`, { file: shown });
    }
    if (malformed.length > 0 && stderr) {
      stderr.write(`${shown}: ${malformed.length} unreadable line(s) not read:\n`);
      for (const m of malformed.slice(0, 5)) stderr.write(`  ${m.file}:${m.line}: ${m.reason}\n`);
    }
    return records;
  }
  return (await loadPaperResults(path, { signal })).samples;
}
