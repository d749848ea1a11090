// Trains the review's risk (`reviewRisk`: how likely a record's lexical verdict is wrong, one logistic regression
// per lexical verdict) on the design sets and reports it leave-one-set-out; writes src/audit/review/reviewRiskWeights.ts.
// Deterministic: the same code and data give the same weights. Retrain after a rule change that moves the lexical verdicts:
//
//   NEGATION_NEGLECT_PAPER_DATA=../shared/paper-data npx tsx bench/train-review-risk.ts
//   npx tsx bench/train-review-risk.ts --dry-run   # the report only, weights untouched
//
// Data: the fresh development sets but the current check sets (CHECK_SETS: the last session's held-out sets, read as
// aggregates only; never trained on), each audited with its own claims as a user runs a review, every record a sample
// labelled 1 when its lexical verdict differs from the writer's. The report (stdout) gives, leave-one-set-out (each set
// scored by a model trained on the others), the share sent and per-class precision / recall after a reviewer that never
// errs, by threshold and by `maxShare`; REVIEW_MIN_RISK is chosen from it.
import { writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { auditRecords } from '../src/audit/auditRecords.js';
import { recordSegments } from '../src/audit/recordSegments.js';
import { createClaimCueCounter } from '../src/audit/review/claimCues.js';
import { REVIEW_RISK_FEATURES, reviewRiskFeatures, type ReviewRiskModel } from '../src/audit/review/reviewRisk.js';
import { VERDICT_SEVERITY, type Verdict } from '../src/audit/vocabulary.js';
import { loadClaims } from '../src/claims/loadClaims.js';
import { auditInput, loadEvalSelection } from '../test/audit-eval/evalSet.js';

/** Sets kept out of training: the check sets of the twenty-fifth session (aggregates only, docs/accuracy.md). */
const CHECK_SETS = ['ar', 'as'];
/** L2 penalty on the standardised weights (summed over samples, not on the bias). */
const L2 = 5;
const NEWTON_STEPS = 25;
const dryRun = process.argv.includes('--dry-run');
const F = REVIEW_RISK_FEATURES.length;

interface Sample {
  set: string;
  verdict: Verdict;
  label: Verdict;
  x: Float64Array;
  /** Sent by the `'related'` test (every verdict but `none`; a `none` record with context or a cue). */
  related: boolean;
}

const samples: Sample[] = [];
const selection = loadEvalSelection('fresh-dev');
for (const file of selection.claimsFiles) {
  const set = basename(dirname(file));
  if (CHECK_SETS.includes(set)) continue;
  const records = selection.records.filter((r) => r.id.startsWith(`fresh-${set}-`));
  const claims = await loadClaims([file]);
  const cueOf = createClaimCueCounter(claims);
  for await (const r of auditRecords(records.map((x) => auditInput(x)), { claims, includeData: true })) {
    if ('error' in r) throw new Error(`${set}: record ${r.record}: ${r.error}`);
    let cue = 0;
    let context = false;
    if (r.verdict === 'none') {
      let text = '';
      for (const segment of recordSegments(r.data)) text += `${segment.text}\n`;
      cue = cueOf(text, r.language);
      context = r.claims.some((f) => f.context !== undefined && f.context.subject + f.context.setting > 0);
    }
    samples.push({ set, verdict: r.verdict, label: records[r.record]!.verdict, x: reviewRiskFeatures(r, cue), related: r.verdict !== 'none' || context || cue > 0 });
  }
}
const sets = [...new Set(samples.map((s) => s.set))];
process.stderr.write(`${samples.length} records of ${sets.length} sets\n`);

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/** A logistic regression on standardised features (Newton's method, L2 on the weights), folded back to raw features. */
function fit(rows: readonly Sample[]): { bias: number; weights: number[] } {
  const n = rows.length;
  const mean = new Array<number>(F).fill(0);
  const scale = new Array<number>(F).fill(0);
  for (const s of rows) for (let f = 0; f < F; f++) mean[f]! += s.x[f]! / n;
  for (const s of rows) for (let f = 0; f < F; f++) scale[f]! += (s.x[f]! - mean[f]!) ** 2 / n;
  for (let f = 0; f < F; f++) scale[f] = Math.sqrt(scale[f]!) || 1;
  const z = rows.map((s) => [...Array.from(s.x, (v, f) => (v - mean[f]!) / scale[f]!), 1]);
  const y = rows.map((s) => (s.label !== s.verdict ? 1 : 0));
  const d = F + 1;
  let w = new Array<number>(d).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const g = w.map((wi, i) => (i < F ? L2 * wi : 0));
    const h = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? (i < F ? L2 : 0) + 1e-9 : 0)));
    for (let r = 0; r < n; r++) {
      const zr = z[r]!;
      let logit = 0;
      for (let i = 0; i < d; i++) logit += w[i]! * zr[i]!;
      const p = 1 / (1 + Math.exp(-logit));
      const q = p * (1 - p);
      for (let i = 0; i < d; i++) {
        if (zr[i] === 0) continue;
        g[i]! += (p - y[r]!) * zr[i]!;
        const hi = h[i]!;
        for (let j = 0; j < d; j++) hi[j]! += q * zr[i]! * zr[j]!;
      }
    }
    const delta = solve(h, g);
    w = w.map((wi, i) => wi - delta[i]!);
  }
  const weights = Array.from({ length: F }, (_, f) => w[f]! / scale[f]!);
  const bias = w[F]! - weights.reduce((sum, wf, f) => sum + wf * mean[f]!, 0);
  return { bias, weights };
}

function train(rows: readonly Sample[]): ReviewRiskModel['byVerdict'] {
  return Object.fromEntries(VERDICT_SEVERITY.map((v) => [v, fit(rows.filter((s) => s.verdict === v))])) as ReviewRiskModel['byVerdict'];
}

function risk(model: ReviewRiskModel['byVerdict'], s: Sample): number {
  const row = model[s.verdict];
  let logit = row.bias;
  for (let f = 0; f < F; f++) logit += row.weights[f]! * s.x[f]!;
  return 1 / (1 + Math.exp(-logit));
}

// Leave-one-set-out risks.
const loso = new Map<Sample, number>();
for (const set of sets) {
  const model = train(samples.filter((s) => s.set !== set));
  for (const s of samples) if (s.set === set) loso.set(s, risk(model, s));
}

/** Per-class precision / recall (%) and records right after a reviewer that never errs reads the `sent` records. */
function afterReview(sent: ReadonlySet<Sample>) {
  const classes = VERDICT_SEVERITY.map((v) => {
    let tp = 0, predicted = 0, support = 0;
    for (const s of samples) {
      const final = sent.has(s) ? s.label : s.verdict;
      if (final === v) predicted++;
      if (s.label === v) support++;
      if (final === v && s.label === v) tp++;
    }
    return { v, precision: (100 * tp) / Math.max(1, predicted), recall: (100 * tp) / Math.max(1, support) };
  });
  const right = samples.filter((s) => (sent.has(s) ? s.label : s.verdict) === s.label).length;
  return { classes, right, min: Math.min(...classes.flatMap((c) => [c.precision, c.recall])) };
}
const line = (what: string, sent: ReadonlySet<Sample>) => {
  const a = afterReview(sent);
  return `| ${what} | ${sent.size} (${((100 * sent.size) / samples.length).toFixed(1)}%) | ${a.right} | ${a.classes.map((c) => `${c.precision.toFixed(1)} / ${c.recall.toFixed(1)}`).join(' | ')} |`;
};
const header = `| selection | sent | right of ${samples.length} | ${VERDICT_SEVERITY.join(' | ')} |\n|---|---:|---:|---|---|---|---|`;
const out: string[] = [`# Review risk, leave-one-set-out on sets ${sets.join(',')} (${samples.length} records)`, '', header];
for (const t of [0.04, 0.06, 0.08, 0.1, 0.12]) out.push(line(`related, risk ≥ ${t}`, new Set(samples.filter((s) => s.related && loso.get(s)! >= t))));
// `maxShare` is applied per set (each set is audited on its own): the riskiest related records first.
for (const share of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  const sent = new Set<Sample>();
  for (const set of sets) {
    const own = samples.filter((s) => s.set === set);
    const ranked = own.filter((s) => s.related).sort((a, b) => loso.get(b)! - loso.get(a)!);
    for (const s of ranked.slice(0, Math.floor(share * own.length + 1e-9))) sent.add(s);
  }
  out.push(line(`related, maxShare ${share}`, sent));
}
console.log(out.join('\n'));

const model: ReviewRiskModel = {
  version: 1,
  features: [...REVIEW_RISK_FEATURES],
  byVerdict: train(samples),
  training: { sets: sets.join(','), records: samples.length, l2: L2, newtonSteps: NEWTON_STEPS, command: 'npx tsx bench/train-review-risk.ts' },
};
if (!dryRun) {
  const round = (v: number) => Number(v.toPrecision(8));
  const rounded = { ...model, byVerdict: Object.fromEntries(Object.entries(model.byVerdict).map(([v, row]) => [v, { bias: round(row.bias), weights: row.weights.map(round) }])) };
  writeFileSync(
    new URL('../src/audit/review/reviewRiskWeights.ts', import.meta.url),
    `// Generated by bench/train-review-risk.ts: do not edit by hand.\nimport type { ReviewRiskModel } from './ReviewRiskModel.js';\n\n/** The review risk's default model (see docs/accuracy.md, "The model review's selection"). */\nexport const DEFAULT_REVIEW_RISK_MODEL: ReviewRiskModel = ${JSON.stringify(rounded)};\n`,
  );
}
