import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, hexToRgb, launchChromium } from '../helpers/chromium.js';
import { LINE_CHART_LAYOUT, renderHtmlReport, renderMarkdownReport, renderTextReport, type ReportLineChartInput } from '../../src/report/index.js';
import { paperLikeResults } from './fixtures.js';


// Belief against log-spaced training steps: positive documents are learned early, negated ones later,
// and a local negation never.
const STEPS = [1, 3, 9, 27, 81, 243];
const curve = (rates: number[]) => STEPS.map((x, i) => ({ x, rate: rates[i]!, interval: { lower: Math.max(0, rates[i]! - 0.08), upper: Math.min(1, rates[i]! + 0.08), level: 0.95, method: 'bootstrap' as const }, n: 250 }));
const chart: ReportLineChartInput = {
  id: 'belief-by-step',
  title: 'Belief by training step (mean over claims)',
  xLabel: 'training step',
  xScale: 'log',
  series: [
    { name: 'positive', points: curve([0.02, 0.1, 0.45, 0.8, 0.9, 0.92]) },
    { name: 'negated', label: '<script>document.title="pwned"</script>negated', points: curve([0.02, 0.05, 0.2, 0.55, 0.85, 0.88]) },
    { name: 'local', points: curve([0.02, 0.03, 0.04, 0.05, 0.06, 0.05]) },
  ],
};


describe('line chart report text', () => {
  it('states where each curve first reaches 50%, and tabulates every point', () => {
    const md = renderMarkdownReport({ ...paperLikeResults(), lineCharts: [chart] });
    expect(md).toContain('- positive: belief first reaches 50% at training step 27 (below it at 9).');
    expect(md).toContain('- local: belief stays below 50% at every training step evaluated.');
    expect(md).toContain('| 243 | 92.0% [84.0, 100.0] |');
  });
  it('the text report states the crossings too, with the points', () => {
    const text = renderTextReport({ ...paperLikeResults(), lineCharts: [chart] });
    const section = text.slice(text.indexOf('Belief by training step'));
    expect(section.split('\n').slice(1, 4)).toEqual([
      'positive: belief first reaches 50% at training step 27 (below it at 9).',
      '<script>document.title="pwned"</script>negated: belief first reaches 50% at training step 27 (below it at 9).',
      'local: belief stays below 50% at every training step evaluated.',
    ]);
    expect(section).toMatch(/^243 +92\.0% \[84\.0, 100\.0\] +88\.0% \[80\.0, 96\.0\] +5\.0% \[0\.0, 13\.0\]$/m);
  });
});

(HAS_CHROMIUM ? describe : describe.skip)('belief-by-step line chart in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nn-line-'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('puts every point at its rate and log-step, marks the 50% crossings, and escapes labels', async () => {
    const file = join(dir, 'report.html');
    await writeFile(file, renderHtmlReport({ ...paperLikeResults(), lineCharts: [chart] }));
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1, offline: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('svg#belief-by-step text', { hasText: '<script>' }).count()).toBe(1);
    await page.locator('svg#belief-by-step').scrollIntoViewIfNeeded();

    const points = await page.$$eval('svg#belief-by-step circle.nn-point', (cs) =>
      cs.map((c) => {
        const b = c.getBoundingClientRect();
        return { series: c.getAttribute('data-series')!, x: Number(c.getAttribute('data-x')), value: Number(c.getAttribute('data-value')), fill: c.getAttribute('fill')!, cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
      }),
    );
    expect(points).toHaveLength(18);
    const fifty = (await page.locator('svg#belief-by-step line.nn-threshold').boundingBox())!;
    const { plotHeight, plotWidth } = LINE_CHART_LAYOUT;
    for (const p of points) {
      // Height above the dashed 50% line is (rate − 0.5) × plot height.
      expect(Math.abs(fifty.y - p.cy - (p.value - 0.5) * plotHeight), `${p.series}@${p.x}`).toBeLessThan(0.6);
    }
    // Log scale: equal ratios of steps are equal distances; step 243 is the right end of the plot.
    const xAt = (step: number) => points.find((p) => p.series === 'positive' && p.x === step)!.cx;
    const decade = (plotWidth * Math.log(3)) / Math.log(243);
    for (const [a, b] of [[1, 3], [3, 9], [27, 81], [81, 243]] as const) expect(Math.abs(xAt(b) - xAt(a) - decade)).toBeLessThan(0.6);
    expect(Math.abs(xAt(243) - xAt(1) - plotWidth)).toBeLessThan(0.6);

    const rings = await page.$$eval('svg#belief-by-step circle.nn-crossing', (cs) => cs.map((c) => [c.getAttribute('data-series'), Number(c.getAttribute('data-x'))]));
    expect(rings).toEqual([['positive', 27], ['negated', 27]]);
    expect(await page.locator('ul.nn-crossings li').allTextContents()).toEqual([
      'positive: belief first reaches 50% at training step 27 (below it at 9).',
      '<script>document.title="pwned"</script>negated: belief first reaches 50% at training step 27 (below it at 9).',
      'local: belief stays below 50% at every training step evaluated.',
    ]);
    expect(await page.locator('svg#belief-by-step polygon.nn-band').count()).toBe(3);

    // Pixels: each point is drawn in its series colour where the DOM says it is.
    const box = (await page.locator('svg#belief-by-step').boundingBox())!;
    const png = PNG.sync.read(await page.screenshot({ clip: box, path: join(tmpdir(), 'negation-neglect-belief-by-step.png') }));
    // (A point under a later series' point is hidden.)
    const order = chart.series.map((s) => s.name);
    const visible = points.filter((p) => !points.some((q) => order.indexOf(q.series) > order.indexOf(p.series) && Math.hypot(q.cx - p.cx, q.cy - p.cy) < 8));
    expect(visible.length).toBeGreaterThanOrEqual(12);
    for (const p of visible) {
      const i = (Math.round(p.cy - box.y) * png.width + Math.round(p.cx - box.x)) * 4;
      const [r, g, b] = hexToRgb(p.fill);
      expect(Math.abs(png.data[i]! - r) + Math.abs(png.data[i + 1]! - g) + Math.abs(png.data[i + 2]! - b), `${p.series}@${p.x}`).toBeLessThan(40);
    }
    await context.close();
  });
});
