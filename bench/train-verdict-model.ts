// Trains the learned verdict (`createAuditor({ decision: 'learned' })`) on the development data and
// measures it leave-one-set-out against the rules; writes src/audit/verdictModelWeights.ts and
// bench/verdict-model-report.md. Retrain after any rule change (one command, deterministic: the same code
// and data give the same weights, byte for byte):
//
//   NEGATION_NEGLECT_PAPER_DATA=../shared/paper-data npm run train:verdict-model
//   npx tsx bench/train-verdict-model.ts --dry-run  # the report only, weights untouched
//
//   npx tsx bench/train-verdict-model.ts --check    # also audits every held-out set for real, to check the replay
//   npx tsx bench/train-verdict-model.ts --dry-run --sets a,b,c  # fewer development sets (to compare runs)
//
// Speed: each set is audited once per mode (bench/verdictReplay.ts); every fold's rules and learned verdicts are
// replayed from those features, not audited again, and `--check` audits them again and stops at any difference.
//
// Data: the composed corpus' dev half (claims.yaml) and the fresh sets in FRESH_DEVELOPMENT_SETS, each with
// claims as given and with per-language key phrases and translated statements (two samples per labelled pair), and the paper's
// 50-document samples. Never the held-out half, the held-out fresh sets, nor the paper's full local-negation
// set (the guarantee's test: the report measures the trained model on it, nothing is fitted to it).
// Samples: every (record, claim) pair the learned decision reads (a mention, or context sentences in a
// record where no claim has a mention), labelled with the record's label for that claim. Leave-one-set-out:
// for each set X (the dev half, A, B, ..., the paper samples), train on the others, audit X's records with
// that model, score per record, per class (Wilson intervals) and per labelled pair; then sets held out
// together (F+G, H+I, J+K: the last three sessions' held-out sets).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { auditDataset } from '../src/audit/auditDataset.js';
import { join } from 'node:path';
import { createAuditor } from '../src/audit/createAuditor.js';
import { VERDICT_FEATURES } from '../src/audit/verdictFeatures.js';
import { trainVerdictModel, type VerdictModel, type VerdictSample } from '../src/audit/verdictModel.js';
import { collectVerdictReplay, replayVerdicts, type VerdictReplay } from './verdictReplay.js';
import { VERDICT_SEVERITY, type Verdict } from '../src/audit/vocabulary.js';
import type { Claim } from '../src/claims/claim.js';
import { loadClaims } from '../src/claims/loadClaims.js';
import {
  EVAL_CLAIMS_FILE,
  EVAL_FRESH_DIR,
  FRESH_DEVELOPMENT_SETS,
  loadClaimPhrases,
  loadEvalHalf,
  loadFreshSets,
  type ClaimPhrases,
  type EvalRecord,
} from '../test/audit-eval/evalSet.js';
import { predictEvalSet, scoreVerdicts, type EvalPredictions, type VerdictPair } from '../test/audit-eval/scoreAudit.js';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const check = args.includes('--check');
const started = Date.now();
/** Progress on stderr (the report is stdout): seconds since the start. */
const progress = (what: string) => process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)}s ${what}\n`);
const OPTIONS = { l2: Number(process.env.L2 ?? 0.01), iterations: Number(process.env.ITER ?? 600), learningRate: 0.5, margin: Number(process.env.MARGIN ?? 0.3) };

/** A group of records audited against one claim list: the dev half, or one fresh set (all fresh-dev claims). */
interface Group {
  name: string;
  records: EvalRecord[];
  claims: { given: Claim[]; phrases: Claim[] };
}

function withPhrases(claims: Claim[], phrases: ClaimPhrases): Claim[] {
  return claims.map((claim) => {
    const given = phrases[claim.id];
    if (!given) return claim;
    // As `bench/accuracy.ts --phrases`: the translated statement and the key phrases.
    return { ...claim, languages: Object.fromEntries(Object.entries(given).map(([language, p]) => [language, { keyPhrases: p.keyPhrases, statement: p.statement }])) };
  });
}

const devClaims = await loadClaims([EVAL_CLAIMS_FILE]);
// Only development sets, ever: a fresh set not (yet) demoted to development is held out, whatever lies in data/fresh.
const setsArg = args.find((a) => a.startsWith('--sets='))?.slice('--sets='.length) ?? (args.includes('--sets') ? args[args.indexOf('--sets') + 1] : undefined);
const developmentSets = setsArg === undefined ? FRESH_DEVELOPMENT_SETS : setsArg.split(',').map((name) => name.trim().toLowerCase());
const notDevelopment = developmentSets.filter((name) => !FRESH_DEVELOPMENT_SETS.includes(name));
if (notDevelopment.length > 0) throw new Error(`--sets: ${notDevelopment.join(', ')} not in FRESH_DEVELOPMENT_SETS (held out or unknown): the model is trained on development data only`);
const fresh = loadFreshSets(EVAL_FRESH_DIR, (name) => developmentSets.includes(name));
const freshClaims = await loadClaims(fresh.claimsFiles);
const groups: Group[] = [
  { name: 'dev', records: loadEvalHalf('dev'), claims: { given: devClaims, phrases: withPhrases(devClaims, loadClaimPhrases()) } },
  ...fresh.sets.map((set) => ({ name: set.name, records: set.records, claims: { given: freshClaims, phrases: withPhrases(freshClaims, fresh.phrases) } })),
];

// The paper's 50-document samples (the rules' own tuning data), labelled by condition: without them the
// model would not know the paper's long English documents (the full vesuvius local-negation set, which
// the paper guarantees are measured on, is not used).
const PAPER = process.env.NEGATION_NEGLECT_PAPER_DATA;
if (PAPER === undefined || !existsSync(join(PAPER, 'claims'))) throw new Error('Expected NEGATION_NEGLECT_PAPER_DATA to name ../shared/paper-data');
const paperClaims = await loadClaims(join(PAPER, 'claims'));
const PAPER_LABELS = { positive: 'asserts', repeated_negations: 'neglect-risk', local_negations: 'negated-locally' } as const;
const paperRecords: EvalRecord[] = [];
for (const [folder, label] of Object.entries(PAPER_LABELS)) {
  for (const [file, claim] of [['ed_sheeran', 'ed_sheeran'], ['vesuvius', 'mount_vesuvius']] as const) {
    const lines = readFileSync(join(PAPER, 'documents', folder, `${file}.jsonl`), 'utf8').split('\n').filter(Boolean);
    lines.forEach((line, k) => {
      const { text } = JSON.parse(line) as { text: string };
      paperRecords.push({ id: `paper-${folder}-${file}-${k}`, lang: 'en', claim, category: 'unqualified', text, labels: { [claim]: label }, verdict: label });
    });
  }
}
groups.push({ name: 'paper', records: paperRecords, claims: { given: paperClaims, phrases: paperClaims } });

const MODES = ['given', 'phrases'] as const;
type Mode = (typeof MODES)[number];

// Features do not depend on the model (collectVerdictReplay audits with one that never finds a claim), so a
// change of the features (which invalidates the committed weights) needs no other step. Each set is audited once
// per mode: every fold's verdicts are replayed from what that audit keeps.
const replays = new Map<string, VerdictReplay>();
for (const group of groups) for (const mode of MODES) replays.set(`${group.name}/${mode}`, collectVerdictReplay(group.claims[mode], group.records));
const samples = new Map([...replays].map(([key, replay]) => [key, replay.samples]));
progress(`features of ${groups.length} sets collected`);

function train(exclude: readonly string[], training: Record<string, unknown> = {}): VerdictModel {
  const data: VerdictSample[] = [];
  for (const group of groups) if (!exclude.includes(group.name)) for (const mode of MODES) data.push(...samples.get(`${group.name}/${mode}`)!);
  return trainVerdictModel(data, VERDICT_FEATURES, VERDICT_SEVERITY, { ...OPTIONS, training });
}

const rulesPredictions = new Map<string, EvalPredictions>();
/** The verdicts of `group`'s records in `mode` by the rules (`null`) or by `model`, replayed (and with `--check`, audited). */
function predict(group: Group, mode: Mode, model: VerdictModel | null): EvalPredictions {
  const key = `${group.name}/${mode}`;
  // The rules' verdicts do not depend on the fold.
  const cached = model === null ? rulesPredictions.get(key) : undefined;
  if (cached !== undefined) return cached;
  const replayed = replayVerdicts(replays.get(key)!, model);
  if (model === null) rulesPredictions.set(key, replayed);
  if (check) {
    const claims = group.claims[mode];
    const audited = predictEvalSet(createAuditor(model === null ? { claims } : { claims, decision: 'learned', verdictModel: model }), group.records, claims.map((c) => c.id));
    if (JSON.stringify(audited) !== JSON.stringify(replayed)) throw new Error(`--check: the replayed verdicts of ${key} (${model === null ? 'rules' : 'learned'}) differ from an audit's`);
  }
  return replayed;
}

const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;
const right = (pairs: readonly VerdictPair[]) => pairs.filter((p) => p.expected === p.predicted).length;
const labelled = (pairs: readonly VerdictPair[]) => pairs.filter((p) => p.expected !== 'none' || p.predicted !== 'none');

interface Tally {
  rules: VerdictPair[];
  learned: VerdictPair[];
  rulesPairs: VerdictPair[];
  learnedPairs: VerdictPair[];
}
const tally = (): Tally => ({ rules: [], learned: [], rulesPairs: [], learnedPairs: [] });

/** Trains without `heldOut`, audits their records with rules and with the model, in both modes. */
function measure(heldOut: readonly string[]): Record<Mode, Tally> {
  const model = train(heldOut);
  progress(`trained without ${heldOut.join('+')}`);
  const out = { given: tally(), phrases: tally() };
  for (const group of groups) {
    if (!heldOut.includes(group.name)) continue;
    for (const mode of MODES) {
      const r = predict(group, mode, null);
      const l = predict(group, mode, model);
      out[mode].rules.push(...r.recordPairs);
      out[mode].learned.push(...l.recordPairs);
      out[mode].rulesPairs.push(...labelled(r.claimPairs));
      out[mode].learnedPairs.push(...labelled(l.claimPairs));
    }
  }
  return out;
}

const lines: string[] = [];
const log = (line = '') => {
  lines.push(line);
  console.log(line);
};
const ci = (i: { lower: number; upper: number }) => `${(i.lower * 100).toFixed(1)}-${(i.upper * 100).toFixed(1)}`;
const TOGETHER = [['f', 'g'], ['h', 'i'], ['j', 'k']].filter((names) => names.every((n) => groups.some((g) => g.name === n)));

log(`# Learned verdict: leave-one-set-out (${VERDICT_FEATURES.length} features, l2 ${OPTIONS.l2}, ${OPTIONS.iterations} steps, margin ${OPTIONS.margin})`);
log();
log('Per record, rules → learned (the set\'s records audited with a model trained on the other sets):');
log();
log('| held out | records | as given: rules | learned | with phrases: rules | learned |');
log('|---|---:|---:|---:|---:|---:|');
const all = { given: tally(), phrases: tally() };
const loso: Record<string, unknown> = {};
const perSet: [string, Record<Mode, Tally>][] = [];
/** Per class as given, rules → learned: [support, rules P, rules R, learned P, learned R] in %, one decimal. */
const classFigures = (t: Tally) => {
  const r = scoreVerdicts(t.rules);
  const l = scoreVerdicts(t.learned);
  return Object.fromEntries(r.classes.map((a, k) => {
    const b = l.classes[k]!;
    const p = (x: number) => Math.round(x * 1000) / 10;
    return [a.verdict, [a.support, p(a.precision), p(a.recall), p(b.precision), p(b.recall)]];
  }));
};
const row = (name: string, m: Record<Mode, Tally>) => {
  const n = m.given.rules.length;
  log(`| ${name} | ${n} | ${pct(right(m.given.rules), n)} | ${pct(right(m.given.learned), n)} | ${pct(right(m.phrases.rules), n)} | ${pct(right(m.phrases.learned), n)} |`);
  return { records: n, given: [right(m.given.rules), right(m.given.learned)], phrases: [right(m.phrases.rules), right(m.phrases.learned)], classesAsGiven: classFigures(m.given) };
};
for (const group of groups) {
  const m = measure([group.name]);
  perSet.push([group.name, m]);
  loso[group.name] = row(group.name, m);
  for (const mode of MODES) for (const key of Object.keys(all[mode]) as (keyof Tally)[]) all[mode][key].push(...m[mode][key]);
}
loso.all = row('**all, each set held out**', all);
const together: [string, Record<Mode, Tally>][] = TOGETHER.map((names) => [names.join('+'), measure(names)]);
for (const [name, m] of together) loso[name] = row(`**${name} together** (trained on the other sets)`, m);
log();
log('Labelled (record, claim) pairs right, each set held out:');
log();
for (const mode of MODES) {
  const t = all[mode];
  log(`- ${mode}: rules ${pct(right(t.rulesPairs), t.rulesPairs.length)}, learned ${pct(right(t.learnedPairs), t.learnedPairs.length)}`);
}
log();
log('Labelled pairs, each set held out, by the rules\' verdict (claims as given): expected → learned');
log();
{
  const t = all.given;
  const byKey = new Map<string, number>();
  const learnedOf = new Map(t.learnedPairs.map((p) => [`${p.recordId}\u0000${p.claimId}`, p.predicted]));
  t.rulesPairs.forEach((r) => {
    const key = `rules ${r.predicted}, expected ${r.expected}, learned ${learnedOf.get(`${r.recordId}\u0000${r.claimId}`) ?? 'none'}`;
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  });
  for (const [key, n] of [...byKey].sort()) log(`- ${key}: ${n}`);
}
log();
for (const [title, t] of [['each set held out', all], ...together.map(([name, m]) => [`${name} held out together`, m] as const)] as const) {
  for (const mode of MODES) {
    log(`Per class, per record, ${title}, ${mode === 'given' ? 'claims as given' : 'with key phrases'} (precision / recall %, 95% Wilson CI):`);
    log();
    log('| verdict | support | rules P | rules R | learned P | learned R |');
    log('|---|---:|---|---|---|---|');
    const r = scoreVerdicts(t[mode].rules);
    const l = scoreVerdicts(t[mode].learned);
    for (let k = 0; k < r.classes.length; k++) {
      const a = r.classes[k]!;
      const b = l.classes[k]!;
      log(
        `| ${a.verdict} | ${a.support} | ${(a.precision * 100).toFixed(1)} (${ci(a.precisionInterval)}) | ${(a.recall * 100).toFixed(1)} (${ci(a.recallInterval)}) | ${(b.precision * 100).toFixed(1)} (${ci(b.precisionInterval)}) | ${(b.recall * 100).toFixed(1)} (${ci(b.recallInterval)}) |`,
      );
    }
    log();
  }
}
for (const mode of MODES) {
  log(`Per class and set held out, per record, ${mode === 'given' ? 'claims as given' : 'with key phrases'}: recall % (95% Wilson CI), rules → learned (support):`);
  log();
  log(`| held out | ${VERDICT_SEVERITY.join(' | ')} |`);
  log(`|---|${VERDICT_SEVERITY.map(() => '---').join('|')}|`);
  for (const [name, m] of perSet) {
    const r = scoreVerdicts(m[mode].rules);
    const l = scoreVerdicts(m[mode].learned);
    const cell = (v: Verdict) => {
      const a = r.classes.find((c) => c.verdict === v)!;
      const b = l.classes.find((c) => c.verdict === v)!;
      return a.support === 0 ? '' : `${(a.recall * 100).toFixed(0)} (${ci(a.recallInterval)}) → ${(b.recall * 100).toFixed(0)} (${ci(b.recallInterval)}) (${a.support})`;
    };
    log(`| ${name} | ${VERDICT_SEVERITY.map(cell).join(' | ')} |`);
  }
  log();
}

/**
 * The paper's guarantee on its full local-negation set (2,493 documents, never trained on): the share
 * called `asserts` or `neglect-risk` for the claim, by the rules and by `model` (issue 9: at most 5%).
 */
async function fullLocalNegations(model: VerdictModel | null): Promise<Record<Verdict, number>> {
  const counts: Record<Verdict, number> = { 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0 };
  await auditDataset(join(PAPER!, 'documents', 'local_negations', 'vesuvius.full.jsonl.zst'), {
    claims: [join(PAPER!, 'claims', 'mount_vesuvius')],
    workers: 1,
    ...(model === null ? {} : { auditorOptions: { decision: 'learned' as const, verdictModel: model } }),
    onRecord: (r) => {
      if ('error' in r) return;
      counts[r.claims.find((c) => c.claimId === 'mount_vesuvius')?.verdict ?? 'none']++;
    },
  });
  return counts;
}

const total = [...samples.values()].reduce((n, s) => n + s.length, 0);
const model = train([], {
  command: 'npx tsx bench/train-verdict-model.ts',
  data: `test/audit-eval/data/dev.jsonl, fresh sets ${FRESH_DEVELOPMENT_SETS.filter((name) => developmentSets.includes(name)).join(', ')} (claims as given and with key phrases) and the paper's 50-document samples (${total} samples)`,
  leaveOneSetOut: loso,
});
progress('trained on all the sets');
const full: Record<string, Record<Verdict, number>> = { rules: await fullLocalNegations(null), learned: await fullLocalNegations(model) };
progress('full local-negation set audited');
log('The paper\'s full local-negation set (vesuvius.full.jsonl.zst, 2,493 documents, not trained on), the model trained on all the data:');
log();
for (const [name, c] of Object.entries(full)) {
  const wrong = c.asserts + c['neglect-risk'];
  log(`- ${name}: ${JSON.stringify(c)}; asserts or neglect-risk ${wrong} (${((100 * wrong) / 2493).toFixed(1)}%)`);
}
model.training.fullLocalNegations = full;

if (!dryRun) {
  const file = new URL('../src/audit/verdictModelWeights.ts', import.meta.url);
  writeFileSync(
    file,
    `// Generated by bench/train-verdict-model.ts: do not edit by hand.\nimport type { VerdictModel } from './verdictModel.js';\n\n/** The learned verdict's default model (see docs/accuracy.md, "Learned decision"). */\nexport const DEFAULT_VERDICT_MODEL: VerdictModel = ${JSON.stringify(model)};\n`,
  );
  writeFileSync(new URL('verdict-model-report.md', import.meta.url), `${lines.join('\n')}\n`);
  console.log(`\nwrote ${file.pathname} (${total} samples) and bench/verdict-model-report.md`);
}
