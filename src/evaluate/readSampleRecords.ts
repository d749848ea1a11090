import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { throwIfAborted } from '../util/abort.js';
import { formatPath } from './parseYamlWithSchema.js';
import { SampleRecordSchema, type SampleRecord } from './types.js';

/** What {@link readSampleRecords} returns. */
export interface SampleRecordsFile {
  records: SampleRecord[];
  /** Lines that are not valid JSON or not a valid record, with file, line and reason. */
  malformed: Array<{ file: string; line: number; reason: string }>;
  files: string[];
}

/**
 * Reads per-sample records written one JSON object a line (`negation-neglect eval --out`), from a
 * `.jsonl` file or every `.jsonl` file under a directory. Invalid lines are counted in `malformed`
 * (with file, line and the first bad field) and the rest is read.
 *
 * @example
 * ```ts
 * const { records, malformed } = await readSampleRecords('runs/qwen/results.jsonl');
 * const summary = summarizeBeliefRates(records);
 * ```
 */
export async function readSampleRecords(path: string, options: { signal?: AbortSignal } = {}): Promise<SampleRecordsFile> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError('no such file or directory', { file: path }, { cause: error });
  }
  const files = info.isDirectory() ? await listJsonl(path) : [path];
  if (files.length === 0) throw new InputError('no .jsonl files found', { file: path });
  const out: SampleRecordsFile = { records: [], malformed: [], files };
  for (const file of files) {
    throwIfAborted(options.signal);
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let line = 0;
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        out.malformed.push({ file, line, reason: `invalid JSON (${(error as Error).message})` });
        continue;
      }
      const parsed = SampleRecordSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = formatPath(issue.path.filter((p): p is string | number => typeof p !== 'symbol'));
        out.malformed.push({ file, line, reason: `${field ? `${field}: ` : ''}${issue.message}` });
        continue;
      }
      out.records.push(parsed.data);
    }
  }
  return out;
}

async function listJsonl(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listJsonl(full)));
    else if (entry.name.endsWith('.jsonl')) out.push(full);
  }
  return out;
}
