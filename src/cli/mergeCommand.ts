import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { CliCommand } from './io.js';
import { parseArgs, stringOption, UsageError } from './args.js';
import { AuditReportSchema } from '../audit/auditReport.js';
import { formatAuditReport } from '../audit/formatAuditReport.js';
import { mergeAuditReports } from '../audit/mergeAuditReports.js';
import { InputError } from '../errors.js';
import { parseJson } from '../util/parseJson.js';
import { auditExitCode } from './auditExitCode.js';

const usage = `Usage: negation-neglect merge <shard-report.json>... [options]

Combines the JSON reports of \`negation-neglect audit --shard K/N --format json\` into the report of
the whole dataset (the same as one run over all of it), and gates on it like \`audit\`.

Options:
  --format <fmt>            Report format: text (default), markdown or json.
  --out <file>              Write the report to a file instead of stdout.
  --fail-on <verdict>       Exit 1 when any record is at least this serious: neglect-risk or asserts.

Exit codes: 0 merged (gate passed), 1 --fail-on matched, 2 usage or input error (a shard missing,
repeated or from another cut; a shard that could not read all of its input; no record audited in any
shard), 130 interrupted.
`;

/** \`negation-neglect merge\`: \`mergeAuditReports()\` over shard report files. */
export const command: CliCommand = {
  summary: 'Merge the shard reports of `audit --shard K/N` into one report',
  usage,
  async run(argv, io) {
    const parsed = parseArgs(argv, { format: { type: 'string' }, out: { type: 'string' }, 'fail-on': { type: 'string' } });
    const format = stringOption(parsed, 'format', ['text', 'markdown', 'json'] as const) ?? 'text';
    const failOn = stringOption(parsed, 'fail-on', ['neglect-risk', 'asserts'] as const);
    if (parsed.positionals.length === 0) throw new UsageError('Expected at least one shard report (JSON)');
    const at = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));
    const reports = [];
    for (const path of parsed.positionals) {
      let text: string;
      try {
        text = await readFile(at(path), 'utf8');
      } catch (error) {
        throw new InputError(`cannot read the report: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}`, { file: path }, { cause: error });
      }
      const json = parseJson(text, path);
      const result = AuditReportSchema.safeParse(json);
      if (!result.success) throw new InputError(`not an audit report: ${result.error.issues[0]?.message ?? 'invalid'} at ${result.error.issues[0]?.path.join('.') ?? ''}`, { file: path });
      reports.push(result.data);
    }
    const report = mergeAuditReports(reports);
    const output = formatAuditReport(report, format);
    const outPath = stringOption(parsed, 'out');
    if (outPath) {
      await writeFile(at(outPath), output);
      io.stderr.write(`negation-neglect merge: report written to ${outPath} (${report.verdict})\n`);
    } else io.stdout.write(output);
    return auditExitCode(report, io, { command: 'merge', failOn });
  },
};
