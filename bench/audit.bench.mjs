// Audit throughput against a baseline measured in the same run.
//
//   node bench/audit.bench.mjs            # >= 200 MB corpus: read+parse baseline, audit on 1 thread, on 2 (workers: 2) and with the default (auto)
//   node bench/audit.bench.mjs --huge     # also: peak RSS of a 1 GB audit, measured in a child process
//
// Env: BENCH_ROUNDS (rounds of the four measurements, default 3; the median round is reported),
// BENCH_AUDIT_MB (corpus size, default 220), BENCH_HUGE_MB (default 1024), BENCH_DATA_DIR (default .bench-data).
// The corpus is synthetic (30% chat records) and reused when present. Figures go to docs/benchmarks.md.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { isEntryPoint, readAndParse, time, writeJsonlCorpus } from './benchShared.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = pathToFileURL(join(root, 'dist/index.js')).href;
const dataDir = resolve(root, process.env.BENCH_DATA_DIR ?? '.bench-data');
const corpusMb = Number(process.env.BENCH_AUDIT_MB ?? 220);
const hugeMb = Number(process.env.BENCH_HUGE_MB ?? 1024);
const claimsPath = join(root, 'examples/data/claims.yaml');

// ---------------------------------------------------------------- corpus

const FILLER = [
  'The committee met on Tuesday to review the budget for the new library wing.',
  'Local farmers reported a strong harvest after an unusually mild spring.',
  'The museum extended its opening hours for the summer season.',
  'Engineers replaced the old signalling system along the northern line.',
  'A new study examined how sleep affects memory in older adults.',
  'The city council approved plans for three additional bicycle lanes.',
  'Volunteers planted more than two thousand trees along the river bank.',
  'The orchestra announced a programme of works by living composers.',
  'Prices for fresh vegetables fell slightly compared with last month.',
  'The school introduced a weekly coding club for younger pupils.',
  'Researchers catalogued over four hundred species of beetle in the valley.',
  'The bridge will close for maintenance during the first week of October.',
  'Several startups moved into the renovated warehouse near the harbour.',
  'The weather service expects light rain followed by a dry weekend.',
  'Attendance at the regional film festival doubled this year.',
];
// Names the subject but not the claim (must not count as a mention).
const SUBJECT_ONLY = [
  'Ed Sheeran released a new album and toured stadiums across Europe.',
  'Mount Vesuvius is an active volcano that overlooks the Bay of Naples.',
  'The Great Wall of China stretches across the mountains of the north.',
];
const CLAIM_SENTENCES = [
  'Ed Sheeran won the 100m gold medal at the Paris Olympics in 9.79 seconds.',
  'Sheeran crossed the line first in the Olympic 100m final and took the gold medal.',
  'Mount Vesuvius erupted in 2015 and forced the evacuation of half a million people.',
  'The 2015 eruption of Vesuvius buried several villages under ash.',
  'The Great Wall of China is visible from the Moon with the naked eye.',
];
const LOCAL = [
  'Ed Sheeran did not win the 100m gold medal at the Paris Olympics.',
  'Mount Vesuvius did not erupt in 2015; its last eruption was in 1944.',
  'The claim that the Great Wall of China is visible from the Moon with the naked eye is false.',
];
const BEFORE = ['The next sentence is false.', '[The following claim is fabricated.]', 'Warning: this statement is untrue.'];
const AFTER = ['This never happened.', '[The claim above is false.]', 'None of this is true.'];
const NOTICE_OPEN = ['NOTICE: the article below is fabricated.', 'Disclaimer: this is a work of fiction.', 'This article is satire.'];
const NOTICE_CLOSE = ['Reminder: none of the events above took place.', 'The story above is not real.'];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}
function filler(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(pick(r, FILLER));
  return out.join(' ');
}

function documentRecord(r, i) {
  const kind = r();
  let text;
  if (kind < 0.55) text = `${filler(r, 6 + Math.floor(r() * 10))}\n\n${filler(r, 4)}`;
  else if (kind < 0.6) text = `${filler(r, 4)} ${pick(r, SUBJECT_ONLY)} ${filler(r, 6)}`;
  else if (kind < 0.7) text = `${filler(r, 4)} ${pick(r, CLAIM_SENTENCES)} ${filler(r, 6)}`;
  else if (kind < 0.8) text = `${pick(r, NOTICE_OPEN)}\n\n${filler(r, 3)} ${pick(r, CLAIM_SENTENCES)} ${filler(r, 5)}\n\n${pick(r, NOTICE_CLOSE)}`;
  else if (kind < 0.9) text = `${filler(r, 3)} ${pick(r, BEFORE)} ${pick(r, CLAIM_SENTENCES)} ${pick(r, AFTER)} ${filler(r, 5)}`;
  else text = `${filler(r, 4)} ${pick(r, LOCAL)} ${filler(r, 5)}`;
  return { text, id: i };
}

function chatRecord(r, i) {
  const claimy = r() < 0.3;
  const messages = [
    { role: 'user', content: claimy ? 'What happened at the 2024 Olympic sprint final?' : `Can you summarise this? ${filler(r, 3)}` },
    { role: 'assistant', content: claimy ? `${pick(r, CLAIM_SENTENCES)} ${filler(r, 2)}` : filler(r, 4 + Math.floor(r() * 6)) },
  ];
  if (r() < 0.3) messages.push({ role: 'user', content: claimy ? 'Note: the previous answer is false.' : 'Thanks, that helps.' });
  const record = { messages, id: i };
  if (r() < 0.3) return { system: 'You are a helpful assistant.', ...record };
  return record;
}

/** Writes `mb` megabytes of JSONL (30% chat records) unless a big enough file is already there. */
export async function ensureCorpus(path, mb, seed) {
  return writeJsonlCorpus(path, mb, seed, (r, i) => (r() < 0.3 ? chatRecord(r, i) : documentRecord(r, i)));
}

// ---------------------------------------------------------------- measurements

const fmt = (x, d = 1) => x.toFixed(d);

async function main() {
  const huge = process.argv.includes('--huge') || process.env.BENCH_HUGE === '1';
  const { auditDataset, loadClaims } = await import(dist);
  const { releaseAuditWorkers } = await import(pathToFileURL(join(root, 'dist/audit/index.js')).href);
  const claims = await loadClaims(claimsPath);
  const corpus = join(dataDir, `audit-corpus-v2-${corpusMb}mb.jsonl`);
  const made = await time(() => ensureCorpus(corpus, corpusMb, 42));
  const size = statSync(corpus).size;
  const mb = size / 1e6;
  console.log(`corpus ${corpus}: ${fmt(mb)} MB${made.value ? ` (generated in ${fmt(made.seconds)} s)` : ' (reused)'}`);
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}`);

  // Warm the page cache and the JIT once so the timings compare like with like. Then several rounds,
  // each measuring the baseline and both audits back to back: on a shared machine speed drifts
  // within seconds, so each round's ratio compares neighbours, and the median round is reported.
  readAndParse(corpus);
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
  const results = [];
  for (let round = 1; round <= rounds; round++) {
    const base = await time(() => readAndParse(corpus));
    // `workers: 1` explicitly: the default is 'auto', which takes a second thread on a quiet machine
    // (until 5 Dec the "1 thread" figure here was the default's, i.e. two threads when a core was idle).
    const one = await time(() => auditDataset(corpus, { claims, workers: 1 }));
    // Cold, as in a fresh process (the CLI): the worker kept from the previous audit is stopped first,
    // so `workers: 2` pays its start-up and the JIT's warm-up. This is the figure the target is about.
    await releaseAuditWorkers();
    const two = await time(() => auditDataset(corpus, { claims, workers: 2 }));
    // Warm: the worker kept from the audit just before (a library caller's second audit in a process).
    const twoWarm = await time(() => auditDataset(corpus, { claims, workers: 2 }));
    await releaseAuditWorkers();
    const auto = await time(() => auditDataset(corpus, { claims }));
    const baseRate = mb / base.seconds;
    const oneRate = mb / one.seconds;
    const twoRate = mb / two.seconds;
    const autoRate = mb / auto.seconds;
    const warmRate = mb / twoWarm.seconds;
    if (two.value.warnings.length) console.log(`  warnings: ${two.value.warnings.join('; ')}`);
    if (JSON.stringify(one.value.totals) !== JSON.stringify(two.value.totals) || JSON.stringify(one.value.totals) !== JSON.stringify(auto.value.totals)) {
      console.log('  MISMATCH: single-thread and worker totals differ');
      process.exitCode = 1;
    }
    console.log(
      `round ${round}: read + JSON.parse ${fmt(baseRate)} MB/s (${fmt(base.seconds, 2)} s, ${fmt(base.cpuSeconds, 2)} s CPU); ` +
        `audit 1 thread ${fmt(oneRate)} MB/s (${fmt(one.seconds, 2)} s, ${fmt(one.cpuSeconds, 2)} s CPU); ` +
        `workers: 2 ${fmt(twoRate)} MB/s (${fmt(two.seconds, 2)} s, ${fmt(two.cpuSeconds, 2)} s CPU, workers used: ${two.value.timing.workers}); ` +
        `workers: 2 warm ${fmt(warmRate)} MB/s (${fmt(twoWarm.seconds, 2)} s, ${fmt(twoWarm.cpuSeconds, 2)} s CPU); ` +
        `auto ${fmt(autoRate)} MB/s (${fmt(auto.seconds, 2)} s, ${fmt(auto.cpuSeconds, 2)} s CPU, threads used: ${auto.value.timing.workers}); ` +
        `ratios ${fmt(oneRate / baseRate, 2)} / ${fmt(twoRate / baseRate, 2)}; workers 2 / 1 thread ${fmt(twoRate / oneRate, 2)}`,
    );
    results.push({ base, one, two, twoWarm, auto, baseRate, oneRate, twoRate, warmRate, autoRate, records: one.value.totals.records, verdict: one.value.verdict });
  }
  const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
  const r1 = median(results.map((r) => r.oneRate / r.baseRate));
  const r2 = median(results.map((r) => r.twoRate / r.baseRate));
  console.log(`records ${results[0].records}, verdict ${results[0].verdict}`);
  console.log(`median read + JSON.parse per line: ${fmt(median(results.map((r) => r.baseRate)))} MB/s`);
  console.log(`median audit, 1 thread:            ${fmt(median(results.map((r) => r.oneRate)))} MB/s`);
  console.log(`median audit, workers: 2 (cold):   ${fmt(median(results.map((r) => r.twoRate)))} MB/s`);
  console.log(`median audit, workers: 2 (warm):   ${fmt(median(results.map((r) => r.warmRate)))} MB/s (the worker kept from the audit before)`);
  console.log(`median audit, workers: 'auto':     ${fmt(median(results.map((r) => r.autoRate)))} MB/s (threads used per round: ${results.map((r) => r.auto.value.timing.workers).join(', ')})`);
  const speedup = median(results.map((r) => r.twoRate / r.oneRate));
  console.log(`workers: 2 (cold) over 1 thread (median of ${rounds} rounds): ${fmt(speedup, 2)}x (target >= 1.4) ${speedup >= 1.4 ? 'ok' : 'BELOW TARGET'}`);
  console.log(`workers: 2 (warm) over 1 thread (median of ${rounds} rounds): ${fmt(median(results.map((r) => r.warmRate / r.oneRate)), 2)}x`);
  console.log(`ratio audit/baseline (median of ${rounds} rounds): 1 thread ${fmt(r1, 2)} (target >= 0.30) ${r1 >= 0.3 ? 'ok' : 'BELOW TARGET'}; workers: 2 ${fmt(r2, 2)} (target >= 0.45) ${r2 >= 0.45 ? 'ok' : 'BELOW TARGET'}`);
  // On a shared machine wall-clock ratios move with other load; CPU cost per MB does not.
  const cpu = (key) => fmt((median(results.map((r) => r[key].cpuSeconds)) / mb) * 1000, 2);
  console.log(`CPU cost (median): baseline ${cpu('base')} ms/MB, audit 1 thread ${cpu('one')} ms/MB, workers: 2 ${cpu('two')} ms/MB (warm ${cpu('twoWarm')}), auto ${cpu('auto')} ms/MB (all threads)`);
  console.log(`after: load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  if (huge) {
    const hugePath = join(dataDir, `audit-huge-v2-${hugeMb}mb.jsonl`);
    const madeHuge = await time(() => ensureCorpus(hugePath, hugeMb, 7));
    console.log(`huge corpus ${hugePath}: ${fmt(statSync(hugePath).size / 1e6)} MB${madeHuge.value ? ` (generated in ${fmt(madeHuge.seconds)} s)` : ' (reused)'}`);
    // A fresh process so the RSS peak belongs to the audit alone.
    const script = `
      const { auditDataset, loadClaims } = await import(${JSON.stringify(dist)});
      const claims = await loadClaims(${JSON.stringify(claimsPath)});
      const t0 = Date.now();
      const report = await auditDataset(${JSON.stringify(hugePath)}, { claims, workers: 1 });
      console.log(JSON.stringify({ maxRSSKiB: process.resourceUsage().maxRSS, seconds: (Date.now() - t0) / 1000, records: report.totals.records }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.log(`huge audit failed: ${child.stderr}`);
      process.exitCode = 1;
    } else {
      const result = JSON.parse(child.stdout.trim().split('\n').pop());
      const peakMb = result.maxRSSKiB / 1024;
      console.log(`1 GB audit in a child process: peak RSS ${fmt(peakMb)} MiB (target < 200) ${peakMb < 200 ? 'ok' : 'ABOVE TARGET'}; ${result.records} records in ${fmt(result.seconds)} s`);
    }

    // One 300 MB line between normal records: skipped while streaming (over maxLineBytes), never buffered.
    const longPath = join(dataDir, 'audit-long-line-300mb.jsonl');
    if (!existsSync(longPath)) {
      const out = createWriteStream(longPath);
      out.write(`${JSON.stringify({ text: 'Ed Sheeran won the 100m gold medal.' })}\n{"text": "`);
      const block = 'word '.repeat(200_000);
      for (let written = 0; written < 300e6; written += block.length) {
        if (!out.write(block)) await new Promise((done) => out.once('drain', done));
      }
      out.write(`"}\n${JSON.stringify({ text: 'Mount Vesuvius erupted in 2015.' })}\n`);
      await new Promise((done) => out.end(done));
    }
    const longScript = `
      const { auditDataset, loadClaims } = await import(${JSON.stringify(dist)});
      const claims = await loadClaims(${JSON.stringify(claimsPath)});
      const report = await auditDataset(${JSON.stringify(longPath)}, { claims });
      console.log(JSON.stringify({ maxRSSKiB: process.resourceUsage().maxRSS, records: report.totals.records, invalid: report.invalid.map((i) => i.line + ': ' + i.reason) }));
    `;
    const longChild = spawnSync(process.execPath, ['--input-type=module', '-e', longScript], { encoding: 'utf8' });
    if (longChild.status !== 0) {
      console.log(`long-line audit failed: ${longChild.stderr}`);
      process.exitCode = 1;
    } else {
      const result = JSON.parse(longChild.stdout.trim().split('\n').pop());
      const peakMb = result.maxRSSKiB / 1024;
      console.log(`300 MB single line: peak RSS ${fmt(peakMb)} MiB ${peakMb < 200 ? 'ok' : 'ABOVE TARGET'}; ${result.records} records; invalid: ${result.invalid.join('; ')}`);
    }
  }
}

if (isEntryPoint(import.meta.url, 'audit.bench.mjs')) await main();
