import { InvalidArgumentError } from '../errors.js';
import { beliefBesideSalience } from './beliefBesideSalience.js';
import { panelAgreementTable } from './panelAgreementTable.js';
import { coherenceTables } from './coherenceTables.js';
import type { BeliefSummary, Interval } from './types.js';

/** Options of {@link formatBeliefSummary}. */
export interface FormatBeliefSummaryOptions {
  /** Decimals of percentages in Markdown (default 1). */
  decimals?: number;
  /** Display names for conditions (e.g. `PAPER_CONDITION_LABELS`); raw names are kept in JSON. */
  conditionLabels?: Readonly<Record<string, string>>;
  /** Display names for claims. */
  claimLabels?: Readonly<Record<string, string>>;
}

/**
 * Renders a belief summary as JSON (the `BeliefSummary` object, rates in 0-1) or as Markdown tables
 * (rates in percent): one row per claim × condition × eval type, then the means over claims. Every
 * row shows its failed and unparsed samples (and truncated answers when there are any); a rate
 * nothing could be counted for reads "no data", never 0. With salience eval types, a last table puts
 * each claim × condition's belief beside its salience. Coherence (0-10) beside belief and a judge
 * panel's agreement follow, when the samples have them.

 *
 * @example
 * ```ts
 * process.stdout.write(formatBeliefSummary(summarizeBeliefRates(records), 'markdown'));
 * ```
 */
export function formatBeliefSummary(
  summary: BeliefSummary,
  format: 'json' | 'markdown',
  options: FormatBeliefSummaryOptions = {},
): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  if (format !== 'markdown') throw new InvalidArgumentError('format', '`json` or `markdown`', format);
  const d = options.decimals ?? 1;
  const pct = (x: number) => (x * 100).toFixed(d);
  const rate = (x: number | null) => (x === null ? 'no data' : pct(x));
  const ci = (i: Interval | null) => (i ? `${pct(i.lower)}–${pct(i.upper)}` : '');
  const cond = (c: string) => options.conditionLabels?.[c] ?? c;
  const claim = (c: string) => options.claimLabels?.[c] ?? c;
  const hasModel = summary.rows.some((r) => r.model !== undefined);
  const level = summary.rows.find((r) => r.interval)?.interval?.level ?? 0.95;
  const ciHead = `${Math.round(level * 100)}% CI`;
  const lines: string[] = [];
  const hasTruncated = summary.rows.some((r) => r.truncated > 0);
  const counts = ['failed', 'unparsed', ...(hasTruncated ? ['truncated'] : [])];
  const numeric = new Set(['n', 'yes', 'belief %', 'claims', ...counts]);
  const head = [...(hasModel ? ['model'] : []), 'claim', 'condition', 'eval type', 'n', 'yes', 'belief %', ciHead, ...counts];
  lines.push(`| ${head.join(' | ')} |`, `|${head.map((h) => (numeric.has(h) ? '---:' : '---')).join('|')}|`);
  for (const r of summary.rows) {
    const cells = [
      ...(hasModel ? [r.model ?? ''] : []),
      claim(r.claim),
      cond(r.condition),
      r.evalType,
      String(r.n),
      String(r.yes),
      rate(r.beliefRate),
      ci(r.interval),
      String(r.failed),
      String(r.unparsed),
      ...(hasTruncated ? [String(r.truncated)] : []),
    ];
    lines.push(`| ${cells.map(escapeCell).join(' | ')} |`);
  }
  lines.push('', '**Mean over claims**', '');
  const mhead = [...(hasModel ? ['model'] : []), 'condition', 'eval type', 'claims', 'belief %', ciHead, 'failed', 'unparsed'];
  lines.push(`| ${mhead.join(' | ')} |`, `|${mhead.map((h) => (numeric.has(h) ? '---:' : '---')).join('|')}|`);
  for (const m of summary.means) {
    const cells = [...(hasModel ? [m.model ?? ''] : []), cond(m.condition), m.evalType, String(m.claims), rate(m.beliefRate), ci(m.interval), String(m.failed), String(m.unparsed)];
    lines.push(`| ${cells.map(escapeCell).join(' | ')} |`);
  }
  const beside = beliefBesideSalience(summary);
  if (beside.rows.length > 0) {
    // The appendix check: a salient claim (offered as a lie, leaking into unrelated answers) is not a believed one.
    lines.push('', '**Belief beside salience**', '');
    const shead = [...(hasModel ? ['model'] : []), 'claim', 'condition', 'belief %', ciHead, 'salience %', ciHead, ...beside.salienceTypes.map((t) => `${t} %`), ...beside.scoredTypes.map((t) => `${t} score (0-10)`)];
    lines.push(`| ${shead.join(' | ')} |`, `|${shead.map((h) => (/(%|\(0-10\))$/.test(h) ? '---:' : '---')).join('|')}|`);
    for (const r of beside.rows) {
      const cells = [
        ...(hasModel ? [r.model ?? ''] : []),
        r.claim === undefined ? 'mean over claims' : claim(r.claim),
        cond(r.condition),
        rate(r.belief.rate),
        ci(r.belief.interval),
        rate(r.salience.rate),
        ci(r.salience.interval),
        ...r.bySalienceType.map((x) => rate(x.rate)),
        ...r.scores.map((x) => (x === null ? 'no data' : x.toFixed(1))),
      ];
      lines.push(`| ${cells.map(escapeCell).join(' | ')} |`);
    }
  }
  const coherence = coherenceTables(summary);
  if (coherence) {
    // A finetune that broke the model shows here, next to the belief it reached.
    for (const [title, table] of [['Coherence (0-10) beside belief', coherence.rows], ['Coherence, mean over claims', coherence.means]] as const) {
      lines.push('', `**${title}**`, '', `| ${table.headers.join(' | ')} |`, `|${table.headers.map((h) => (/^(n|claims|failed|unparsed|belief %|coherence.*)$/.test(h) ? '---:' : '---')).join('|')}|`);
      for (const row of table.rows) lines.push(`| ${row.map(escapeCell).join(' | ')} |`);
    }
  }
  if (summary.agreement?.length) {
    const table = panelAgreementTable(summary.agreement);
    lines.push('', '**Judge agreement**', '', `| ${table.headers.join(' | ')} |`, `|${table.headers.map((h, i) => (i >= 2 && i <= 4 ? '---:' : '---')).join('|')}|`);
    for (const row of table.rows) lines.push(`| ${row.map(escapeCell).join(' | ')} |`);
  }
  if (summary.warnings?.length) lines.push('', '**Warnings**', '', ...summary.warnings.map((w) => `- ${escapeCell(w)}`));
  return `${lines.join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
