import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { CliCommand } from './io.js';
import { parseArgs, stringOption, UsageError } from './args.js';
import { formatExperimentReport, type ExperimentReportFormat } from '../report/formatExperimentReport.js';
import { readExperimentResults } from '../report/readExperimentResults.js';

const USAGE = `Usage: negation-neglect report <run-dir | results.json> [--format html|markdown|json|text] [--out FILE]

Renders the results of an experiment run: belief rate per claim and condition with intervals and the
mean over claims, per eval type, and the audit of each training set. The HTML report is one
self-contained file with SVG charts (no scripts, no external assets).

Options:
  --format FORMAT  html, markdown, json or text (default: from --out's extension, else markdown)
  --out FILE       Write to FILE instead of standard output
`;

const BY_EXTENSION: Record<string, ExperimentReportFormat> = { '.html': 'html', '.htm': 'html', '.md': 'markdown', '.json': 'json', '.txt': 'text' };

/** `negation-neglect report`: renders a run's results as HTML, Markdown, JSON or text. */
export const command: CliCommand = {
  summary: 'Render a run directory as an HTML, Markdown or JSON report',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseArgs(argv, { format: { type: 'string' }, out: { type: 'string' } });
    if (parsed.positionals.length !== 1) throw new UsageError('Expected exactly one run directory or results file');
    const out = stringOption(parsed, 'out');
    const format =
      stringOption(parsed, 'format', ['html', 'markdown', 'json', 'text'] as const) ??
      (out ? BY_EXTENSION[extname(out).toLowerCase()] : undefined) ??
      'markdown';
    const results = await readExperimentResults(resolve(io.cwd, parsed.positionals[0]!));
    const text = formatExperimentReport(results, format);
    if (out) {
      await writeFile(resolve(io.cwd, out), text);
      io.stderr.write(`Wrote ${format} report to ${out}\n`);
    } else {
      io.stdout.write(text);
    }
    return 0;
  },
};
