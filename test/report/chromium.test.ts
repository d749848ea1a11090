import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, hexToRgb, launchChromium } from '../helpers/chromium.js';
import { CHART_LAYOUT, createExperimentResults, renderHtmlReport } from '../../src/report/index.js';
import { PAPER_CLAIM_LABELS, PAPER_CONDITION_LABELS, loadPaperResults, summarizeBeliefRates } from '../../src/evaluate/index.js';
import { HAS_PAPER_DATA, paperPath } from '../helpers/paperData.js';
import { paperLikeResults } from './fixtures.js';



(HAS_CHROMIUM ? describe : describe.skip)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  const screenshotPath = join(tmpdir(), 'negation-neglect-report.png');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nn-chromium-'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('renders a non-blank page whose bars have heights proportional to belief rates', async () => {
    const input = paperLikeResults({ ed_sheeran: `<script>document.title="pwned"</script>"Ed" Sheeran` });
    // Dataset text from an audit example, with a script and an event-handler injection.
    input.trainingSets![0]!.audit.claims![0]!.examples = [
      { sentence: `<script>document.title="pwned"</script><img src=x onerror="document.title='pwned'">`, placement: 'framing', cue: '</li><script>x()</script>' },
    ];
    const file = join(dir, 'report.html');
    await writeFile(file, renderHtmlReport(input));
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1, offline: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);

    // The injected script did not run, and the page loaded nothing but itself.
    expect(await page.title()).not.toBe('pwned');
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    expect(await page.locator('svg#belief-by-claim text', { hasText: '<script>' }).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('details.nn-examples li').first().textContent()).toContain('<img src=x onerror=');

    // DOM: every bar's rendered height is rate × plot height.
    const bars = await page.$$eval('svg#belief-by-claim rect.nn-bar', (rects) =>
      rects.map((r) => {
        const box = r.getBoundingClientRect();
        return { value: Number(r.getAttribute('data-value')), condition: r.getAttribute('data-condition')!, fill: r.getAttribute('fill')!, x: box.x, y: box.y, width: box.width, height: box.height };
      }),
    );
    expect(bars).toHaveLength(35);
    for (const bar of bars) expect(Math.abs(bar.height - bar.value * CHART_LAYOUT.plotHeight)).toBeLessThan(0.6);
    // Bars share one baseline.
    const baselines = bars.map((b) => b.y + b.height);
    expect(Math.max(...baselines) - Math.min(...baselines)).toBeLessThan(0.6);

    const chartBox = (await page.locator('svg#belief-by-claim').boundingBox())!;
    // Full-page screenshot: pixel coordinates equal page coordinates (the page is not scrolled).
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const png = PNG.sync.read(await page.screenshot({ path: screenshotPath, fullPage: true }));

    // Not blank: a good share of pixels differs from the white background.
    let nonWhite = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (png.data[i]! < 240 || png.data[i + 1]! < 240 || png.data[i + 2]! < 240) nonWhite++;
    }
    expect(nonWhite / (png.width * png.height)).toBeGreaterThan(0.02);

    // Pixel space: in a column near each bar's left edge (away from the whisker), the run of the bar's
    // colour ends at the baseline and is as tall as rate × plot height (±2 px for antialiasing).
    const pixel = (x: number, y: number): [number, number, number] => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    };
    let checked = 0;
    for (const bar of bars) {
      const [r, g, b] = hexToRgb(bar.fill);
      const x = bar.x + 3;
      const baseline = bar.y + bar.height;
      let run = 0;
      for (let y = Math.floor(baseline) - 1; y > baseline - CHART_LAYOUT.plotHeight - 5; y--) {
        const [pr, pg, pb] = pixel(x, y);
        if (Math.abs(pr - r) + Math.abs(pg - g) + Math.abs(pb - b) > 30) break;
        run++;
      }
      expect(Math.abs(run - bar.value * CHART_LAYOUT.plotHeight), `${bar.condition} @ ${bar.x}`).toBeLessThanOrEqual(2);
      checked++;
    }
    expect(checked).toBe(35);
    expect(chartBox.width).toBeGreaterThan(400);
    await context.close();
  });
});

(HAS_CHROMIUM && HAS_PAPER_DATA ? describe : describe.skip)('the paper\'s main figure from its shipped CSVs, in Chromium', () => {
  it('draws the mean-over-claims bars at 2.5 / 92.4 / 88.6 / 84.4 / 39.4%', async () => {
    const { samples } = await loadPaperResults(paperPath('eval-results'));
    const summary = summarizeBeliefRates(samples, { seed: 0, resamples: 500 });
    const results = createExperimentResults({
      title: 'Negation Neglect: Qwen3.5-397B-A17B, belief after finetuning (paper data)',
      summary,
      claims: Object.entries(PAPER_CLAIM_LABELS).map(([name, label]) => ({ name, label })),
      conditions: Object.entries(PAPER_CONDITION_LABELS).map(([name, label]) => ({ name, label })),
    });
    const dir = await mkdtemp(join(tmpdir(), 'nn-paper-fig-'));
    const file = join(dir, 'paper.html');
    await writeFile(file, results.toHTML({ mode: 'document' }));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(file).href);
      const means = await page.$$eval('svg#belief-by-claim rect.nn-bar[data-group="__mean__"]', (rects) =>
        rects.map((r) => ({ condition: r.getAttribute('data-condition'), height: r.getBoundingClientRect().height })),
      );
      const pct = Object.fromEntries(means.map((m) => [m.condition, Math.round((m.height / CHART_LAYOUT.plotHeight) * 1000) / 10]));
      expect(pct).toEqual({ baseline: 2.5, positive: 92.4, llm_negations: 88.6, llm_negations_dense: 84.4, llm_negations_dense_plus: 39.4 });
      const groups = await page.$$eval('svg#belief-by-claim g.nn-group', (gs) => gs.map((g) => g.getAttribute('data-group')));
      // Claims in the paper table's order, then the mean.
      expect(groups).toEqual([...Object.keys(PAPER_CLAIM_LABELS), '__mean__']);
      await page.screenshot({ path: join(tmpdir(), 'negation-neglect-paper-figure.png'), fullPage: true });
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
