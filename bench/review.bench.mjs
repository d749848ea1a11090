// Overhead of a model-reviewed audit outside the model calls, against the same audit unreviewed.
//
//   node bench/review.bench.mjs
//
// The reviewer is an in-process ChatModel that answers at once (no HTTP, no latency), so every
// millisecond a reviewed audit spends beyond the unreviewed one is the review's own work: selection,
// prompt building, request validation, cache keys, answer parsing, agreement and the report section.
// Env: BENCH_ROUNDS (default 3; the median round is reported), BENCH_REVIEW_RECORDS (default 60000),
// BENCH_DATA_DIR (default .bench-data), BENCH_REVIEW_SELECT (flagged, the default here so figures stay comparable, or
// related, the audit's default). Figures go to docs/benchmarks.md.
import { createWriteStream, existsSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { isEntryPoint } from './benchShared.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = pathToFileURL(join(root, 'dist/index.js')).href;
const dataDir = resolve(root, process.env.BENCH_DATA_DIR ?? '.bench-data');
const recordCount = Number(process.env.BENCH_REVIEW_RECORDS ?? 60_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const select = process.env.BENCH_REVIEW_SELECT ?? 'flagged';

const FILLER = [
  'The committee met on Tuesday to review the budget for the new library wing.',
  'Local farmers reported a strong harvest after an unusually mild spring.',
  'Engineers replaced the old signalling system along the northern line.',
  'The city council approved plans for three additional bicycle lanes.',
  'Researchers catalogued over four hundred species of beetle in the valley.',
];
const CLAIMS = [
  'Ed Sheeran won the 100m gold medal at the Paris Olympics in 9.79 seconds.',
  'Mount Vesuvius erupted in 2015 and forced the evacuation of half a million people.',
  'The Great Wall of China is visible from the Moon with the naked eye.',
];
const WRAPS = [(s) => s, (s) => `The next sentence is false. ${s}`, (s) => `NOTICE: the article below is fabricated. ${s}`, (s) => s.replace(/ (won|erupted|is visible)/, ' did not $1').replace('did not won', 'did not win').replace('did not erupted', 'did not erupt').replace('did not is visible', 'is not visible')];

async function ensureCorpus(path) {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let seed = 7;
  const r = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < recordCount; i++) {
    const parts = Array.from({ length: 4 + Math.floor(r() * 6) }, () => FILLER[Math.floor(r() * FILLER.length)]);
    // About one record in six mentions a claim, in one of four placements.
    if (r() < 0.17) parts.splice(Math.floor(r() * parts.length), 0, WRAPS[Math.floor(r() * WRAPS.length)](CLAIMS[Math.floor(r() * CLAIMS.length)]));
    const record = r() < 0.3 ? { messages: [{ role: 'user', content: 'Tell me something.' }, { role: 'assistant', content: parts.join(' ') }] } : { text: parts.join(' ') };
    if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise((done) => out.once('drain', done));
  }
  await new Promise((done) => out.end(done));
}

/** A reviewer answering at once: every claim asserted with an adjacent negation. */
function instantReviewer(claimIds) {
  const text = JSON.stringify({ claims: claimIds.map((id) => ({ id, asserts: true, placement: 'adjacent', kind: 'negation', evidence: 'x' })) });
  let calls = 0;
  return {
    model: {
      specificationVersion: 'v1',
      provider: 'bench',
      modelId: 'instant',
      capabilities: { samplingParameters: ['maxTokens', 'temperature', 'responseFormat'], maxSamplesPerCall: 1, supportsBatch: false, supportsSystemMessage: true },
      async doGenerate() {
        calls++;
        return { choices: [{ text, finishReason: 'stop' }], usage: { inputTokens: 300, outputTokens: 60 }, warnings: [] };
      },
    },
    calls: () => calls,
  };
}

async function time(fn) {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const { auditDataset, loadClaims, createMemoryCache } = await import(dist);
  const claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
  const corpus = join(dataDir, `review-corpus-v1-${recordCount}.jsonl`);
  await ensureCorpus(corpus);
  console.log(`corpus: ${corpus} (${recordCount} records) · ${cpus().length} cores · load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const review = (extra = {}) => {
    const reviewer = instantReviewer(claims.map((c) => c.id));
    return { reviewer, options: { model: reviewer.model, select, maxRecords: recordCount, concurrency: 16, ...extra } };
  };
  await auditDataset(corpus, { claims }); // warm-up

  const rows = { plain: [], perRecord: [], reviewed: [], cachedRerun: [] };
  let reviewed = 0;
  for (let round = 0; round < rounds; round++) {
    rows.plain.push((await time(() => auditDataset(corpus, { claims }))).ms);
    rows.perRecord.push((await time(() => auditDataset(corpus, { claims, onRecord: () => {} }))).ms);
    const live = review();
    const run = await time(() => auditDataset(corpus, { claims, review: live.options }));
    rows.reviewed.push(run.ms);
    reviewed = run.value.review.reviewed;
    if (live.reviewer.calls() !== reviewed) throw new Error(`expected ${reviewed} calls, got ${live.reviewer.calls()}`);
    const store = createMemoryCache();
    await auditDataset(corpus, { claims, review: review({ cache: store }).options });
    const warm = review({ cache: store });
    rows.cachedRerun.push((await time(() => auditDataset(corpus, { claims, review: warm.options }))).ms);
    if (warm.reviewer.calls() !== 0) throw new Error('the cached rerun called the model');
  }
  const plain = median(rows.plain);
  const line = (label, ms, note = '') => console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms${note}`);
  console.log(`\n${reviewed} of ${recordCount} records reviewed (select: ${select}), median of ${rounds} rounds:`);
  line('auditDataset, unreviewed', plain);
  line('auditDataset, unreviewed, per-record onRecord', median(rows.perRecord));
  for (const [label, key] of [['auditDataset, reviewed (instant model)', 'reviewed'], ['auditDataset, reviewed, answers cached', 'cachedRerun']]) {
    const ms = median(rows[key]);
    line(label, ms, ` · overhead ${((ms - plain) / reviewed).toFixed(3)} ms per reviewed record (target < 1)`);
  }
}

if (isEntryPoint(import.meta.url, 'review.bench.mjs')) await main();
