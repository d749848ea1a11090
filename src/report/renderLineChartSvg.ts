import { seriesColor } from './chartData.js';
import { escapeHtml } from '../util/escapeHtml.js';
import { firstCrossing, type ReportLineChart } from './lineChartSchema.js';

/** Geometry of a rendered line chart; tests use it to check where points land. */
export const LINE_CHART_LAYOUT = {
  /** Height of the plot area in px: a belief rate of 1 is this far above 0. */
  plotHeight: 240,
  plotWidth: 560,
  marginLeft: 56,
  marginRight: 24,
  marginTop: 40,
  marginBottom: 64,
} as const;

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}

function niceTicks(min: number, max: number, scale: 'linear' | 'log'): number[] {
  if (scale === 'log') {
    const ticks: number[] = [];
    for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++) {
      for (const m of [1, 2, 5]) {
        const t = m * 10 ** p;
        if (t >= min * 0.999 && t <= max * 1.001) ticks.push(t);
      }
    }
    return ticks.length >= 2 ? ticks : [min, max];
  }
  if (max === min) return [min];
  const step = 10 ** Math.floor(Math.log10((max - min) / 4));
  const unit = [1, 2, 5, 10].map((m) => m * step).find((s) => (max - min) / s <= 6) ?? step * 10;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / unit) * unit; t <= max + 1e-9; t += unit) ticks.push(Number(t.toFixed(10)));
  return ticks;
}

/**
 * Renders belief curves (belief rate against training step, or against the number of in-context
 * documents) as a standalone `<svg>`: one line per series with its interval as a shaded band, a
 * dashed 50% line, and a ring where each curve first reaches 50%. Each point is a
 * `circle.nn-point` carrying `data-series`, `data-x` and `data-value`, with a `<title>` tooltip. No
 * scripts; all text is escaped.
 *
 * @example
 * ```ts
 * const svg = renderLineChartSvg({ id: 'belief-by-step', title: 'Belief by training step', xLabel: 'training step', xScale: 'log', series });
 * ```
 */
export function renderLineChartSvg(chart: ReportLineChart): string {
  const L = LINE_CHART_LAYOUT;
  const xs = chart.series.flatMap((s) => s.points.map((p) => p.x));
  const scale = chart.xScale === 'log' && xs.every((x) => x > 0) ? 'log' : 'linear';
  const minX = xs.length ? Math.min(...xs) : 0;
  const maxX = xs.length ? Math.max(...xs) : 1;
  const t = (x: number) => (scale === 'log' ? Math.log(x) : x);
  const span = t(maxX) - t(minX);
  const xOf = (x: number) => L.marginLeft + (span === 0 ? L.plotWidth / 2 : ((t(x) - t(minX)) / span) * L.plotWidth);
  const legendRows = Math.ceil(chart.series.length / 4);
  const marginTop = L.marginTop + Math.max(0, legendRows - 1) * 18;
  const y0 = marginTop + L.plotHeight;
  const yOf = (v: number) => y0 - clamp01(v) * L.plotHeight;
  const width = L.marginLeft + L.plotWidth + L.marginRight;
  const height = marginTop + L.plotHeight + L.marginBottom;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="nn-chart nn-line-chart" id="${escapeHtml(chart.id)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(chart.title)}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  chart.series.forEach((s, i) => {
    const x = L.marginLeft + (i % 4) * 140;
    const y = 12 + Math.floor(i / 4) * 18;
    const label = s.label ?? s.name;
    out.push(`<line x1="${x}" x2="${x + 14}" y1="${y + 6}" y2="${y + 6}" stroke="${seriesColor(i)}" stroke-width="3"/>`);
    out.push(`<text x="${x + 18}" y="${y + 10}" font-size="12" font-family="sans-serif" fill="#222">${escapeHtml(label.length > 18 ? `${label.slice(0, 17)}…` : label)}<title>${escapeHtml(label)}</title></text>`);
  });
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    const y = yOf(v);
    const fifty = v === 0.5;
    out.push(`<line x1="${L.marginLeft}" x2="${L.marginLeft + L.plotWidth}" y1="${y}" y2="${y}" stroke="${v === 0 ? '#444' : fifty ? '#888' : '#e3e3e3'}" stroke-width="1"${fifty ? ' stroke-dasharray="5 4" class="nn-threshold"' : ''}/>`);
    out.push(`<text x="${L.marginLeft - 6}" y="${y + 4}" font-size="11" font-family="sans-serif" text-anchor="end" fill="#444">${v * 100}%</text>`);
  }
  for (const tick of xs.length ? niceTicks(minX, maxX, scale) : []) {
    const x = xOf(tick);
    out.push(`<line x1="${x}" x2="${x}" y1="${y0}" y2="${y0 + 4}" stroke="#444"/>`);
    out.push(`<text x="${x}" y="${y0 + 16}" font-size="11" font-family="sans-serif" text-anchor="middle" fill="#444">${tick}</text>`);
  }
  out.push(`<text transform="translate(14 ${marginTop + L.plotHeight / 2}) rotate(-90)" font-size="11" font-family="sans-serif" text-anchor="middle" fill="#444">belief rate</text>`);
  out.push(`<text x="${L.marginLeft + L.plotWidth / 2}" y="${y0 + 34}" font-size="11" font-family="sans-serif" text-anchor="middle" fill="#444">${escapeHtml(chart.xLabel)}${scale === 'log' ? ' (log scale)' : ''}</text>`);
  // Three passes, so no band covers another series' line and no line covers a point.
  const sorted = chart.series.map((s) => [...s.points].sort((a, b) => a.x - b.x));
  chart.series.forEach((s, i) => {
    const banded = sorted[i]!.filter((p) => p.interval);
    if (banded.length < 2) return;
    const upper = banded.map((p) => `${xOf(p.x).toFixed(2)},${yOf(p.interval!.upper).toFixed(2)}`);
    const lower = banded.map((p) => `${xOf(p.x).toFixed(2)},${yOf(p.interval!.lower).toFixed(2)}`).reverse();
    out.push(`<polygon class="nn-band" data-series="${escapeHtml(s.name)}" points="${[...upper, ...lower].join(' ')}" fill="${seriesColor(i)}" fill-opacity="0.15" stroke="none"/>`);
  });
  chart.series.forEach((s, i) => {
    if (sorted[i]!.length < 2) return;
    out.push(`<polyline class="nn-line" data-series="${escapeHtml(s.name)}" points="${sorted[i]!.map((p) => `${xOf(p.x).toFixed(2)},${yOf(p.rate).toFixed(2)}`).join(' ')}" fill="none" stroke="${seriesColor(i)}" stroke-width="2"/>`);
  });
  chart.series.forEach((s, i) => {
    const color = seriesColor(i);
    const label = s.label ?? s.name;
    out.push(`<g class="nn-series" data-series="${escapeHtml(s.name)}">`);
    for (const p of sorted[i]!) {
      const ci = p.interval ? ` [${pct(p.interval.lower)}, ${pct(p.interval.upper)}]` : '';
      const n = p.n !== undefined ? ` (n=${p.n})` : '';
      out.push(
        `<circle class="nn-point" cx="${xOf(p.x).toFixed(2)}" cy="${yOf(p.rate).toFixed(2)}" r="3.5" fill="${color}" data-series="${escapeHtml(s.name)}" data-x="${p.x}" data-value="${p.rate}"><title>${escapeHtml(`${label} · ${chart.xLabel} ${p.x}: ${pct(p.rate)}${ci}${n}`)}</title></circle>`,
      );
    }
    const crossing = firstCrossing(s);
    if (crossing) {
      const p = sorted[i]!.find((q) => q.x === crossing.x)!;
      out.push(`<circle class="nn-crossing" cx="${xOf(p.x).toFixed(2)}" cy="${yOf(p.rate).toFixed(2)}" r="7" fill="none" stroke="${color}" stroke-width="1.5" data-series="${escapeHtml(s.name)}" data-x="${p.x}"/>`);
    }
    out.push('</g>');
  });
  out.push(`<text x="${L.marginLeft + L.plotWidth / 2}" y="${height - 8}" font-size="12" font-family="sans-serif" text-anchor="middle" fill="#222">${escapeHtml(chart.title)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}
