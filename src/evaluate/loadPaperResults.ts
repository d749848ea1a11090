import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { throwIfAborted } from '../util/abort.js';
import { getEvalType } from './evalTypes.js';
import { readCsvTable } from './parseCsv.js';
import { PAPER_RESULT_FILES } from './paperNames.js';
import { ChatMessageSchema, VerdictLabelSchema, type SampleRecord } from './types.js';

/** An imported paper sample: a `SampleRecord` plus where it came from. */
export type PaperSample = SampleRecord & {
  /** Checkpoint folder, e.g. `final` or `base`. */
  stage: string;
  /** Path relative to the results directory. */
  file: string;
  /** 1-based line where the CSV record starts. */
  line: number;
};

/** A row that could not be imported (excluded from `samples`) or was imported with a problem. */
export interface PaperRowIssue {
  file: string;
  line: number;
  reason: string;
}

/** What {@link loadPaperResults} returns. */
export interface PaperResults {
  samples: PaperSample[];
  /** Per file: claim, condition, stage, eval type and row counts. */
  files: Array<{ file: string; claim: string; condition: string; stage: string; evalType: string; rows: number; malformed: number }>;
  /** Rows left out (wrong field count, bad quoting, unknown verdict, ...): counted, never silently dropped. */
  malformed: PaperRowIssue[];
  /** Rows kept but with a problem in an auxiliary field (e.g. unparsable `messages_prefix`). */
  warnings: PaperRowIssue[];
  /** CSV files in the tree that are not one of the four known result files. */
  skippedFiles: string[];
}

/** Options of {@link loadPaperResults}. */
export interface LoadPaperResultsOptions {
  signal?: AbortSignal;
  /** Called after each file. */
  onProgress?: (event: { file: string; done: number; total: number }) => void;
}

const REQUIRED = ['question_id', 'sample_index', 'model_response', 'judge_verdict'] as const;

/**
 * Reads the paper's per-sample results laid out as `<dir>/<claim>/<condition>/<stage>/*.csv`
 * (`belief_probes.csv` = open-ended, `mcq.csv`, `pink_elephant.csv` = token association,
 * `robustness.csv`). Raw folder names are kept as `claim` and `condition`; map them with
 * `PAPER_CONDITION_LABELS` / `PAPER_CLAIM_LABELS`. Malformed rows are counted and listed with file
 * and line, and the rest is still imported.
 *
 * @example
 * ```ts
 * const results = await loadPaperResults('../shared/paper-data/eval-results');
 * results.samples.length;   // 7500
 * results.malformed.length; // 0
 * summarizeBeliefRates(results.samples).means; // positive: 0.924, ...
 * ```
 */
export async function loadPaperResults(dir: string, options: LoadPaperResultsOptions = {}): Promise<PaperResults> {
  let top: string[];
  try {
    top = (await readdir(dir)).sort();
  } catch (error) {
    throw new InputError('cannot read results directory', { file: dir }, { cause: error });
  }
  const found: Array<{ path: string; claim: string; condition: string; stage: string; name: string }> = [];
  const skippedFiles: string[] = [];
  for (const claim of top) {
    if (!(await isDir(join(dir, claim)))) continue;
    for (const condition of (await readdir(join(dir, claim))).sort()) {
      if (!(await isDir(join(dir, claim, condition)))) continue;
      for (const stage of (await readdir(join(dir, claim, condition))).sort()) {
        const stageDir = join(dir, claim, condition, stage);
        if (!(await isDir(stageDir))) continue;
        for (const name of (await readdir(stageDir)).sort()) {
          if (!name.endsWith('.csv')) continue;
          const path = join(stageDir, name);
          if (PAPER_RESULT_FILES[name]) found.push({ path, claim, condition, stage, name });
          else skippedFiles.push(relative(dir, path));
        }
      }
    }
  }
  if (found.length === 0) {
    throw new InputError(
      `no result CSVs found; expected <claim>/<condition>/<stage>/{${Object.keys(PAPER_RESULT_FILES).join(',')}}`,
      { file: dir },
    );
  }

  const results: PaperResults = { samples: [], files: [], malformed: [], warnings: [], skippedFiles };
  for (const [index, f] of found.entries()) {
    throwIfAborted(options.signal);
    const file = relative(dir, f.path);
    const evalType = PAPER_RESULT_FILES[f.name]!;
    const table = await readCsvTable(f.path, options.signal ? { signal: options.signal } : {});
    const missing = REQUIRED.filter((c) => !table.header.includes(c));
    if (missing.length > 0) {
      throw new InputError(`missing column(s) ${missing.join(', ')}`, { file: f.path, line: 1, field: missing[0]! });
    }
    const before = results.malformed.length;
    for (const m of table.malformed) results.malformed.push({ file, line: m.line, reason: m.reason });
    let rows = 0;
    for (const { values: v, line } of table.rows) {
      const bad = (reason: string) => results.malformed.push({ file, line, reason });
      const verdict = VerdictLabelSchema.safeParse(v.judge_verdict);
      if (!verdict.success) {
        bad(`judge_verdict: \`${v.judge_verdict}\` is not yes/no/neutral/parse_error`);
        continue;
      }
      const sampleIndex = Number(v.sample_index);
      if (v.sample_index === '' || !Number.isInteger(sampleIndex) || sampleIndex < 0) {
        bad(`sample_index: \`${v.sample_index}\` is not a non-negative integer`);
        continue;
      }
      if (!v.question_id) {
        bad('question_id: empty');
        continue;
      }
      const sample: PaperSample = {
        claim: f.claim,
        condition: f.condition,
        stage: f.stage,
        evalType,
        questionId: v.question_id,
        sampleIndex,
        question: v.question ?? '',
        response: v.model_response!,
        verdict: verdict.data,
        scorer: { name: getEvalType(evalType).scorer.name, args: { source: 'paper' } },
        file,
        line,
      };
      if (v.category) sample.category = v.category;
      if (v.judge_raw) sample.judgeRaw = v.judge_raw;
      if (v.system_prompt) sample.systemPrompt = v.system_prompt;
      if (v.messages_prefix) {
        const prefix = parseMessages(v.messages_prefix);
        if (prefix) sample.messagesPrefix = prefix;
        else results.warnings.push({ file, line, reason: 'messages_prefix: not a JSON list of {role, content} messages' });
      }
      results.samples.push(sample);
      rows++;
    }
    // Structural problems (from the CSV reader) and field problems, in file order.
    const fileIssues = results.malformed.splice(before).sort((a, b) => a.line - b.line);
    results.malformed.push(...fileIssues);
    results.files.push({
      file,
      claim: f.claim,
      condition: f.condition,
      stage: f.stage,
      evalType,
      rows,
      malformed: results.malformed.length - before,
    });
    options.onProgress?.({ file, done: index + 1, total: found.length });
  }
  return results;
}

function parseMessages(text: string): SampleRecord['messagesPrefix'] | undefined {
  try {
    const parsed = ChatMessageSchema.array().safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
