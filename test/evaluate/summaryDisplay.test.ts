import { describe, expect, it } from 'vitest';
import { renderBeliefSummaryHtml, summarizeBeliefRates, type ScoredSample } from '../../src/evaluate/index.js';

const samples: ScoredSample[] = [0, 1, 2, 3].map((i) => ({
  claim: '<script>alert(1)</script>',
  condition: 'positive',
  evalType: 'open_ended',
  questionId: `q${i % 2}`,
  verdict: i < 3 ? 'yes' : 'no',
})) as ScoredSample[];

describe('belief summaries in notebooks', () => {
  const summary = summarizeBeliefRates(samples, { interval: 'wilson' });
  const display = (summary as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')]!;

  it('display as HTML with bars and Markdown, without changing the data', () => {
    expect(Object.keys(summary)).toEqual(['rows', 'means']);
    expect(JSON.parse(JSON.stringify(summary))).toEqual({ rows: summary.rows, means: summary.means });
    const bundle = display();
    expect(Object.keys(bundle).sort()).toEqual(['text/html', 'text/markdown', 'text/plain']);
    expect(bundle['text/markdown']).toContain('| 75.0 |');
    expect(bundle['text/html']).toContain('aria-label="75.0%"');
  });

  it('escapes claim and condition names', () => {
    const html = renderBeliefSummaryHtml(summary);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('draws the interval as a whisker inside the bar', () => {
    const row = summary.rows[0]!;
    const html = renderBeliefSummaryHtml({ rows: [row], means: [] });
    const width = (v: number) => (v * 120).toFixed(1);
    expect(html).toContain(`<rect width="${width(0.75)}"`);
    expect(html).toContain(`x1="${width(row.interval!.lower)}" x2="${width(row.interval!.upper)}"`);
  });
});
