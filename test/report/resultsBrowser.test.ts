import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { InputError } from '../../src/errors.js';
import { summarizeBeliefRates } from '../../src/evaluate/index.js';
import { createExperimentResults, readResultsBrowserData, renderResultsBrowser } from '../../src/report/index.js';
import type { BrowserSamples } from '../../src/report/packBrowserSamples.js';
import { makeIO } from '../helpers/cliIO.js';
import { browserSamples } from './browserSamples.js';

const HOSTILE = `</script><img src=x onerror="document.title='pwned'"><!-- & \u2028`;

/** The samples JSON a page embeds, parsed back. */
function embedded(html: string): BrowserSamples {
  const match = /<script type="application\/json" id="nn-samples-data">([^<]*)<\/script>/.exec(html);
  if (!match) throw new Error('no samples data in the page');
  return JSON.parse(match[1]!) as BrowserSamples;
}

function jsonl(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

describe('renderResultsBrowser', () => {
  it('embeds every sample as inert JSON whose text comes back unchanged', () => {
    const samples = browserSamples();
    samples[0]!.response = HOSTILE;
    samples[1]!.reason = HOSTILE;
    samples[2]!.question = HOSTILE;
    const html = renderResultsBrowser({ summary: summarizeBeliefRates(samples, { seed: 0 }) }, samples);
    // The hostile text never appears as markup: only two closing script tags (data and client), no <img>.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<!--');
    const data = embedded(html);
    expect(data.count).toBe(96);
    expect(data.response[0]).toBe(HOSTILE);
    expect(data.reason[1]).toBe(HOSTILE);
    expect(data.strings[data.question[2]!]).toBe(HOSTILE);
    // Repeated text is stored once: 12 distinct questions (and the hostile one) for 96 samples.
    expect(new Set(data.question).size).toBe(13);
  });

  it('lets only its own script run: the CSP carries the hash of the inline client', () => {
    const samples = browserSamples();
    const html = renderResultsBrowser({ summary: summarizeBeliefRates(samples, { seed: 0 }) }, samples);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}';`);
    expect(html).toContain(`default-src 'none'`);
  });

  it('records failures the way belief rates count them', () => {
    const samples = browserSamples();
    const data = embedded(renderResultsBrowser({ summary: summarizeBeliefRates(samples, { seed: 0 }) }, samples));
    const flagged = (bit: number) => data.flags.filter((f) => f & bit).length;
    expect([flagged(1), flagged(2), flagged(4)]).toEqual([1, 1, 1]);
    const judges = new Set(data.judge.map((j) => data.strings[j]));
    expect(judges).toEqual(new Set(['openai judge-1 · belief-v1', 'scorer exactMatch']));
    const settings = JSON.parse(data.strings[data.settings[0]!]!);
    expect(settings).toMatchObject({ finishReason: 'stop', sampling: { temperature: 0.7, topP: 0.8, maxOutputTokens: 5000 }, scorer: { name: 'judge' } });
  });

  it('names the eval types each pooled row pools when belief and salience samples are mixed', () => {
    const samples = browserSamples();
    const pooled = (list: typeof samples) => {
      const data = embedded(renderResultsBrowser({ summary: summarizeBeliefRates(list, { seed: 0 }) }, list));
      return Object.fromEntries(Object.entries(data.pooled).map(([row, types]) => [row, types.map((t) => data.strings[t])]));
    };
    expect(pooled(samples)).toEqual({});
    samples.push({ ...samples[0]!, evalType: 'leakage', verdict: 'no' });
    expect(pooled(samples)).toEqual({ all: ['open_ended', 'yes_no'], salience: ['leakage'] });
  });

  it('names the sample and field of an invalid sample', () => {
    const samples: unknown[] = browserSamples();
    samples[5] = { ...(samples[5] as object), verdict: 'maybe' };
    expect(() => renderResultsBrowser({ summary: { rows: [], means: [] } }, samples as never)).toThrow(/\[5\]\.verdict/);
  });
});

describe('readResultsBrowserData', () => {
  it('reads an eval JSONL file, computes its rates and counts unreadable lines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-view-'));
    const file = join(dir, 'results.jsonl');
    await writeFile(file, `${jsonl(browserSamples())}{"claim": 3}\nnot json\n`);
    const read = await readResultsBrowserData(file);
    expect(read.kind).toBe('eval');
    expect(read.samples).toHaveLength(96);
    expect(read.skipped.map((s) => s.line)).toEqual([97, 98]);
    expect(read.results.data.notes[0]).toMatch(/^2 lines or samples were left out/);
    const row = read.results.data.summary.rows.find((r) => r.claim === 'ed_sheeran' && r.condition === 'negated' && r.evalType === 'all')!;
    expect([row.yes, row.n, row.failed, row.unparsed]).toEqual([6, 22, 1, 1]);
  });

  it('reads a run directory: results.json and the samples of its evaluation steps, nothing else', async () => {
    const runDir = await mkdtemp(join(tmpdir(), 'nn-view-run-'));
    const samples = browserSamples();
    await writeFile(join(runDir, 'results.json'), JSON.stringify(createExperimentResults({ title: 'Run', summary: summarizeBeliefRates(samples, { seed: 0 }) })));
    await mkdir(join(runDir, 'steps/evaluate/m/ed_sheeran'), { recursive: true });
    await mkdir(join(runDir, 'steps/checkpoints/m/ed_sheeran'), { recursive: true });
    await writeFile(join(runDir, 'steps/evaluate/m/ed_sheeran/base.json'), JSON.stringify({ samples: samples.slice(0, 50) }));
    await writeFile(join(runDir, 'steps/evaluate/m/ed_sheeran/negated.json'), JSON.stringify({ samples: samples.slice(50) }));
    // A curve's samples are not bars; a stale step's condition is not in results.json.
    await writeFile(join(runDir, 'steps/checkpoints/m/ed_sheeran/negated.json'), JSON.stringify({ checkpoints: [{ step: 1, samples: samples.slice(0, 3) }] }));
    await writeFile(join(runDir, 'steps/evaluate/m/ed_sheeran/old.json'), JSON.stringify({ samples: [{ ...samples[0], condition: 'old' }, { ...samples[0], verdict: 'maybe' }] }));
    const read = await readResultsBrowserData(runDir);
    expect(read.kind).toBe('experiment');
    expect(read.results.data.title).toBe('Run');
    expect(read.samples).toHaveLength(96);
    expect(read.skipped.map((s) => s.reason)).toEqual(['samples[1].verdict: Invalid option: expected one of "yes"|"no"|"neutral"|"parse_error"', '1 samples of a claim and condition not in results.json']);
    // The results.json file itself reads the same way.
    expect((await readResultsBrowserData(join(runDir, 'results.json'))).samples).toHaveLength(96);
  });

  it('names the path it cannot read', async () => {
    await expect(readResultsBrowserData('/nonexistent/results.jsonl')).rejects.toThrow(InputError);
    const dir = await mkdtemp(join(tmpdir(), 'nn-view-empty-'));
    await writeFile(join(dir, 'empty.jsonl'), 'oops\n');
    await expect(readResultsBrowserData(join(dir, 'empty.jsonl'))).rejects.toThrow(/no sample records found \(1 unreadable lines; first: line 1/);
  });
});

describe('negation-neglect view', () => {
  async function evalFile(): Promise<{ dir: string; file: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'nn-view-cli-'));
    const file = join(dir, 'results.jsonl');
    await writeFile(file, jsonl(browserSamples()));
    return { dir, file };
  }

  it('writes <name>.view.html next to the input and prints its path', async () => {
    const { dir } = await evalFile();
    const { io, out, err } = makeIO({}, dir);
    expect(await runCli(['view', 'results.jsonl'], io)).toBe(0);
    expect(out()).toBe(`${join(dir, 'results.view.html')}\n`);
    expect(err()).toBe('');
    expect(embedded(await readFile(join(dir, 'results.view.html'), 'utf8')).count).toBe(96);
  });

  it('writes to --out and opens it with the platform opener', async () => {
    const { dir } = await evalFile();
    const bin = join(dir, 'bin');
    await mkdir(bin);
    // A stand-in xdg-open that records what it was asked to open.
    await writeFile(join(bin, 'xdg-open'), `#!/bin/sh\necho "$@" > "${join(dir, 'opened.txt')}"\n`);
    await chmod(join(bin, 'xdg-open'), 0o755);
    const { io, out } = makeIO({ PATH: `${bin}:/usr/bin:/bin` }, dir);
    expect(await runCli(['view', 'results.jsonl', '--out', 'html/browser.html', '--open'], io)).toBe(0);
    expect(out()).toBe(`${join(dir, 'html/browser.html')}\n`);
    let opened = '';
    for (let i = 0; i < 100 && !opened; i++) {
      opened = await readFile(join(dir, 'opened.txt'), 'utf8').catch(() => '');
      if (!opened) await new Promise((r) => setTimeout(r, 20));
    }
    expect(opened.trim()).toBe(join(dir, 'html/browser.html'));
  });

  it('warns and succeeds when there is no opener', async () => {
    const { dir } = await evalFile();
    const { io, out, err } = makeIO({ PATH: join(dir, 'no-such-bin') }, dir);
    expect(await runCli(['view', 'results.jsonl', '--open'], io)).toBe(0);
    expect(out()).toBe(`${join(dir, 'results.view.html')}\n`);
    expect(err()).toMatch(/^warning: could not open .*results\.view\.html with xdg-open \(ENOENT\)/);
  });

  it('exits 2 naming a missing input', async () => {
    const { io, err } = makeIO({}, tmpdir());
    expect(await runCli(['view', 'missing.jsonl'], io)).toBe(2);
    expect(err()).toContain('missing.jsonl: no such file or directory');
  });
});
