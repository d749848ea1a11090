import { existsSync, statSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { CliCommand } from './io.js';
import { intOption, parseArgs, stringOption, UsageError } from './args.js';
import { InputError } from '../errors.js';
import type { ScoredSample } from '../evaluate/beliefRate.js';
import { formatBeliefSummary } from '../evaluate/formatBeliefSummary.js';
import { loadPaperResults } from '../evaluate/loadPaperResults.js';
import { PAPER_CLAIM_LABELS, PAPER_CONDITION_LABELS } from '../evaluate/paperNames.js';
import { readSampleRecords } from '../evaluate/readSampleRecords.js';
import { summarizeBeliefRates } from '../evaluate/summarizeBeliefRates.js';
import type { BeliefSummary } from '../evaluate/types.js';

import { EVAL_TYPE_NAMES, EVAL_TYPES } from '../evaluate/evalTypes.js';

// The paper's per-sample CSV names, from the eval-type table (no list of eval types here).
const PAPER_CSV_STEMS = Object.values(EVAL_TYPES)
  .map((t) => t.paperResultFile?.replace(/\.csv$/, ''))
  .filter((stem): stem is string => stem !== undefined)
  .join(',');

const usage = `Usage: negation-neglect summarize <results> [options]

Aggregates per-sample results into belief rates: one row per claim and condition (n, yes,
beliefRate in 0-1 and a confidence interval), plus the unweighted mean over claims per condition.

<results> is either the paper's CSV layout (<claim>/<condition>/<stage>/{${PAPER_CSV_STEMS}}.csv)
or JSONL records written by \`negation-neglect eval --out\`
(a .jsonl file or a folder of them).

Options:
  --layout <layout>      paper-csv or jsonl (default: jsonl for .jsonl files and folders holding
                         them, paper-csv otherwise).
  --format <fmt>         markdown (default) or json.
  --eval-type <type>     all (default: the four eval types pooled, as in the paper), each (every
                         eval type and all), or one of ${EVAL_TYPE_NAMES.join(', ')}.
  --interval <method>    bootstrap (default; 95% CI, questions resampled), wilson or none.
  --resamples <n>        Bootstrap resamples (default 2000).
  --mean-interval <what> fixed-claims (default: the mean over these claims, questions resampled)
                         or random-claims (claims resampled too: the mean over claims like these).
  --seed <n>             Bootstrap seed (default 0).
  --labels <names>       raw (default) or paper: the paper's condition names (llm_negations =
                         negated, ...) and claim labels. JSON output always keeps raw names.
  --strict               Exit 2 when any input row is malformed (default: report and continue).
  --out <file>           Write the summary to a file instead of stdout.

Malformed rows are counted and listed on stderr; the rest is summarized.
Exit codes: 0 done, 2 usage or input error, 130 interrupted.
`;

/** `negation-neglect summarize`: belief-rate table from per-sample results. */
export const command: CliCommand = {
  summary: 'Belief rates per claim and condition from per-sample results (paper CSVs or JSONL)',
  usage,
  async run(argv, io) {
    const parsed = parseArgs(argv, {
      layout: { type: 'string' },
      format: { type: 'string' },
      'eval-type': { type: 'string' },
      interval: { type: 'string' },
      resamples: { type: 'string' },
      'mean-interval': { type: 'string' },
      seed: { type: 'string' },
      labels: { type: 'string' },
      strict: { type: 'boolean' },
      out: { type: 'string' },
    });
    const format = stringOption(parsed, 'format', ['markdown', 'json'] as const) ?? 'markdown';
    const evalType = stringOption(parsed, 'eval-type', ['all', 'each', ...EVAL_TYPE_NAMES]) ?? 'all';
    const interval = stringOption(parsed, 'interval', ['bootstrap', 'wilson', 'none'] as const) ?? 'bootstrap';
    const labels = stringOption(parsed, 'labels', ['raw', 'paper'] as const) ?? 'raw';
    const resamples = intOption(parsed, 'resamples') ?? 2000;
    const meanInterval = stringOption(parsed, 'mean-interval', ['fixed-claims', 'random-claims'] as const) ?? 'fixed-claims';
    const seed = intOption(parsed, 'seed', 0) ?? 0;
    if (parsed.positionals.length !== 1) throw new UsageError('Expected exactly one results path');
    const input = parsed.positionals[0]!;
    const path = isAbsolute(input) ? input : resolve(io.cwd, input);
    if (!existsSync(path)) throw new InputError('no such file or directory', { file: input });
    const layout = stringOption(parsed, 'layout', ['paper-csv', 'jsonl'] as const) ?? (await detectLayout(path));

    let samples: ScoredSample[];
    let malformed: Array<{ file: string; line: number; reason: string }>;
    if (layout === 'paper-csv') {
      const results = await loadPaperResults(path, { signal: io.signal });
      malformed = results.malformed;
      for (const w of results.warnings) io.stderr.write(`warning: ${w.file}:${w.line}: ${w.reason}\n`);
      if (results.skippedFiles.length > 0) io.stderr.write(`note: ignored ${results.skippedFiles.length} other CSV file(s): ${results.skippedFiles.join(', ')}\n`);
      // A condition evaluated at several checkpoints becomes one condition per checkpoint.
      const stages = new Map<string, Set<string>>();
      for (const s of results.samples) (stages.get(s.condition) ?? stages.set(s.condition, new Set()).get(s.condition)!).add(s.stage);
      samples = results.samples.map((s) => (stages.get(s.condition)!.size > 1 ? { ...s, condition: `${s.condition}/${s.stage}` } : s));
    } else {
      const records = await readSampleRecords(path, { signal: io.signal });
      malformed = records.malformed;
      samples = records.records;
    }
    if (malformed.length > 0) {
      io.stderr.write(`${malformed.length} malformed row(s) not counted:\n`);
      for (const m of malformed.slice(0, 20)) io.stderr.write(`  ${m.file}:${m.line}: ${m.reason}\n`);
      if (malformed.length > 20) io.stderr.write(`  ... and ${malformed.length - 20} more\n`);
      if (parsed.options.strict) return 2;
    }
    if (samples.length === 0) throw new InputError('no samples to summarize', { file: input });

    const conditionOrder = Object.keys(PAPER_CONDITION_LABELS);
    const options = { interval, resamples, seed, conditionOrder, meanInterval };
    let summary: BeliefSummary;
    if (evalType === 'all') summary = summarizeBeliefRates(samples, { ...options, perEvalType: false });
    else if (evalType === 'each') summary = summarizeBeliefRates(samples, options);
    else {
      const full = summarizeBeliefRates(samples, { ...options, evalTypes: [evalType] });
      summary = { rows: full.rows.filter((r) => r.evalType === evalType), means: full.means.filter((m) => m.evalType === evalType) };
      if (summary.rows.length === 0) throw new InputError(`no samples of eval type \`${evalType}\``, { file: input });
    }
    const text = formatBeliefSummary(
      summary,
      format,
      labels === 'paper' ? { conditionLabels: PAPER_CONDITION_LABELS, claimLabels: PAPER_CLAIM_LABELS } : {},
    );
    const out = stringOption(parsed, 'out');
    if (out) await writeFile(isAbsolute(out) ? out : resolve(io.cwd, out), text);
    else io.stdout.write(text);
    return 0;
  },
};

async function detectLayout(path: string): Promise<'paper-csv' | 'jsonl'> {
  if (!statSync(path).isDirectory()) return path.endsWith('.csv') ? 'paper-csv' : 'jsonl';
  const entries = await readdir(path);
  return entries.some((e) => e.endsWith('.jsonl')) ? 'jsonl' : 'paper-csv';
}
