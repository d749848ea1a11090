import { InvalidArgumentError } from '../errors.js';
import type { AuditExample, AuditReportData, PlacementCounts, QualifierCounts, VerdictCounts } from './auditReport.js';
import { reviewSectionMarkdown, reviewSectionText, reviewSummary } from './review/formatReviewSection.js';
import type { ExpectedBelief } from './expectedBelief.js';

/** Output formats of {@link formatAuditReport}. */
export type AuditReportFormat = 'text' | 'markdown' | 'json' | 'html';

/**
 * Renders an audit report for people (`text` for terminals, `markdown` for PRs and notebooks,
 * `html` for notebook cells) or machines (`json`, the plain data described by the report's JSON Schema).
 *
 * @example
 * ```ts
 * const report = await auditDataset('train.jsonl', { claims: 'claims.yaml' });
 * console.log(formatAuditReport(report, 'markdown'));
 * ```
 */
export function formatAuditReport(report: AuditReportData, format: AuditReportFormat = 'text'): string {
  switch (format) {
    case 'text':
      return formatText(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'json':
      return `${JSON.stringify(plain(report), null, 2)}\n`;
    case 'html':
      return formatHtml(report);
    default:
      throw new InvalidArgumentError('format', "'text', 'markdown', 'json' or 'html'", format);
  }
}

function plain(report: AuditReportData): AuditReportData {
  const maybe = report as AuditReportData & { toJSON?: () => AuditReportData };
  return typeof maybe.toJSON === 'function' ? maybe.toJSON() : report;
}

const VERDICT_LABEL: Record<string, string> = {
  'neglect-risk': 'NEGLECT RISK',
  asserts: 'ASSERTS',
  'negated-locally': 'negated locally',
  none: 'not mentioned',
};

/**
 * The headline verdict. A report that audited no record says so: its `none` verdict would read as
 * a clean "not mentioned" about data nobody read.
 */
function headline(r: AuditReportData): string {
  return r.totals.audited === 0 ? 'NOTHING AUDITED' : (VERDICT_LABEL[r.verdict] ?? r.verdict);
}
const NOTHING_AUDITED = 'no record could be audited (an empty input, or only invalid records); the verdict says nothing about this data';

function verdicts(v: VerdictCounts, withNone = true): string {
  return (Object.keys(v) as (keyof VerdictCounts)[])
    .filter((k) => withNone || k !== 'none')
    .map((k) => `${k} ${v[k]}`)
    .join(' · ');
}
function placements(p: PlacementCounts): string {
  return `local ${p.local} · adjacent ${p.adjacent} · framing ${p.framing} · unqualified ${p.unqualified}`;
}
function qualifiers(q: QualifierCounts): string {
  const entries = Object.entries(q).filter(([, n]) => (n ?? 0) > 0);
  return entries.length ? entries.map(([k, n]) => `${k} ${n}`).join(' · ') : 'none';
}
function bytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}
function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function wrap(text: string, indent: string, width = 100): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && indent.length + line.length + 1 + w.length > width) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}
/** Places in the input: `file:line`, or `file#row` for Parquet rows (1-based). */
type Locate = (file: string, line: number) => string;
function locator(r: AuditReportData): Locate {
  const rows = new Set(r.sources.filter((s) => s.format === 'parquet').map((s) => s.source));
  return (file, line) => `${file}${rows.has(file) ? '#' : ':'}${line}`;
}
function where(e: AuditExample, at: Locate): string {
  return `${at(e.source, e.line)}${e.role === 'document' ? '' : ` (${e.role} message ${e.segment})`}`;
}
function exampleLine(e: AuditExample, at: Locate): string {
  const tag = [e.placement, e.qualifier].filter(Boolean).join(', ');
  return `${where(e, at)} [${tag}] "${clip(e.sentence)}"${e.cue ? ` (cue: "${clip(e.cue, 60)}")` : ''}`;
}

function formatText(r: AuditReportData): string {
  const out: string[] = [];
  const at = locator(r);
  const t = r.totals;
  out.push(`Negation Neglect audit: ${headline(r)}${r.review ? ` (after model review; lexical: ${VERDICT_LABEL[r.review.lexicalVerdict]})` : ''}`);
  if (t.audited === 0) out.push(`  ${NOTHING_AUDITED}`);
  const unread = r.readErrors ?? [];
  if (unread.length) {
    out.push(`  INCOMPLETE: ${unread.length} source(s) could not be read to the end; the verdict covers only what was read:`);
    for (const e of unread) out.push(`    ${e.file}: ${clip(e.reason, 200)}`);
  }
  out.push(
    `  ${t.records} record(s): ${t.audited} audited, ${t.invalid} invalid${t.blankLines ? `, ${t.blankLines} blank line(s)` : ''} · ${bytes(t.bytes)} · ${(r.timing.durationMs / 1000).toFixed(2)} s${r.timing.workers > 1 ? ` · ${r.timing.workers} workers` : ''}${r.decision ? ` · ${r.decision} decision` : ''}`,
  );
  out.push(`  records by verdict: ${verdicts(t.byVerdict)}`);
  if (r.sources.length > 1) {
    for (const s of r.sources) out.push(`    ${s.source}: ${s.records} record(s), ${s.invalid} invalid · ${verdicts(s.byVerdict)}`);
  }
  for (const c of r.claims) {
    out.push('', `Claim ${c.claimId}: ${VERDICT_LABEL[c.verdict]}`);
    if (c.statement) out.push(`  "${clip(c.statement, 200)}"`);
    out.push(`  records: ${verdicts(c.records, false)}`);
    out.push(`  mentions ${c.mentions}: ${placements(c.placements)}`);
    out.push(`  qualifiers: ${qualifiers(c.qualifiers)}`);
    if (c.context) out.push(`  context (not mentions): ${c.context.subject} subject-only, ${c.context.setting} setting-only sentence(s)`);
    out.push(`  expected belief after training: ${belief(c.expectedBelief)} (${c.expectedBelief.source})`);
    out.push(wrap(c.explanation, '  '));
    if (c.examples.length) {
      out.push('  strongest examples:');
      for (const e of c.examples) out.push(`    - ${exampleLine(e, at)}`);
    }
  }
  if (r.unattached.length) {
    out.push('', 'Notices not tied to a known claim (claimId null):');
    for (const g of r.unattached) {
      const placed = g.placements.local + g.placements.adjacent + g.placements.framing + g.placements.unqualified;
      out.push(`  "${clip(g.topic, 80)}": ${g.records} record(s); qualifiers: ${qualifiers(g.qualifiers)}${placed ? `; ${placements(g.placements)}` : ''}`);
      out.push(wrap(g.explanation, '    '));
      const shown = g.examples.length ? g.examples.map((e) => exampleLine(e, at)) : g.sampleRecords.map((s) => `${at(s.source, s.line)} (record ${s.record})`);
      for (const line of shown) out.push(`    - ${line}`);
    }
  }
  if (t.invalid) {
    out.push('', `Invalid records (${t.invalid}; skipped, the scan went on):`);
    for (const i of r.invalid) out.push(`  ${at(i.file, i.line)}${i.field ? ` ${i.field}` : ''}: ${clip(i.reason, 200)}`);
    if (r.invalidOmitted) out.push(`  ... and ${r.invalidOmitted} more`);
  }
  if (r.review) out.push(...reviewSectionText(r.review));
  if (r.warnings.length) {
    out.push('', 'Warnings:');
    for (const w of r.warnings) out.push(`  - ${w}`);
  }
  return `${out.join('\n')}\n`;
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

function formatMarkdown(r: AuditReportData): string {
  const at = locator(r);
  const t = r.totals;
  const out: string[] = [`# Negation Neglect audit: ${headline(r)}`, ''];
  if (t.audited === 0) out.push(`> **Nothing audited:** ${NOTHING_AUDITED}.`, '');
  const unread = r.readErrors ?? [];
  if (unread.length) {
    out.push(`> **Incomplete:** ${unread.length} source(s) could not be read to the end; the verdict covers only what was read.`, '');
    for (const e of unread) out.push(`- ${mdCell(e.file)}: ${mdCell(clip(e.reason, 200))}`);
    out.push('');
  }
  out.push(
    `${t.records} record(s): ${t.audited} audited, ${t.invalid} invalid · ${bytes(t.bytes)} · ${(r.timing.durationMs / 1000).toFixed(2)} s${r.decision ? ` · ${r.decision} decision` : ''}`,
    '',
    '| verdict | records |',
    '|---|---:|',
    ...(Object.keys(t.byVerdict) as (keyof VerdictCounts)[]).map((k) => `| ${k} | ${t.byVerdict[k]} |`),
  );
  if (r.sources.length > 1) {
    out.push('', '| source | records | invalid | neglect-risk | asserts | negated-locally | none |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const s of r.sources) {
      const v = s.byVerdict;
      out.push(`| ${mdCell(s.source)} | ${s.records} | ${s.invalid} | ${v['neglect-risk']} | ${v.asserts} | ${v['negated-locally']} | ${v.none} |`);
    }
  }
  if (r.claims.length) {
    out.push('', '## Claims', '', '| claim | verdict | expected belief | records at risk | asserting | negated locally | mentions | local | adjacent | framing | unqualified |', '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const c of r.claims) {
      out.push(
        `| ${mdCell(c.claimId)} | ${c.verdict} | ${belief(c.expectedBelief)} | ${c.records['neglect-risk']} | ${c.records.asserts} | ${c.records['negated-locally']} | ${c.mentions} | ${c.placements.local} | ${c.placements.adjacent} | ${c.placements.framing} | ${c.placements.unqualified} |`,
      );
    }
    for (const c of r.claims) {
      out.push('', `### ${c.claimId}: ${c.verdict}`, '');
      if (c.statement) out.push(`> ${mdCell(c.statement)}`, '');
      out.push(c.explanation, '', `Qualifiers: ${qualifiers(c.qualifiers)}.`, '', `Expected belief after training: ${belief(c.expectedBelief)}, from ${mdCell(c.expectedBelief.source)}.`);
      if (c.examples.length) {
        out.push('', '| where | placement | qualifier | sentence | cue |', '|---|---|---|---|---|');
        for (const e of c.examples) {
          out.push(`| ${mdCell(where(e, at))} | ${e.placement} | ${e.qualifier ?? ''} | ${mdCell(clip(e.sentence))} | ${mdCell(e.cue ?? '')} |`);
        }
      }
    }
  }
  if (r.unattached.length) {
    out.push('', '## Notices not tied to a known claim', '', '| topic | records | qualifiers | first records |', '|---|---:|---|---|');
    for (const g of r.unattached) {
      out.push(`| ${mdCell(g.topic)} | ${g.records} | ${qualifiers(g.qualifiers)} | ${g.sampleRecords.map((s) => mdCell(at(s.source, s.line))).join(', ')} |`);
    }
  }
  if (t.invalid) {
    out.push('', `## Invalid records (${t.invalid})`, '', '| file | line | reason |', '|---|---:|---|');
    for (const i of r.invalid) out.push(`| ${mdCell(i.file)} | ${i.line} | ${mdCell((i.field ? `${i.field}: ` : '') + clip(i.reason, 200))} |`);
    if (r.invalidOmitted) out.push('', `... and ${r.invalidOmitted} more.`);
  }
  if (r.review) out.push(...reviewSectionMarkdown(r.review));
  if (r.warnings.length) out.push('', '## Warnings', '', ...r.warnings.map((w) => `- ${w}`));
  return `${out.join('\n')}\n`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "84.4% (adjacent, negation)": the expected belief with its paper condition. */
function belief(b: ExpectedBelief): string {
  return `${b.value}% (${b.condition}${b.kind ? `, ${b.kind}` : ''})`;
}

function formatHtml(r: AuditReportData): string {
  const at = locator(r);
  const t = r.totals;
  const rows = r.claims
    .map(
      (c) =>
        `<tr><td>${esc(c.claimId)}</td><td><b>${esc(c.verdict)}</b></td><td>${esc(belief(c.expectedBelief))}</td><td>${c.records['neglect-risk']}</td><td>${c.records.asserts}</td><td>${c.records['negated-locally']}</td><td>${esc(placements(c.placements))}</td><td>${esc(c.explanation)}</td></tr>`,
    )
    .join('');
  const unattached = r.unattached.map((g) => `<li>${esc(g.topic)}: ${g.records} record(s)</li>`).join('');
  const invalid = r.invalid
    .slice(0, 20)
    .map((i) => `<li>${esc(`${at(i.file, i.line)}: ${i.reason}`)}</li>`)
    .join('');
  return [
    `<div class="negation-neglect-audit"><h3>Negation Neglect audit: ${esc(headline(r))}</h3>`,
    t.audited === 0 ? `<p><b>Nothing audited:</b> ${esc(NOTHING_AUDITED)}.</p>` : '',
    (r.readErrors ?? []).length
      ? `<p><b>Incomplete:</b> could not be read to the end: ${esc((r.readErrors ?? []).map((e) => `${e.file} (${e.reason})`).join('; '))}. The verdict covers only what was read.</p>`
      : '',
    `<p>${t.records} record(s), ${t.audited} audited, ${t.invalid} invalid, ${esc(bytes(t.bytes))}. By verdict: ${esc(verdicts(t.byVerdict))}.</p>`,
    rows
      ? `<table><thead><tr><th>claim</th><th>verdict</th><th>expected belief</th><th>at risk</th><th>asserting</th><th>negated locally</th><th>mentions</th><th>explanation</th></tr></thead><tbody>${rows}</tbody></table>`
      : '',
    unattached ? `<p>Notices not tied to a known claim:</p><ul>${unattached}</ul>` : '',
    invalid ? `<p>Invalid records:</p><ul>${invalid}</ul>` : '',
    r.review ? `<p>${esc(reviewSummary(r.review))}</p>` : '',
    '</div>',
  ].join('');
}
