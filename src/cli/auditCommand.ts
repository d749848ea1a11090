import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { CliCommand } from './io.js';
import { intOption, listOption, parseArgs, stringOption, UsageError } from './args.js';
import { createProgressBar } from './progress.js';
import { auditDataset } from '../audit/auditDataset.js';
import type { RecordAuditResult } from '../audit/recordResults.js';
import { expandDatasetInputs, fileSize, normalizeDatasetSource } from '../audit/datasetSource.js';
import { formatAuditReport } from '../audit/formatAuditReport.js';
import { TooManyInvalidRecordsError } from '../audit/tooManyInvalidRecordsError.js';
import { auditExitCode } from './auditExitCode.js';
import { REVIEW_OPTION_SPECS, REVIEW_USAGE, reviewFromArgs, reviewLineFields } from './auditReviewArgs.js';

const usage = `Usage: negation-neglect audit <paths...> [options]

Audits training data (JSONL, JSON arrays, plain text, Parquet; plain, gzip or zstd) for Negation
Neglect: claims that the data qualifies as false only outside the claim sentence, which models learn
as true anyway. A path may be a file, a directory (every dataset file under it), a glob in quotes
('data/**/*.jsonl.zst') or - for standard input.

Options:
  --claims <file-or-dir>    Claims to look for (YAML/JSON file, a paper claim folder, or a folder of them).
                            Repeatable. Without it, only notices not tied to a known claim are reported.
  --format <fmt>            Report format: text (default), markdown or json.
  --out <file>              Write the report to a file instead of stdout.
  --records <file.jsonl>    Write one JSON line per input record (verdict and per-claim counts, or error).
  --workers <n|auto>        Auditing threads, this one included (default auto).
  --text-field <path>       Field holding the text, for other record shapes (dotted: meta.text; a Parquet column).
  --messages-field <path>   Field holding chat messages ({role, content}), for other record shapes.
  --fail-on <verdict>       Exit 1 when any record is at least this serious: neglect-risk or asserts.
  --max-invalid <n>         Error budget: stop with exit 2 when more than n records are invalid.
  --max-line-bytes <n>      Longest line audited (default 16777216); longer lines are reported and skipped.
  --format-input <fmt>      How to parse inputs: auto (default), jsonl, json, text or parquet.
  --shard <K/N|auto>        Audit only shard K of N (1-based) and write a shard report for \`merge\`;
                            auto reads JOB_COMPLETION_INDEX (a Kubernetes Indexed Job, 0-based) with --shard-count.
  --shard-count <n>         Number of shards, with --shard auto.
  --split-bytes <n>         Plain JSONL files larger than this are split between shards (default 67108864).

${REVIEW_USAGE}
Exit codes: 0 audit done (gate passed), 1 --fail-on matched, 2 usage or input error (including an input
that could not be read to its end: the report is still written, marked incomplete; and an audit that
audited no record: an empty input or only invalid records), 130 interrupted.
`;

const FAIL_ON = ['neglect-risk', 'asserts'] as const;

/**
 * \`negation-neglect audit\`: runs \`auditDataset()\` over files and prints (or writes) the report.
 */
export const command: CliCommand = {
  summary: 'Audit a training set for claims it teaches while trying to negate them',
  usage,
  async run(argv, io) {
    const parsed = parseArgs(argv, {
      claims: { type: 'string', multiple: true },
      format: { type: 'string' },
      out: { type: 'string' },
      records: { type: 'string' },
      workers: { type: 'string' },
      'fail-on': { type: 'string' },
      'max-invalid': { type: 'string' },
      'max-line-bytes': { type: 'string' },
      'format-input': { type: 'string' },
      ...REVIEW_OPTION_SPECS,
      'text-field': { type: 'string' },
      'messages-field': { type: 'string' },
      shard: { type: 'string' },
      'shard-count': { type: 'string' },
      'split-bytes': { type: 'string' },
    });
    const format = stringOption(parsed, 'format', ['text', 'markdown', 'json'] as const) ?? 'text';
    const failOn = stringOption(parsed, 'fail-on', FAIL_ON);
    const inputFormat = stringOption(parsed, 'format-input', ['auto', 'jsonl', 'json', 'text', 'parquet'] as const) ?? 'auto';
    const workers = intOption(parsed, 'workers', 1, ['auto'] as const) ?? 'auto';
    const textField = stringOption(parsed, 'text-field');
    const messagesField = stringOption(parsed, 'messages-field');
    const maxInvalid = intOption(parsed, 'max-invalid', 0);
    const maxLineBytes = intOption(parsed, 'max-line-bytes');
    if (parsed.positionals.length === 0) throw new UsageError('Expected at least one dataset path');
    const review = await reviewFromArgs(parsed, io);
    const shard = shardFromArgs(stringOption(parsed, 'shard'), intOption(parsed, 'shard-count'), io.env);
    const splitBytes = intOption(parsed, 'split-bytes');

    // Paths are shown as the user typed them; they are only resolved when the CLI runs elsewhere.
    const at = (p: string) => (isAbsolute(p) || io.cwd === process.cwd() ? p : resolve(io.cwd, p));
    const paths = parsed.positionals.map((p) => (p === '-' ? p : at(p)));
    if (paths.includes('-') && !io.stdin) throw new UsageError('`-` (standard input) is not available here');
    // Directories and globs are expanded here too, so a path that names nothing stops the run
    // before any work, and the progress bar knows the total size.
    const stdin = () => io.stdin ?? (async function* () {})();
    const inputs = await expandDatasetInputs(normalizeDatasetSource(paths), stdin);
    let totalBytes = 0;
    const problems: string[] = [];
    for (const input of inputs) {
      if (input.kind !== 'file') continue;
      const size = await fileSize(input.path);
      if (size === undefined) problems.push(`${input.path}: ${await describePath(input.path)}`);
      else totalBytes += size;
    }
    if (problems.length > 0) {
      for (const problem of problems) io.stderr.write(`negation-neglect audit: ${problem}\n`);
      return 2;
    }
    const claimPaths = listOption(parsed, 'claims').map(at);

    let records: WriteStream | undefined;
    const recordsPath = stringOption(parsed, 'records');
    if (recordsPath) records = createWriteStream(at(recordsPath));
    const writeRecord = (result: RecordAuditResult): void | Promise<void> => {
      if (!records || records.write(`${JSON.stringify(recordLine(result))}\n`)) return;
      // Respect backpressure so a slow disk cannot make memory grow.
      return new Promise((done) => records!.once('drain', done));
    };

    const bar = createProgressBar({ stream: io.stderr, label: 'audit', total: totalBytes, format: (n) => `${(n / 1e6).toFixed(1)} MB` });
    let lastRecords = 0;
    try {
      const files = inputs.map((input) => (input.kind === 'file' ? input.path : '-'));
      const report = await auditDataset(files, {
        stdin,
        ...(shard ? { shard } : {}),
        ...(splitBytes !== undefined ? { splitBytes } : {}),
        ...(claimPaths.length ? { claims: claimPaths } : {}),
        workers,
        ...(textField !== undefined ? { textField } : {}),
        ...(messagesField !== undefined ? { messagesField } : {}),
        format: inputFormat,
        ...(maxInvalid !== undefined ? { maxInvalid } : {}),
        ...(maxLineBytes !== undefined ? { maxLineBytes } : {}),
        signal: io.signal,
        ...(review ? { review } : {}),
        ...(records ? { onRecord: writeRecord } : {}),
        onProgress: (p) => {
          lastRecords = p.records;
          bar.update(p.bytes, `${p.records} records`);
        },
      });
      bar.finish(`${lastRecords} records`);
      const output = formatAuditReport(report, format);
      const outPath = stringOption(parsed, 'out');
      if (outPath) {
        await writeFile(at(outPath), output);
        io.stderr.write(`negation-neglect audit: report written to ${outPath} (${report.verdict})\n`);
      } else io.stdout.write(output);
      return auditExitCode(report, io, { command: 'audit', failOn, shard: shard !== undefined });
    } catch (error) {
      // The library names its option; here the budget is the flag the user set.
      if (TooManyInvalidRecordsError.isInstance(error)) throw new TooManyInvalidRecordsError(error.maxInvalid, error.last, '--max-invalid');
      throw error;
    } finally {
      if (records) await new Promise<void>((done) => records!.end(done));
    }
  },
};

/** \`--shard K/N\` (1-based), or \`--shard auto\` with \`--shard-count N\` and JOB_COMPLETION_INDEX (0-based). */
function shardFromArgs(value: string | undefined, count: number | undefined, env: NodeJS.ProcessEnv): { index: number; count: number } | undefined {
  if (value === undefined) {
    if (count !== undefined) throw new UsageError('`--shard-count` goes with `--shard auto`');
    return undefined;
  }
  if (value === 'auto') {
    if (count === undefined) throw new UsageError('`--shard auto` needs `--shard-count N`');
    const raw = env.JOB_COMPLETION_INDEX;
    const index = Number(raw);
    if (raw === undefined || raw === '' || !Number.isInteger(index) || index < 0 || index >= count) {
      const got = raw === undefined || raw === '' ? 'it is not set (run as a Kubernetes Indexed Job, or give --shard K/N)' : `got \`${raw}\``;
      throw new UsageError(`\`--shard auto\` reads JOB_COMPLETION_INDEX (0 to ${count - 1}): ${got}`);
    }
    return { index, count };
  }
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const k = match ? Number(match[1]) : NaN;
  const n = match ? Number(match[2]) : NaN;
  if (!match || n < 1 || k < 1 || k > n) throw new UsageError(`Expected \`--shard\` to be K/N with 1 <= K <= N, or auto, got \`${value}\``);
  if (count !== undefined) throw new UsageError('`--shard-count` goes with `--shard auto`');
  return { index: k - 1, count: n };
}

async function describePath(path: string): Promise<string> {
  const { stat } = await import('node:fs/promises');
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return 'a directory with no dataset files (.jsonl, .json, .txt, .md, .parquet, optionally .gz/.zst)';
  if (info) return 'not a regular file';
  return /[*?{[]/.test(path) ? 'no file matches this pattern' : 'file not found';
}

/** The `--records` line: counts only, no example text, one line per input record. */
function recordLine(r: RecordAuditResult): Record<string, unknown> {
  if ('error' in r) return { record: r.record, source: r.source, line: r.line, error: r.error };
  return {
    record: r.record,
    source: r.source,
    line: r.line,
    verdict: r.verdict,
    ...(r.language !== undefined ? { language: r.language } : {}),
    claims: r.claims.map((c) => ({
      claimId: c.claimId,
      verdict: c.verdict,
      mentions: c.mentions,
      placements: c.placements,
      qualifiers: c.qualifiers,
      // The figure and its condition; the source is in the report.
      expectedBelief: { value: c.expectedBelief.value, condition: c.expectedBelief.condition, ...(c.expectedBelief.kind ? { kind: c.expectedBelief.kind } : {}) },
    })),
    ...reviewLineFields(r),
  };
}
