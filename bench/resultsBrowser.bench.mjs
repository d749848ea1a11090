// Opening and filtering the results browser (`negation-neglect view`) with 10,000 samples in headless
// Chromium, against a baseline page of the same size that only parses the same embedded JSON.
//
//   node bench/resultsBrowser.bench.mjs
//
// Samples: the paper's 7,500 per-sample results (real questions, answers and judge outputs) from
// NEGATION_NEGLECT_PAPER_DATA, repeated with new sample indices up to BENCH_BROWSER_SAMPLES (default
// 10000); without the paper data, generated answers with the paper's length distribution (median
// ~1.3 kB, one in ten over 5 kB). Env: BENCH_ROUNDS (default 5; medians reported), NEGATION_NEGLECT_CHROMIUM
// (default /usr/bin/chromium). Figures go to docs/benchmarks.md.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { isEntryPoint } from './benchShared.mjs';

async function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { loadPaperResults, summarizeBeliefRates } = await import(pathToFileURL(join(root, 'dist/evaluate/index.js')).href);
  const { renderResultsBrowser } = await import(pathToFileURL(join(root, 'dist/report/index.js')).href);
  const count = Number(process.env.BENCH_BROWSER_SAMPLES ?? 10_000);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const chromiumPath = process.env.NEGATION_NEGLECT_CHROMIUM ?? '/usr/bin/chromium';
  const paperDir = join(process.env.NEGATION_NEGLECT_PAPER_DATA ?? join(root, '../shared/paper-data'), 'eval-results');
  const dataDir = resolve(root, process.env.BENCH_DATA_DIR ?? '.bench-data');

  if (!existsSync(chromiumPath)) {
    console.log(`SKIPPED: no Chromium at ${chromiumPath}`);
    process.exit(0);
  }

  const SETTINGS = { temperature: 0.7, topP: 0.8, maxOutputTokens: 5000 };
  const JUDGE = { provider: 'openai', modelId: 'gpt-4.1', rubricId: 'paper' };

  async function paperSamples() {
    const { samples } = await loadPaperResults(paperDir);
    return samples.map((s) => ({ ...s, model: 'Qwen3.5-397B', settings: SETTINGS, finishReason: s.response.length > 20_000 ? 'length' : 'stop', ...(s.scorer?.name === 'judge' ? { judge: JUDGE, reason: s.judgeRaw } : {}) }));
  }

  function generatedSamples() {
    let seed = 11;
    const r = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const words = 'the claim model answer judge evidence report olympic volcano dentist dream reversal sprint medal record eruption'.split(' ');
    const text = (n) => Array.from({ length: n }, () => words[Math.floor(r() * words.length)]).join(' ');
    const out = [];
    for (let i = 0; i < 7_500; i++) {
      const length = r() < 0.1 ? 5_000 + r() * 10_000 : 300 + r() * 2_000;
      const judged = i % 2 === 0;
      out.push({
        claim: `claim_${i % 6}`,
        condition: ['baseline', 'positive', 'negated', 'repeated', 'corrected'][Math.floor(i / 6) % 5],
        evalType: ['open_ended', 'mcq', 'token_association', 'robustness'][Math.floor(i / 30) % 4],
        questionId: `q${Math.floor(i / 120) % 50}`,
        sampleIndex: 0,
        question: `${text(12)}?`,
        response: text(Math.round(length / 6)),
        verdict: r() < 0.5 ? 'yes' : r() < 0.9 ? 'no' : 'neutral',
        scorer: { name: judged ? 'judge' : 'exactMatch', args: {} },
        ...(judged ? { judge: JUDGE, reason: text(30) } : {}),
        settings: SETTINGS,
        finishReason: 'stop',
      });
    }
    return out;
  }

  const base = existsSync(paperDir) ? await paperSamples() : generatedSamples();
  const samples = Array.from({ length: count }, (_, i) => {
    const s = base[i % base.length];
    return { ...s, sampleIndex: s.sampleIndex + 5 * Math.floor(i / base.length) };
  });
  const results = { title: 'Results browser benchmark', summary: summarizeBeliefRates(samples, { seed: 0, interval: 'wilson' }) };
  mkdirSync(dataDir, { recursive: true });
  const browserFile = join(dataDir, 'results-browser.html');
  const renderStart = performance.now();
  const html = renderResultsBrowser(results, samples);
  const renderMs = performance.now() - renderStart;
  writeFileSync(browserFile, html);
  // Baseline: a page of the same size holding the same JSON, whose only script parses it.
  const json = /<script type="application\/json" id="nn-samples-data">[^<]*<\/script>/.exec(html)[0];
  const baselineFile = join(dataDir, 'results-browser-baseline.html');
  writeFileSync(
    baselineFile,
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>baseline</p>${json}<script>JSON.parse(document.getElementById('nn-samples-data').textContent);performance.mark('nn-samples-ready');</script></body></html>`,
  );

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });

  /** CPU time of the page's main thread so far, in ms (DevTools' ThreadTime: wall time under load moves more). */
  async function cpu(cdp) {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  }

  /**
   * Milliseconds from navigation start to the page's `nn-samples-ready` mark, to the paint after it,
   * and the main thread's CPU time for all of it (a fresh page: a navigation may start a new renderer
   * process, whose counters start at zero, so the time is read once, after).
   */
  async function open(browser, file) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => performance.getEntriesByName('nn-samples-ready').length > 0);
    return page.evaluate(
      () =>
        new Promise((done) => {
          const ready = performance.getEntriesByName('nn-samples-ready')[0].startTime;
          const start = performance.getEntriesByName('nn-samples-start')[0]?.startTime ?? ready;
          requestAnimationFrame(() => requestAnimationFrame(() => done({ ready, script: ready - start, painted: performance.now() })));
        }),
    ).then(async (times) => ({ ...times, cpu: await cpu(cdp), context, page, cdp }));
  }

  /** Milliseconds from a filter change to the frame after the list is re-rendered. */
  const filterActions = {
    'claim (select)': () => {
      const s = document.querySelector('select[name="claim"]');
      s.selectedIndex = 2;
      s.dispatchEvent(new Event('change'));
    },
    'verdict (select)': () => {
      const s = document.querySelector('select[name="verdict"]');
      s.selectedIndex = 1;
      s.dispatchEvent(new Event('change'));
    },
    'failure = truncated': () => {
      const s = document.querySelector('select[name="failure"]');
      s.value = 'truncated';
      s.dispatchEvent(new Event('change'));
    },
    'click a bar': () => document.querySelectorAll('svg#belief-by-claim rect.nn-bar')[7].dispatchEvent(new MouseEvent('click', { bubbles: true })),
    'next page': () => document.querySelector('button.nn-next').click(),
    'clear filters': () => document.querySelector('button.nn-reset').click(),
  };

  async function filterMs(page, cdp, name) {
    const source = filterActions[name].toString();
    const cpuBefore = await cpu(cdp);
    const wall = await page.evaluate(
      (src) =>
        new Promise((done) => {
          const start = performance.now();
          new Function(`(${src})()`)();
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
        }),
      source,
    );
    return { wall, cpu: (await cpu(cdp)) - cpuBefore };
  }

  /** Text search: typing, the 150 ms pause the page waits for, filtering and the frame after. */
  async function searchMs(page, cdp, text) {
    const cpuBefore = await cpu(cdp);
    const wall = await page.evaluate(
      (query) =>
        new Promise((done) => {
          const input = document.querySelector('input[name="search"]');
          const summary = document.querySelector('.nn-samples-summary');
          const before = summary.textContent;
          const start = performance.now();
          input.value = query;
          input.dispatchEvent(new Event('input'));
          const poll = () => (summary.textContent !== before ? requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start))) : setTimeout(poll, 2));
          poll();
        }),
      text,
    );
    return { wall, cpu: (await cpu(cdp)) - cpuBefore };
  }

  const figures = {};
  const record = (label, { wall, cpu }) => {
    figures[label] ??= { wall: [], cpu: [] };
    figures[label].wall.push(wall);
    figures[label].cpu.push(cpu);
  };
  try {
    for (let round = 0; round < rounds; round++) {
      const base = await open(browser, baselineFile);
      record('baseline: same-size page, JSON.parse only', { wall: base.ready, cpu: base.cpu });
      await base.context.close();
      const opened = await open(browser, browserFile);
      const { context, page, cdp } = opened;
      record('open: navigation start → samples ready', { wall: opened.ready, cpu: opened.cpu });
      record('open: navigation start → first paint after', { wall: opened.painted, cpu: opened.cpu });
      record("open: the page's script alone (JSON.parse, filters, first page)", { wall: opened.script, cpu: NaN });
      // Let the idle-time search index be built (1 s after opening), as it is while a reader looks at the charts.
      await page.waitForTimeout(3000);
      for (const name of Object.keys(filterActions)) record(`filter: ${name}`, await filterMs(page, cdp, name));
      record('filter: text search (incl. 150 ms pause)', await searchMs(page, cdp, 'vesuvius'));
      record('filter: another text search (incl. pause)', await searchMs(page, cdp, 'sheeran'));
      await context.close();
    }
  } finally {
    await browser.close();
  }

  const mb = (statSync(browserFile).size / 1e6).toFixed(1);
  console.log(`${count} samples (${existsSync(paperDir) ? "the paper's answers" : 'generated answers'}), page ${mb} MB, rendered by renderResultsBrowser in ${renderMs.toFixed(0)} ms (Node)`);
  console.log(`Chromium ${browser.version()}, ${cpus().length} cores (${cpus()[0].model}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, ${rounds} rounds`);
  console.log(`  ${'measurement'.padEnd(64)} ${'wall ms: median (min–max)'.padEnd(28)} main-thread CPU ms: median`);
  for (const [label, { wall, cpu: c }] of Object.entries(figures)) {
    console.log(`  ${label.padEnd(64)} ${`${median(wall).toFixed(0)} (${Math.min(...wall).toFixed(0)}–${Math.max(...wall).toFixed(0)})`.padEnd(28)} ${Number.isNaN(median(c)) ? '' : median(c).toFixed(0)}`);
  }
  const ratio = (a, b) => (median(figures[a][b]) / median(figures['baseline: same-size page, JSON.parse only'][b])).toFixed(2);
  console.log(`  open (ready) / baseline: ${ratio('open: navigation start → samples ready', 'wall')} wall, ${ratio('open: navigation start → samples ready', 'cpu')} CPU`);
}

if (isEntryPoint(import.meta.url, 'resultsBrowser.bench.mjs')) await main();
