// Accuracy of the CURRENT audit on the frozen evaluation corpus (test/audit-eval/data), per verdict
// class with Wilson 95% intervals and a confusion matrix, per (record, claim) pair and per record.
//
//   npx tsx bench/accuracy.ts                  # development half (use this while changing rules)
//   npx tsx bench/accuracy.ts --half heldout   # held-out half: only to measure, once rules are settled
//   npx tsx bench/accuracy.ts --half fresh     # every held-out fresh set (not in FRESH_DEVELOPMENT_SETS): only to measure
//   npx tsx bench/accuracy.ts --half fresh-dev # fresh sets demoted to development data (A-G): tune on these
//   npx tsx bench/accuracy.ts --by category    # also per category (or: lang, claim)
//   npx tsx bench/accuracy.ts --misses         # list the wrong (record, claim) pairs
//   npx tsx bench/accuracy.ts --half fresh-dev --sets e,f,g  # only these fresh sets' records (all claims kept):
//                                              # leave-one-set-out checks of how a rule generalises
//   npx tsx bench/accuracy.ts --decision learned  # the opt-in learned decision instead of the rules
//   npx tsx bench/accuracy.ts --phrases        # claims with the corpus's per-language key phrases
//                                              # and translated statements (claim-phrases.yaml, as a user or
//                                              # translateClaim gives them); --no-statements: key phrases only
//
// Model review (docs/audit.md, "Gating a finetune with the review"): each fresh set is audited with its own
// claims by `auditDataset({ review })` as a user runs it, and the lexical verdicts are compared with the
// reviewed ones. The audit's review flags are taken as the CLI names them (--review-model, --review-provider,
// --review-base-url, --review-select uncertain|related|flagged|sample:<n>, --review-prefer, --review-max,
// --review-max-cost, --review-batch, --review-cache-dir, ...); the key comes from the environment and answers
// are cached (default .negation-neglect-cache/review), so a rerun costs nothing:
//   OPENAI_API_KEY=... npx tsx bench/accuracy.ts --half fresh-dev --sets p,q --review-model gpt-4.1-mini
// Without a key, the ceiling of a selection policy: a reviewer that answers the writer's labels (--oracle writer)
// or the blind second reader's (--oracle second-reader, sets p,q only); --review-select all sends every record.
//   npx tsx bench/accuracy.ts --half fresh-dev --sets p,q --oracle writer --review-select flagged
// --json prints the review measurement as JSON (per record: label, lexical, final and review verdicts).
//
// The auditor is built from test/audit-eval/data/claims.yaml exactly as a user would (loadClaims,
// createAuditor), with all twelve claims, so both halves are audited against every claim. `--half fresh`
// builds it from the fresh sets' own claims files (all sets merged) and audits their records against them.
import { basename, dirname } from 'node:path';
import { createAuditor } from '../src/audit/createAuditor.js';
import type { AuditReviewOptions } from '../src/audit/review/auditReview.js';
import type { Verdict } from '../src/audit/types.js';
import type { Claim } from '../src/claims/claim.js';
import { loadClaims } from '../src/claims/loadClaims.js';
import { parseArgs, stringOption } from '../src/cli/args.js';
import { REVIEW_OPTION_SPECS, reviewFromArgs, reviewPolicyFromArgs } from '../src/cli/auditReviewArgs.js';
import { auditInput, EVAL_SELECTIONS, loadEvalSelection, loadSecondReading, type EvalRecord, type EvalSelection } from '../test/audit-eval/evalSet.js';
import { formatVerdictScore, predictEvalSet, scoreVerdicts } from '../test/audit-eval/scoreAudit.js';
import { createLabelReviewer, labelReviewerModel } from './labelReviewer.js';
import { measureReview, type ReviewGroup } from './reviewAccuracy.js';

const parsed = parseArgs(process.argv.slice(2), {
  half: { type: 'string' },
  by: { type: 'string' },
  sets: { type: 'string' },
  decision: { type: 'string' },
  misses: { type: 'boolean' },
  phrases: { type: 'boolean' },
  'no-statements': { type: 'boolean' },
  oracle: { type: 'string' },
  json: { type: 'boolean' },
  ...REVIEW_OPTION_SPECS,
});
const option = (name: string) => stringOption(parsed, name.replace(/^--/, ''));
const args = Object.keys(parsed.options).filter((name) => parsed.options[name] === true).map((name) => `--${name}`);
const reviewing = parsed.options['review-model'] !== undefined || parsed.options.oracle !== undefined;
const half = (option('--half') ?? 'dev') as EvalSelection;
if (!EVAL_SELECTIONS.includes(half)) throw new Error(`Expected \`--half\` to be one of ${EVAL_SELECTIONS.join(', ')}, got \`${half}\``);
const by = option('--by') as keyof Pick<EvalRecord, 'category' | 'lang' | 'claim'> | undefined;
if (by !== undefined && !['category', 'lang', 'claim'].includes(by)) throw new Error(`Expected \`--by\` to be category, lang or claim, got \`${by}\``);

const selection = loadEvalSelection(half);
// `--sets e,f,g`: score only those fresh sets' records (ids `fresh-<set>-...`); every claim stays in the auditor.
const sets = option('--sets')?.split(',').map((s) => s.trim().toLowerCase());
const records = sets ? selection.records.filter((r) => sets.some((s) => r.id.startsWith(`fresh-${s}-`))) : selection.records;
if (sets && records.length === 0) throw new Error(`Expected \`--sets\` to name fresh sets of --half ${half}, got \`${sets.join(',')}\` (no records)`);
const phrases = args.includes('--phrases') ? selection.phrases : {};
const withPhrases = (claim: Claim): Claim => {
  const given = phrases[claim.id];
  if (!given) return claim;
  const withStatement = !args.includes('--no-statements');
  return {
    ...claim,
    languages: Object.fromEntries(
      Object.entries(given).map(([language, p]) => [language, { keyPhrases: p.keyPhrases, aliases: [], ...(withStatement && p.statement ? { statement: p.statement } : {}) }]),
    ),
  };
};
const claims = (await loadClaims(selection.claimsFiles)).map(withPhrases);
const decision = option('--decision') ?? 'rules';
if (reviewing) {
  await reportReview();
  process.exit(0);
}
if (decision !== 'rules' && decision !== 'learned') throw new Error(`Expected \`--decision\` to be rules or learned, got \`${decision}\``);
const auditor = createAuditor({ claims, decision });
const started = performance.now();
const { claimPairs, recordPairs } = predictEvalSet(auditor, records, claims.map((c) => c.id));
const ms = performance.now() - started;

console.log(`# Audit accuracy on the ${half === 'fresh' ? 'fresh held-out sets' : half === 'fresh-dev' ? 'fresh sets demoted to development' : `${half} half`} (${records.length} records${sets ? ` of sets ${sets.join(',')}` : ''}, ${claims.length} claims${args.includes('--phrases') ? ', per-language key phrases' : ''}${decision === 'learned' ? ', learned decision' : ''}, ${ms.toFixed(0)} ms)\n`);
console.log(formatVerdictScore(scoreVerdicts(claimPairs), `Per (record, claim) pair`));
console.log();
console.log(formatVerdictScore(scoreVerdicts(recordPairs), `Per record`));

if (by) {
  const groups = new Map<string, string[]>();
  for (const r of records) groups.set(String(r[by]), [...(groups.get(String(r[by])) ?? []), r.id]);
  console.log(`\n| ${by} | records | record verdicts right | (record, claim) pairs right, claim labelled |`);
  console.log('|---|---|---|---|');
  for (const [key, ids] of [...groups].sort()) {
    const set = new Set(ids);
    const rec = recordPairs.filter((p) => set.has(p.recordId));
    const labelled = claimPairs.filter((p) => set.has(p.recordId) && (p.expected !== 'none' || p.predicted !== 'none'));
    const right = (ps: typeof rec) => ps.filter((p) => p.expected === p.predicted).length;
    console.log(`| ${key} | ${ids.length} | ${right(rec)}/${rec.length} | ${right(labelled)}/${labelled.length} |`);
  }
}

if (args.includes('--misses')) {
  console.log('\nWrong (record, claim) pairs:');
  for (const p of claimPairs) if (p.expected !== p.predicted) console.log(`  ${p.recordId}  ${p.claimId}: expected ${p.expected}, got ${p.predicted}`);
}

/** `--review-model` / `--oracle`: lexical-only against reviewed figures on the selected records. */
async function reportReview(): Promise<void> {
  if (decision !== 'rules') throw new Error('Expected `--decision rules` with a review (the review reads the audit as users run it)');
  // Each fresh set with its own claims (as a user audits a dataset against their claims); a composed half with claims.yaml.
  const groups: ReviewGroup[] = [];
  for (const file of selection.claimsFiles) {
    const set = basename(dirname(file));
    const own = half === 'dev' || half === 'heldout' ? records : records.filter((r) => r.id.startsWith(`fresh-${set}-`));
    if (own.length > 0) groups.push({ name: half === 'dev' || half === 'heldout' ? half : set, claims: (await loadClaims([file])).map(withPhrases), records: own });
  }
  const oracle = option('--oracle');
  // `--review-select all` (the bench's own: every record) is set after the flags are read.
  const selectAll = option('--review-select') === 'all';
  if (selectAll) parsed.options['review-select'] = undefined;
  let review: AuditReviewOptions;
  if (oracle !== undefined) {
    let labels: Map<string, Readonly<Record<string, Verdict>>>;
    if (oracle === 'writer') labels = new Map(records.map((r) => [r.id, r.labels]));
    else if (oracle === 'second-reader') labels = new Map(loadSecondReading().map((s) => [s.id, s.labels]));
    else throw new Error(`Expected \`--oracle\` to be writer or second-reader, got \`${oracle}\``);
    const missing = records.find((r) => !labels.has(r.id));
    if (missing) throw new Error(`--oracle ${oracle}: no labels for ${missing.id} (the second reader labelled sets p and q only: add --sets p,q)`);
    const reply = createLabelReviewer(records.map((r) => ({ id: r.id, input: auditInput(r), labels: labels.get(r.id)! })));
    const policy = reviewPolicyFromArgs(parsed);
    review = { ...policy, model: labelReviewerModel(reply, `${oracle}-labels`), maxRecords: policy.maxRecords ?? 100_000 };
  } else {
    review = (await reviewFromArgs(parsed, {
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      cwd: process.cwd(),
      signal: new AbortController().signal,
    }))!;
  }
  if (selectAll) review.select = () => true;
  const m = await measureReview(groups, review);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ ...m, lexicalPairs: undefined, finalPairs: undefined, lexicalRight: right(m.lexicalPairs), finalRight: right(m.finalPairs) }, null, 2));
    return;
  }
  const model = oracle !== undefined ? `the ${oracle}'s labels (a reviewer that never errs${oracle === 'writer' ? ': the ceiling' : ' by the writer, a careful second reader'})` : `${parsed.options['review-provider'] ?? 'openai'}/${parsed.options['review-model']}`;
  const select = selectAll ? 'all' : (option('--review-select') ?? 'uncertain');
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(`\n## Model review by ${model}, select ${select} (${records.length} records${sets ? ` of sets ${sets.join(',')}` : ''}, each set audited with its own claims)\n`);
  console.log(`Sent ${m.sent} of ${records.length} records (${pct(m.sent, records.length)}); reviewed ${m.reviewed}; unreviewed ${Object.entries(m.unreviewed).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}.`);
  const lexicalErrors = m.records.filter((r) => r.lexical !== r.expected);
  console.log(`Lexical errors sent: ${lexicalErrors.filter((r) => r.review !== 'not sent').length} of ${lexicalErrors.length}.\n`);
  console.log(formatVerdictScore(scoreVerdicts(m.lexicalPairs), 'Lexical only, per record'));
  console.log();
  console.log(formatVerdictScore(scoreVerdicts(m.finalPairs), 'After review, per record'));
  const a = m.agreement;
  console.log(`\nAgreement of the two readings on the ${a.records} reviewed records: ${pct(a.observed * a.records, a.records)} (kappa ${a.kappa ?? 'undefined'}).`);
  const cost = (usd: number | null) => (usd === null ? 'no list price for this model' : `$${usd.toFixed(4)}`);
  console.log(`Spend: ${m.usage.requests} request(s), ${m.usage.cachedAnswers} answer(s) from the cache, ${m.usage.inputTokens} prompt + ${m.usage.outputTokens} answer tokens, ${cost(m.usage.costUsd)} (estimated before sending: at most ${cost(m.estimate.maxCostUsd)} for ${m.estimate.requests} request(s)).`);
}

function right(pairs: readonly { expected: Verdict; predicted: Verdict }[]): number {
  return pairs.filter((p) => p.expected === p.predicted).length;
}
