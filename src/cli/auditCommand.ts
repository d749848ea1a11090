import { createWriteStream, statSync, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { CliCommand } from './io.js';
import { intOption, listOption, parseArgs, stringOption, UsageError } from './args.js';
import { createProgressBar } from './progress.js';
import { auditDataset } from '../audit/auditDataset.js';
import type { RecordAuditResult } from '../audit/auditRecords.js';
import { formatAuditReport } from '../audit/formatAuditReport.js';
import { VERDICT_SEVERITY, type Verdict } from '../audit/types.js';
import { REVIEW_OPTION_SPECS, REVIEW_USAGE, reviewFromArgs, reviewLineFields } from './auditReviewArgs.js';

const usage = `Usage: negation-neglect audit <paths...> [options]

Audits training data (JSONL, JSON arrays, plain text) for Negation Neglect: claims that the data
qualifies as false only outside the claim sentence, which models learn as true anyway.

Options:
  --claims <file-or-dir>    Claims to look for (YAML/JSON file, a paper claim folder, or a folder of them).
                            Repeatable. Without it, only notices not tied to a known claim are reported.
  --format <fmt>            Report format: text (default), markdown or json.
  --out <file>              Write the report to a file instead of stdout.
  --records <file.jsonl>    Write one JSON line per input record (verdict and per-claim counts, or error).
  --workers <n>             Auditing threads for JSONL inputs, this one included (default 1).
  --fail-on <verdict>       Exit 1 when any record is at least this serious: neglect-risk or asserts.
  --max-invalid <n>         Error budget: stop with exit 2 when more than n records are invalid.
  --max-line-bytes <n>      Longest line audited (default 16777216); longer lines are reported and skipped.
  --format-input <fmt>      How to parse inputs: auto (default), jsonl, json or text.

${REVIEW_USAGE}
Exit codes: 0 audit done (gate passed), 1 --fail-on matched, 2 usage or input error, 130 interrupted.
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
    });
    const format = stringOption(parsed, 'format', ['text', 'markdown', 'json'] as const) ?? 'text';
    const failOn = stringOption(parsed, 'fail-on', FAIL_ON);
    const inputFormat = stringOption(parsed, 'format-input', ['auto', 'jsonl', 'json', 'text'] as const) ?? 'auto';
    const workers = intOption(parsed, 'workers') ?? 1;
    const maxInvalid = intOption(parsed, 'max-invalid', 0);
    const maxLineBytes = intOption(parsed, 'max-line-bytes');
    if (parsed.positionals.length === 0) throw new UsageError('Expected at least one dataset path');
    const review = await reviewFromArgs(parsed, io);

    // Paths are shown as the user typed them; they are only resolved when the CLI runs elsewhere.
    const at = (p: string) => (isAbsolute(p) || io.cwd === process.cwd() ? p : resolve(io.cwd, p));
    const paths = parsed.positionals.map(at);
    let totalBytes = 0;
    const problems: string[] = [];
    for (const p of paths) {
      const info = statSync(p, { throwIfNoEntry: false });
      if (!info) problems.push(`${p}: file not found`);
      else if (!info.isFile()) problems.push(`${p}: not a file (pass the dataset files themselves)`);
      else totalBytes += info.size;
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
      const report = await auditDataset(paths, {
        ...(claimPaths.length ? { claims: claimPaths } : {}),
        workers,
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
      // With a review the gate reads the final verdicts.
      if (failOn && gateFails(report.review?.finalByVerdict ?? report.totals.byVerdict, failOn)) {
        io.stderr.write(`negation-neglect audit: --fail-on ${failOn} matched (dataset verdict: ${report.verdict})\n`);
        return 1;
      }
      return 0;
    } finally {
      if (records) await new Promise<void>((done) => records!.end(done));
    }
  },
};

/** True when some record's verdict is at least as serious as `threshold`. */
function gateFails(byVerdict: Record<Verdict, number>, threshold: Verdict): boolean {
  const limit = VERDICT_SEVERITY.indexOf(threshold);
  return VERDICT_SEVERITY.some((v, i) => i <= limit && byVerdict[v] > 0);
}

/** The `--records` line: counts only, no example text, one line per input record. */
function recordLine(r: RecordAuditResult): Record<string, unknown> {
  if ('error' in r) return { record: r.record, source: r.source, line: r.line, error: r.error };
  return {
    record: r.record,
    source: r.source,
    line: r.line,
    verdict: r.verdict,
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
