import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { readSampleRecords } from '../evaluate/readSampleRecords.js';
import { summarizeBeliefRates } from '../evaluate/summarizeBeliefRates.js';
import { SampleRecordSchema, type SampleRecord } from '../evaluate/types.js';
import { throwIfAborted } from '../util/abort.js';
import { ExperimentResults } from './ExperimentResults.js';
import { readExperimentResults, RESULTS_FILE_NAME } from './readExperimentResults.js';

/** What {@link readResultsBrowserData} found: the results, the samples behind them and what it left out. */
export interface ResultsBrowserData {
  /** `experiment`: a run directory or its `results.json`; `eval`: per-sample JSONL from `negation-neglect eval`. */
  kind: 'experiment' | 'eval';
  results: ExperimentResults;
  samples: SampleRecord[];
  /** Lines or samples that could not be used, with where and why (also listed in the report's notes). */
  skipped: Array<{ file: string; line?: number; reason: string }>;
}

/**
 * Reads what `negation-neglect view` shows: an experiment run (its directory or `results.json`, with
 * the samples of every evaluation step under `steps/`), or the per-sample JSONL of an `eval` run (a
 * file, or a directory of them), whose belief rates it computes. Unreadable lines and samples are
 * counted in `skipped` and named in the results' notes; the rest is read.
 *
 * @example
 * ```ts
 * const { results, samples } = await readResultsBrowserData('runs/qwen/results.jsonl');
 * await writeFile('results.html', renderResultsBrowser(results, samples));
 * ```
 */
export async function readResultsBrowserData(path: string, options: { signal?: AbortSignal } = {}): Promise<ResultsBrowserData> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError('no such file or directory', { file: path }, { cause: error });
  }
  const resultsFile = info.isDirectory() ? join(path, RESULTS_FILE_NAME) : path.endsWith('.json') ? path : undefined;
  if (resultsFile && (!info.isDirectory() || (await exists(resultsFile)))) return readExperiment(resultsFile, options.signal);
  const { records, malformed, files } = await readSampleRecords(path, options);
  const skipped = malformed.map((m) => ({ file: m.file, line: m.line, reason: m.reason }));
  if (records.length === 0) {
    throw new InputError(`no sample records found${skipped.length ? ` (${skipped.length} unreadable lines; first: line ${skipped[0]!.line}: ${skipped[0]!.reason})` : ''}`, { file: path });
  }
  const results = new ExperimentResults({
    title: `Evaluation: ${files.length === 1 ? basename(files[0]!) : `${files.length} files in ${basename(path)}`}`,
    summary: summarizeBeliefRates(records, { seed: 0 }),
    notes: skippedNotes(skipped),
    metadata: { files },
  });
  return { kind: 'eval', results, samples: records, skipped };
}

async function readExperiment(resultsFile: string, signal: AbortSignal | undefined): Promise<ResultsBrowserData> {
  const read = await readExperimentResults(resultsFile);
  const runDir = dirname(resultsFile);
  // Bars are claim × condition cells of results.json; a step output from another configuration of the
  // same run directory is left out (and counted), never shown under a bar it does not belong to.
  const cells = new Set(read.data.summary.rows.map((r) => `${r.claim}\u0000${r.condition}`));
  const samples: SampleRecord[] = [];
  const skipped: ResultsBrowserData['skipped'] = [];
  const outside = new Map<string, number>();
  for (const file of await listJson(join(runDir, 'steps'))) {
    throwIfAborted(signal);
    let output: unknown;
    try {
      output = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      skipped.push({ file, reason: `invalid JSON (${(error as Error).message})` });
      continue;
    }
    // Evaluation steps (and the in-context control) output `{ samples }`; curves (checkpoints, the K sweep) are not bars.
    const list = (output as { samples?: unknown } | null)?.samples;
    if (!Array.isArray(list)) continue;
    list.forEach((value, i) => {
      const parsed = SampleRecordSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        skipped.push({ file, reason: `samples[${i}].${issue.path.map(String).join('.')}: ${issue.message}` });
      } else if (!cells.has(`${parsed.data.claim}\u0000${parsed.data.condition}`)) {
        const key = relative(runDir, file);
        outside.set(key, (outside.get(key) ?? 0) + 1);
      } else samples.push(parsed.data);
    });
  }
  for (const [file, n] of outside) skipped.push({ file: join(runDir, file), reason: `${n} samples of a claim and condition not in ${RESULTS_FILE_NAME}` });
  const results = skipped.length === 0 ? read : new ExperimentResults({ ...read.data, notes: [...read.data.notes, ...skippedNotes(skipped)] });
  return { kind: 'experiment', results, samples, skipped };
}

function skippedNotes(skipped: ResultsBrowserData['skipped']): string[] {
  if (skipped.length === 0) return [];
  const shown = skipped.slice(0, 10).map((s) => `${s.file}${s.line !== undefined ? `:${s.line}` : ''}: ${s.reason}`);
  return [`${skipped.length} lines or samples were left out of the samples view:`, ...shown, ...(skipped.length > 10 ? [`… and ${skipped.length - 10} more`] : [])];
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function listJson(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listJson(full)));
    else if (entry.name.endsWith('.json')) out.push(full);
  }
  return out;
}
