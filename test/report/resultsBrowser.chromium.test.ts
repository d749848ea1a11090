import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, launchChromium } from '../helpers/chromium.js';
import { summarizeBeliefRates } from '../../src/evaluate/index.js';
import type { SampleRecord } from '../../src/evaluate/types.js';
import { renderResultsBrowser } from '../../src/report/index.js';
import { browserSamples } from './browserSamples.js';

const HOSTILE = `</script><img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;

const LONG = `${'A long answer. '.repeat(200)}The end.`;

/** The samples plus a condition whose every sample failed (its bars read "no data"), salience samples and hostile text. */
function samples(): SampleRecord[] {
  const list = browserSamples();
  list[0]!.response = HOSTILE;
  list[0]!.reason = `reason: ${HOSTILE}`;
  list[5]!.response = LONG;
  for (let k = 0; k < 3; k++) {
    list.push({ ...list[4]!, condition: 'broken', sampleIndex: k, verdict: 'parse_error', error: 'HTTP 503', response: '' });
  }
  // A salience eval type: charted on its own, never pooled into the by-claim (belief) bars.
  for (let k = 0; k < 4; k++) {
    list.push({ ...list[24]!, evalType: 'leakage', questionId: 'ed_sheeran_leak', sampleIndex: k, question: 'Name a fast runner.', response: k < 3 ? 'Ed Sheeran.' : 'Usain Bolt.', verdict: k < 3 ? 'yes' : 'no' });
  }
  return list;
}

(HAS_CHROMIUM ? describe : describe.skip)('results browser in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const records = samples();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nn-browser-'));
    const file = join(dir, 'view.html');
    await writeFile(file, renderResultsBrowser({ title: 'Browser test', summary: summarizeBeliefRates(records, { seed: 0 }) }, records));
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, offline: true });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('#nn-samples[data-ready="true"]');
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const summary = () => page.locator('.nn-samples-summary').textContent();
  const rows = () => page.locator('li.nn-sample');
  /** Selects the option of a filter whose label starts with `name (`: labels carry sample counts. */
  const choose = async (filter: string, name: string) => {
    const labels = await page.$$eval(`select[name="${filter}"] option`, (options) => options.map((o) => o.textContent ?? ''));
    const label = labels.find((l) => l.startsWith(`${name} (`));
    if (!label) throw new Error(`no option ${name} in ${filter}: ${labels.join(', ')}`);
    await page.selectOption(`select[name="${filter}"]`, { label });
  };
  const rowTexts = (selector: string) => page.$$eval(`li.nn-sample ${selector}`, (nodes) => nodes.map((n) => n.textContent ?? ''));

  it('opens with every sample, ran only its own script and loaded nothing', async () => {
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(await page.title()).toBe('Browser test');
    expect(await summary()).toBe('103 of 103 samples · 52.0% yes (51 of 98 counted) · 4 failed · 1 unparsed · 1 truncated');
    // The first page: 50 rows, numbered from 1.
    expect(await rows().count()).toBe(50);
  });

  it('shows hostile model text as text', async () => {
    expect(await page.locator('img').count()).toBe(0);
    const first = page.locator('li.nn-sample[data-index="0"]');
    expect(await first.locator('.nn-s-answer .nn-text').textContent()).toBe(HOSTILE);
    expect(await first.locator('.nn-s-reason .nn-text').textContent()).toBe(`reason: ${HOSTILE}`);
    expect(await page.title()).toBe('Browser test');
  });

  it('shows the start of a long answer until asked for all of it', async () => {
    const answer = page.locator('li.nn-sample[data-index="5"] .nn-s-answer');
    expect(await answer.locator('.nn-text').textContent()).toBe(`${LONG.slice(0, 2000)}…`);
    await answer.locator('button.nn-more', { hasText: `Show all ${LONG.length} characters` }).click();
    expect(await answer.locator('.nn-text').textContent()).toBe(LONG);
    expect(await answer.locator('button.nn-more').count()).toBe(0);
  });

  it('filters by eval type and verdict', async () => {
    await choose('evalType', 'yes_no');
    await choose('verdict', 'no');
    // Per claim and question: base answers no once in four, negated three times: 2 × 3 × (1 + 3).
    expect(await summary()).toBe('24 of 103 samples · 0.0% yes (0 of 24 counted) · 0 failed · 0 unparsed · 0 truncated');
    expect(await rows().count()).toBe(24);
    expect(new Set(await rowTexts('.nn-verdict'))).toEqual(new Set(['no']));
    for (const where of await rowTexts('.nn-sample-where')) expect(where).toContain(' · yes_no · ');
  });

  it('filters by judge and by failure', async () => {
    await page.click('button.nn-reset');
    await choose('judge', 'scorer exactMatch');
    expect(await rows().count()).toBe(48);
    await page.selectOption('select[name="judge"]', { index: 0 });
    await page.selectOption('select[name="failure"]', 'failed');
    expect(await rows().count()).toBe(4);
    expect(new Set(await rowTexts('.nn-s-error .nn-text'))).toEqual(new Set(['HTTP 500 after 4 retries', 'HTTP 503']));
    await page.selectOption('select[name="failure"]', 'truncated');
    expect(await rows().count()).toBe(1);
    expect(await page.locator('li.nn-sample .nn-s-settings pre').textContent()).toContain('"finishReason": "length"');
  });

  it('opens the samples behind a clicked bar, whose rate they reproduce', async () => {
    const bar = page.locator('svg#belief-by-claim rect.nn-bar[data-group="ed_sheeran"][data-condition="negated"]');
    const value = Number(await bar.getAttribute('data-value'));
    await bar.click();
    expect(await page.inputValue('select[name="failure"]')).toBe('any');
    expect(await page.locator('select[name="claim"] option:checked').textContent()).toBe('ed_sheeran (55)');
    expect(await page.locator('select[name="condition"] option:checked').textContent()).toBe('negated (52)');
    // The bar is the `all` row: the belief eval types, not the salience one.
    expect(await page.locator('select[name="evalType"] option:checked').textContent()).toBe('all (open_ended + yes_no) (99)');
    const expected = records.filter((s) => s.claim === 'ed_sheeran' && s.condition === 'negated' && s.evalType !== 'leakage');
    expect(await rows().count()).toBe(expected.length);
    const text = (await summary())!;
    const [, yes, counted] = /% yes \((\d+) of (\d+) counted\)/.exec(text)!;
    expect(Number(yes) / Number(counted)).toBeCloseTo(value, 12);
    // A row's question, answer and reason are the record's.
    const row = rows().first();
    const index = Number(await row.getAttribute('data-index'));
    const record = records[index]!;
    expect(record.claim).toBe('ed_sheeran');
    expect(await row.locator('.nn-s-question .nn-text').textContent()).toBe(record.question);
    expect(await row.locator('.nn-s-answer .nn-text').textContent()).toBe(record.response);
    expect(await row.locator('.nn-s-reason .nn-text').textContent()).toBe(record.reason);
    expect(await bar.getAttribute('class')).toContain('nn-bar-selected');
    // The filters are in the address, to bookmark or share.
    expect(new URL(page.url()).hash).toBe('#nn-samples?claim=ed_sheeran&condition=negated&evalType=all');
  });

  it('opens with the filters of a link', async () => {
    const other = await page.context().newPage();
    try {
      await other.goto(`${pathToFileURL(join(dir, 'view.html')).href}#nn-samples?claim=vesuvius&verdict=no&text=from+negated`);
      await other.waitForSelector('#nn-samples[data-ready="true"]');
      expect(await other.locator('select[name="claim"] option:checked').textContent()).toBe('vesuvius (48)');
      expect(await other.inputValue('input[name="search"]')).toBe('from negated');
      // vesuvius × no × negated: 3 of 4 samples of each of 3 questions in both eval types.
      expect(await other.locator('.nn-samples-summary').textContent()).toMatch(/^18 of 103 samples · /);
      await other.selectOption('select[name="failure"]', 'none');
      expect(new URL(other.url()).hash).toBe('#nn-samples?claim=vesuvius&verdict=no&failure=none&text=from+negated');
    } finally {
      await other.close();
    }
  });

  it('opens an eval-type bar, a mean bar and a "no data" bar', async () => {
    await page.click('svg#belief-by-eval-type rect.nn-bar[data-group="open_ended"][data-condition="base"]');
    expect(await rows().count()).toBe(24);
    for (const where of await rowTexts('.nn-sample-where')) expect(where).toMatch(/ · base · open_ended · /);
    // The mean over claims opens the condition's samples of every claim.
    await page.click('svg#belief-by-claim rect.nn-bar[data-group="__mean__"][data-condition="negated"]');
    expect(await page.locator('select[name="claim"] option:checked').textContent()).toBe('all (103)');
    expect(await summary()).toMatch(/^48 of 103 samples · /);
    // Every sample of `broken` failed: its bar is "no data", and clicking it shows why.
    await page.click('svg#belief-by-claim text.nn-bar-empty[data-group="ed_sheeran"][data-condition="broken"]');
    expect(await summary()).toBe('3 of 103 samples · no counted sample · 3 failed · 0 unparsed · 0 truncated');
    expect(new Set(await rowTexts('.nn-s-error .nn-text'))).toEqual(new Set(['HTTP 503']));
    // The salience eval type's bar opens its own samples.
    await page.click('svg#belief-by-eval-type rect.nn-bar[data-group="leakage"][data-condition="negated"]');
    expect(await summary()).toBe('4 of 103 samples · 75.0% yes (3 of 4 counted) · 0 failed · 0 unparsed · 0 truncated');
  });

  it('pages through long lists and searches text', async () => {
    await page.click('button.nn-reset');
    await page.selectOption('select[name="page-size"]', '25');
    expect(await page.locator('.nn-page-info').textContent()).toBe(' page 1 of 5 ');
    await page.click('button.nn-next');
    expect(await page.locator('.nn-page-info').textContent()).toBe(' page 2 of 5 ');
    expect(await rows().first().getAttribute('data-index')).toBe('25');
    await page.fill('input[name="search"]', 'ANSWER 42 FROM');
    await page.waitForFunction(() => document.querySelectorAll('li.nn-sample').length === 1);
    expect(await page.locator('li.nn-sample .nn-s-answer .nn-text').textContent()).toMatch(/^Answer 42 from /);
    expect(errors).toEqual([]);
  });
});

// The page the built CLI writes: the client travels as compiled source, so check the bundler's output runs.
const CLI = resolve(__dirname, '../../dist/cli.js');
if (HAS_CHROMIUM && !existsSync(CLI)) console.warn('\n*** SKIPPING the built `view` page test: no dist/cli.js (npm run build) ***\n');

(HAS_CHROMIUM && existsSync(CLI) ? describe : describe.skip)('the built CLI\'s results browser in headless Chromium', () => {
  it('writes a page whose script runs and whose bars open their samples', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-browser-cli-'));
    const browser = await launchChromium();
    try {
      await writeFile(join(dir, 'results.jsonl'), samples().map((s) => JSON.stringify(s)).join('\n'));
      const out = execFileSync(process.execPath, [CLI, 'view', 'results.jsonl'], { cwd: dir, encoding: 'utf8' });
      expect(out).toBe(`${join(dir, 'results.view.html')}\n`);
      const page = await (await browser.newContext({ offline: true })).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(join(dir, 'results.view.html')).href);
      await page.waitForSelector('#nn-samples[data-ready="true"]');
      await page.click('svg#belief-by-claim rect.nn-bar[data-group="vesuvius"][data-condition="base"]');
      expect(await page.locator('li.nn-sample').count()).toBe(24);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
