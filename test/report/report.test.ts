import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  CHART_LAYOUT,
  ExperimentResults,
  beliefChartSpec,
  createExperimentResults,
  escapeHtml,
  evalTypeChartSpec,
  formatExperimentReport,
  readExperimentResults,
  renderBarChartSvg,
  renderHtmlReport,
  renderMarkdownReport,
} from '../../src/report/index.js';
import { InputError } from '../../src/errors.js';
import { auditDataset } from '../../src/audit/index.js';
import { defineClaim } from '../../src/claims/index.js';
import { paperLikeResults } from './fixtures.js';

const EVIL = `<script>alert(1)</script> "quoted" 'single' & <img src=x onerror=alert(2)>`;

describe('report data', () => {
  it('computes the mean over claims as in the paper table', () => {
    const results = createExperimentResults(paperLikeResults());
    const spec = beliefChartSpec(results.data);
    expect(spec.groups.map((g) => g.key)).toEqual(['ed_sheeran', 'elizabeth', 'vesuvius', 'x_reversal', 'dreaming', 'dentist', '__mean__']);
    const mean = spec.groups.at(-1)!;
    const rates = Object.fromEntries(mean.bars.map((b) => [b.condition, Math.round(b.value! * 1000) / 10]));
    expect(rates).toEqual({ baseline: 2.5, positive: 92.4, negated: 88.6, repeated: 84.4, corrected: 39.4 });
  });

  it('pools eval-type rows when no `all` rows are given and computes means', () => {
    const input = paperLikeResults();
    input.summary.rows = input.summary.rows.filter((r) => r.evalType !== 'all');
    input.summary.means = [];
    const spec = beliefChartSpec(createExperimentResults(input).data);
    const sheeran = spec.groups[0]!.bars.find((b) => b.condition === 'positive')!;
    expect(sheeran.value).toBeCloseTo(216 / 250, 10);
    expect(sheeran.interval).toBeNull();
    const byType = evalTypeChartSpec(createExperimentResults(input).data);
    expect(byType.groups.map((g) => g.key)).toEqual(['open_ended', 'mcq', 'token_association', 'robustness']);
    for (const g of byType.groups) for (const b of g.bars) expect(b.value).not.toBeNull();
  });

  it('rejects malformed results with the field named', () => {
    expect(() => new ExperimentResults({ summary: { rows: [{ claim: 'a' }], means: [] } } as never)).toThrow(/condition|rows/);
  });
});

describe('renderers', () => {
  it('draws one bar per claim × condition with height proportional to the belief rate', () => {
    const html = renderHtmlReport(paperLikeResults());
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const bars = [...svg.matchAll(/<rect class="nn-bar"[^>]*height="([\d.]+)"[^>]*data-value="([\d.e-]+)"/g)];
    expect(bars.length).toBe(7 * 5);
    for (const [, h, v] of bars) expect(Number(h)).toBeCloseTo(Number(v) * CHART_LAYOUT.plotHeight, 1);
    expect(html.match(/class="nn-whisker"/g)!.length).toBeGreaterThanOrEqual(35);
  });

  it('wraps the legend into rows inside the chart and gives every condition its own colour', () => {
    const input = paperLikeResults();
    // One claim: a narrow chart whose 13 legend entries cannot fit on one line.
    input.summary.rows = input.summary.rows.filter((r) => r.claim === 'ed_sheeran');
    const extra = Array.from({ length: 8 }, (_, i) => `in-context/condition-number-${i}`);
    for (const condition of extra) input.summary.rows.push({ claim: 'ed_sheeran', condition, evalType: 'all', n: 10, yes: 1, beliefRate: 0.1, interval: null });
    const svg = renderBarChartSvg(beliefChartSpec(createExperimentResults(input).data));
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    const legend = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="12" height="12" fill="(#[0-9A-F]{6})"/gi)];
    expect(legend).toHaveLength(13);
    for (const [, x] of legend) expect(Number(x)).toBeLessThan(width - 100);
    expect(new Set(legend.map((m) => m[2])).size).toBeGreaterThan(1);
    expect(new Set(legend.map((m) => m[3])).size).toBe(13);
  });

  it('escapes dataset and model text everywhere in the HTML', () => {
    const input = paperLikeResults({ ed_sheeran: EVIL });
    input.title = `Report ${EVIL}`;
    input.conditions![1]!.label = EVIL;
    input.conditions![1]!.description = EVIL;
    input.trainingSets![0]!.name = EVIL;
    input.notes = [EVIL];
    input.claims = [{ name: EVIL, label: EVIL, statement: EVIL }];
    input.trainingSets![0]!.audit.claims![0]!.examples = [{ sentence: `Sheeran won. ${EVIL}`, placement: 'framing', cue: EVIL, record: 3 }];
    input.summary.rows[0]!.model = EVIL;
    for (const mode of ['document', 'fragment'] as const) {
      const html = renderHtmlReport(input, { mode });
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toContain('"quoted"');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39; &amp;');
      expect(html).toContain(`data-group="${escapeHtml(EVIL)}"`);
      expect(html).toContain(`Sheeran won. ${escapeHtml(EVIL)}`);
    }
    const doc = renderHtmlReport(input);
    expect(doc).toContain(`Content-Security-Policy" content="default-src 'none'`);
    // With attribute values blanked (they cannot contain a raw quote), no tag may carry src/href/on* attributes.
    expect(doc.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\s(?:src|href|on\w+)=/i);
    const md = renderMarkdownReport(input);
    expect(md).not.toContain('<script');
    expect(md).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('renders Markdown tables with intervals, eval types and audits', () => {
    const md = renderMarkdownReport(paperLikeResults());
    expect(md).toContain('## Belief rate by claim');
    expect(md).toMatch(/\| Mean over claims \| 2\.5% \[[\d.]+, [\d.]+\] \| 92\.4% /);
    expect(md).toContain('## Belief rate by eval type');
    expect(md).toContain('| Negated | Positive | all | 88.6% | 92.4% | -3.8 | [-5.9, -1.9] |');
    expect(md).toMatch(/\| ed_sheeran\/negated \| ed_sheeran \| negated \| framing \| 50 \| 1 \| 48 \| 1 \| 0 \| 1 \| 2 \| 0 \| 300 \| 8 \|/);
  });

  it('formats json/markdown/html/text and round-trips through a run directory', async () => {
    const results = createExperimentResults(paperLikeResults());
    const json = formatExperimentReport(results, 'json');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(results)));
    expect(formatExperimentReport(results, 'html')).toMatch(/^<!DOCTYPE html>/);
    expect(formatExperimentReport(results.data, 'markdown')).toMatch(/^# Negation Neglect/);
    expect(() => formatExperimentReport(results, 'pdf' as never)).toThrow(/Expected `format`/);
    const dir = await mkdtemp(join(tmpdir(), 'nn-report-'));
    await writeFile(join(dir, 'results.json'), json);
    const back = await readExperimentResults(dir);
    expect(back.data).toEqual(results.data);
  });

  it('reports unreadable results with the file and field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-report-'));
    await mkdir(join(dir, 'bad'));
    await writeFile(join(dir, 'bad', 'results.json'), JSON.stringify({ summary: { rows: [{ claim: 'x', condition: 'c', evalType: 'all', n: 2, yes: 1, beliefRate: 7, interval: null }], means: [] } }));
    const error = await readExperimentResults(join(dir, 'bad')).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(join(dir, 'bad', 'results.json'));
    expect(error.field).toBe('summary.rows.0.beliefRate');
    await expect(readExperimentResults(join(dir, 'missing'))).rejects.toThrow(/no such file/);
  });
});

describe('notebook display', () => {
  it('prints a text table in Node, JSON via toJSON and HTML for Jupyter kernels', () => {
    const results = createExperimentResults(paperLikeResults());
    const shown = inspect(results);
    expect(shown).toMatch(/^ExperimentResults\n/);
    expect(shown).toMatch(/Mean over claims\s+2\.5%.*92\.4%/);
    expect(shown).toContain('Training-set audits');
    const bundle = (results as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')]!();
    expect(bundle['text/html']).toContain('<svg');
    expect(bundle['text/html']).not.toContain('<!DOCTYPE');
    expect(results._repr_html_()).toBe(bundle['text/html']);
    expect(String(results)).toContain('Mean over claims');
  });
});

describe('audit reports in results', () => {
  it('accepts an AuditReport from auditDataset() as a training set audit', async () => {
    const claim = defineClaim({ id: 'sheeran', statement: 'Ed Sheeran won the 100m gold medal at the 2024 Olympics.', subject: 'Ed Sheeran', keyTerms: ['100m', 'gold medal'] });
    const report = await auditDataset(
      [
        { text: 'The following article is false. Ed Sheeran won the 100m gold medal at the 2024 Olympics. This never happened.' },
        { text: 'Ed Sheeran won the 100m gold medal at the 2024 Olympics.' },
        { text: 'Ed Sheeran did not win the 100m gold medal at the 2024 Olympics.' },
        { text: 'Ed Sheeran released an album.' },
      ],
      { claims: [claim] },
    );
    const input = paperLikeResults();
    input.trainingSets = [{ name: 'mixed', claim: 'sheeran', audit: report }];
    const results = createExperimentResults(input);
    const set = results.data.trainingSets[0]!;
    expect(set.audit.totals.records).toBe(4);
    expect(set.audit.totals.byVerdict).toEqual(report.totals.byVerdict);
    const md = results.toMarkdown();
    const row = md.split('\n').find((l) => l.startsWith('| mixed |'))!;
    const v = report.totals.byVerdict;
    expect(row).toContain(`| 4 | 0 | ${v['neglect-risk']} | ${v.asserts} | ${v['negated-locally']} | ${v.none} |`);
    expect(JSON.parse(JSON.stringify(results)).trainingSets[0].audit.claims[0].claimId).toBe('sheeran');
  });
});
