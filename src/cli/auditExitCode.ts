import type { AuditReportData } from '../audit/auditReport.js';
import { isUnknownShapeReason } from '../audit/recordSegments.js';
import { isOversizeReason } from '../audit/oversizeReason.js';
import { VERDICT_SEVERITY, type Verdict } from '../audit/types.js';
import type { CliIO } from './io.js';

/** What {@link auditExitCode} needs besides the report. */
export interface AuditGateSettings {
  /** `audit` or `merge`: the prefix of the messages. */
  command: string;
  failOn?: Verdict | undefined;
  /** The report of one shard: reading nothing is fine there (its share may be empty); `merge` gates. */
  shard?: boolean;
}

/**
 * The exit code of `audit` and `merge` for a finished report, with the reason on stderr: 2 when
 * some input could not be read to its end or when no record at all was audited (unread data never
 * passes a gate), 1 when `--fail-on` matches (with a review, on the final verdicts), else 0.
 */
export function auditExitCode(report: AuditReportData, io: Pick<CliIO, 'stderr'>, settings: AuditGateSettings): number {
  const say = (line: string) => io.stderr.write(`negation-neglect ${settings.command}: ${line}\n`);
  if (report.invalid.some((i) => isUnknownShapeReason(i.reason))) {
    say('records of an unknown shape were skipped: name the field that holds their text with --text-field PATH (dotted: meta.text) or their chat messages with --messages-field PATH');
  }
  if (report.invalid.some((i) => isOversizeReason(i.reason))) {
    say('records over the size limit were skipped: raise it with --max-line-bytes N to audit them');
  }
  if (report.readErrors.length > 0) {
    for (const e of report.readErrors) say(`${e.file}: ${e.reason}`);
    say('the input was not read to its end; the report covers only what was read');
    return 2;
  }
  if (report.totals.audited === 0) {
    if (settings.shard) {
      say('this shard audited no record; `merge` gates on the whole dataset');
    } else {
      say('no record was audited, so no gate can pass:');
      for (const line of unreadInputs(report)) io.stderr.write(`  ${line}\n`);
      return 2;
    }
  }
  const byVerdict = report.review?.finalByVerdict ?? report.totals.byVerdict;
  if (settings.failOn && gateFails(byVerdict, settings.failOn)) {
    say(`--fail-on ${settings.failOn} matched (dataset verdict: ${report.verdict})`);
    return 1;
  }
  return 0;
}

/** True when some record's verdict is at least as serious as `threshold`. */
export function gateFails(byVerdict: Record<Verdict, number>, threshold: Verdict): boolean {
  const limit = VERDICT_SEVERITY.indexOf(threshold);
  return VERDICT_SEVERITY.some((v, i) => i <= limit && byVerdict[v] > 0);
}

/** Per input, why nothing was audited: its file-level problem, or what its records were. */
function unreadInputs(report: AuditReportData): string[] {
  const lines: string[] = [];
  for (const s of report.sources) {
    const fileProblem = report.invalid.find((i) => i.file === s.source && i.line === 0);
    if (fileProblem) lines.push(`${s.source}: ${fileProblem.reason}`);
    else if (s.records > 0) lines.push(`${s.source}: ${s.records} record(s), all invalid`);
    else lines.push(`${s.source}: no record${s.blankLines > 0 ? ` (${s.blankLines} blank line(s))` : ''}`);
  }
  // Sources that never got a summary (a file-level problem before reading) are named by their entry.
  for (const i of report.invalid) if (i.line === 0 && !report.sources.some((s) => s.source === i.file)) lines.push(`${i.file}: ${i.reason}`);
  return lines.length > 0 ? lines : ['the input held no record'];
}
