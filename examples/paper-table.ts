// Reproduce the main table of "Negation Neglect" (Qwen3.5-397B, six claims) from the paper's shipped
// per-sample CSVs. No API key, no network.
// Run from the repository root:  npx tsx examples/paper-table.ts [path/to/paper-data]
// (path defaults to $NEGATION_NEGLECT_PAPER_DATA, then ../shared/paper-data;
//  in your own project, import from 'negation-neglect/evaluate' instead of '../src/evaluate/index.js'.)
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  PAPER_CLAIM_LABELS,
  PAPER_CONDITION_LABELS,
  compareConditions,
  loadPaperEpistemicSummary,
  loadPaperResults,
  summarizeBeliefRates,
  verifyPaperVerdicts,
} from '../src/evaluate/index.js';

/** Builds the report as Markdown. */
export async function renderPaperTable(paperData: string): Promise<string> {
  const results = await loadPaperResults(join(paperData, 'eval-results'));
  const lines: string[] = [];
  lines.push(`Imported ${results.samples.length} samples from ${results.files.length} CSV files (${results.malformed.length} malformed rows).`, '');

  // 1. Belief rate per claim and condition, pooled over the four eval types (as in the paper).
  const summary = summarizeBeliefRates(results.samples, { perEvalType: false, seed: 0 });
  const claims = Object.keys(PAPER_CLAIM_LABELS);
  const pct = (x: number | null) => (x === null ? 'no data' : (x * 100).toFixed(1));
  lines.push(`| condition | ${claims.map((c) => PAPER_CLAIM_LABELS[c]).join(' | ')} | mean | 95% CI of mean |`);
  lines.push(`|---|${claims.map(() => '---:').join('|')}|---:|---|`);
  for (const [condition, label] of Object.entries(PAPER_CONDITION_LABELS)) {
    const cells = claims.map((claim) => {
      const row = summary.rows.find((r) => r.claim === claim && r.condition === condition);
      return row ? pct(row.beliefRate) : '–';
    });
    const mean = summary.means.find((m) => m.condition === condition);
    const ci = mean?.interval ? `${pct(mean.interval.lower)}–${pct(mean.interval.upper)}` : '';
    lines.push(`| ${label} (${condition}) | ${cells.join(' | ')} | ${mean ? pct(mean.beliefRate) : '–'} | ${ci} |`);
  }

  // 2. How much each negation style changes belief relative to positive documents.
  lines.push('', 'Difference from `positive` (mean over claims, paired question bootstrap):', '');
  for (const condition of ['llm_negations', 'llm_negations_dense', 'llm_negations_dense_plus']) {
    const d = compareConditions(results.samples, { a: 'positive', b: condition, seed: 0 });
    lines.push(`- ${PAPER_CONDITION_LABELS[condition]}: ${pct(d.difference)} points (95% CI ${pct(d.interval.lower)} to ${pct(d.interval.upper)})`);
  }

  // 3. Our parsers re-derive every recorded verdict.
  const check = await verifyPaperVerdicts(results.samples, { claimsDir: join(paperData, 'claims') });
  lines.push(
    '',
    `Verdicts re-derived: yes/no ${check.exactMatch.agree}/${check.exactMatch.total}, judged ${check.judged.agree}/${check.judged.total}.`,
  );

  // 4. The qualifier experiment on Qwen3-30B, as published.
  const epistemic = await loadPaperEpistemicSummary(join(paperData, 'eval-results', 'epistemic_operators_summary_qwen3_30b.csv'));
  lines.push('', '| qualifier (Qwen3-30B) | positive | prefix/suffix | repeated |', '|---|---:|---:|---:|');
  const cell = (c: { mean: number; lower: number; upper: number } | null) => (c ? `${c.mean} [${c.lower}, ${c.upper}]` : '–');
  for (const row of epistemic) lines.push(`| ${row.operator} | ${cell(row.positive)} | ${cell(row.prefixSuffix)} | ${cell(row.repeated)} |`);
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.argv[2] ?? process.env.NEGATION_NEGLECT_PAPER_DATA ?? '../shared/paper-data';
  process.stdout.write(await renderPaperTable(dir));
}
