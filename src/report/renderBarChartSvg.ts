import type { BarChartSpec } from './chartData.js';
import { escapeHtml } from '../util/escapeHtml.js';

/** Geometry of a rendered chart; tests use it to check bar heights. */
export const CHART_LAYOUT = {
  /** Height of the plot area in px: a belief rate of 1 is a bar this tall. */
  plotHeight: 240,
  barWidth: 22,
  barGap: 2,
  groupGap: 26,
  marginLeft: 56,
  marginRight: 16,
  marginTop: 40,
  marginBottom: 56,
  minWidth: 480,
} as const;

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}

/**
 * Renders a grouped bar chart with interval whiskers as a standalone `<svg>` (no scripts, no external
 * assets). Each bar is a `rect.nn-bar` carrying `data-group`, `data-condition` and `data-value`, with
 * a `<title>` tooltip; a bar without data is a `text.nn-bar-empty` ("–") with the same `data-group`
 * and `data-condition`. All text is escaped.
 *
 * @example
 * ```ts
 * const svg = renderBarChartSvg(beliefChartSpec(results.data));
 * ```
 */
export function renderBarChartSvg(spec: BarChartSpec): string {
  const L = CHART_LAYOUT;
  const nSeries = Math.max(1, spec.series.length);
  const groupWidth = nSeries * L.barWidth + (nSeries - 1) * L.barGap;
  const plotWidth = Math.max(
    L.minWidth - L.marginLeft - L.marginRight,
    spec.groups.length * groupWidth + (spec.groups.length + 1) * L.groupGap,
  );
  const width = L.marginLeft + plotWidth + L.marginRight;
  // Legend items flow into as many rows as the chart's width needs.
  const legend: Array<{ x: number; row: number; label: string; color: string; full: string }> = [];
  let lx = L.marginLeft;
  let row = 0;
  for (const s of spec.series) {
    const label = truncate(s.label, 28);
    const itemWidth = 16 + label.length * 7 + 18;
    if (lx > L.marginLeft && lx + itemWidth > width - L.marginRight) {
      row++;
      lx = L.marginLeft;
    }
    legend.push({ x: lx, row, label, color: s.color, full: s.label });
    lx += itemWidth;
  }
  const marginTop = L.marginTop + row * 18;
  const height = marginTop + L.plotHeight + L.marginBottom;
  const y0 = marginTop + L.plotHeight; // baseline (rate 0)
  const yOf = (v: number) => y0 - clamp01(v) * L.plotHeight;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="nn-chart" id="${escapeHtml(spec.id)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(spec.title)}">`,
  );
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  for (const item of legend) {
    const y = 12 + item.row * 18;
    out.push(`<rect x="${item.x}" y="${y}" width="12" height="12" fill="${item.color}"/>`);
    out.push(`<text x="${item.x + 16}" y="${y + 10}" font-size="12" font-family="sans-serif" fill="#222">${escapeHtml(item.label)}<title>${escapeHtml(item.full)}</title></text>`);
  }
  // Grid and y axis.
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const y = yOf(t);
    out.push(`<line x1="${L.marginLeft}" x2="${L.marginLeft + plotWidth}" y1="${y}" y2="${y}" stroke="${t === 0 ? '#444' : '#e3e3e3'}" stroke-width="1"/>`);
    out.push(`<text x="${L.marginLeft - 6}" y="${y + 4}" font-size="11" font-family="sans-serif" text-anchor="end" fill="#444">${t * 100}%</text>`);
  }
  out.push(
    `<text transform="translate(14 ${marginTop + L.plotHeight / 2}) rotate(-90)" font-size="11" font-family="sans-serif" text-anchor="middle" fill="#444">belief rate</text>`,
  );
  // Groups.
  spec.groups.forEach((group, gi) => {
    const gx = L.marginLeft + L.groupGap + gi * (groupWidth + L.groupGap);
    if (group.summary) {
      const sx = gx - L.groupGap / 2;
      out.push(`<line x1="${sx}" x2="${sx}" y1="${marginTop}" y2="${y0}" stroke="#999" stroke-dasharray="4 3"/>`);
    }
    out.push(`<g class="nn-group" data-group="${escapeHtml(group.key)}">`);
    group.bars.forEach((bar, bi) => {
      const s = spec.series[bi]!;
      const x = gx + bi * (L.barWidth + L.barGap);
      if (bar.value === null) {
        // Marked like a bar: a results browser opens the samples behind "no data" too (all failed, say).
        out.push(
          `<text class="nn-bar-empty" x="${x + L.barWidth / 2}" y="${y0 - 4}" font-size="10" font-family="sans-serif" text-anchor="middle" fill="#999" data-group="${escapeHtml(group.key)}" data-condition="${escapeHtml(bar.condition)}">–<title>${escapeHtml(`${group.label} · ${s.label}: no data`)}</title></text>`,
        );
        return;
      }
      const y = yOf(bar.value);
      const h = y0 - y;
      const ci = bar.interval ? ` [${pct(bar.interval.lower)}, ${pct(bar.interval.upper)}]` : '';
      const n = bar.n !== undefined ? ` (n=${bar.n})` : '';
      const tip = `${group.label} · ${s.label}: ${pct(bar.value)}${ci}${n}`;
      out.push(
        `<rect class="nn-bar" x="${x}" y="${y.toFixed(2)}" width="${L.barWidth}" height="${h.toFixed(2)}" fill="${s.color}" data-group="${escapeHtml(group.key)}" data-condition="${escapeHtml(bar.condition)}" data-value="${bar.value}"><title>${escapeHtml(tip)}</title></rect>`,
      );
      if (bar.interval) {
        const cx = x + L.barWidth / 2;
        const yl = yOf(bar.interval.lower);
        const yu = yOf(bar.interval.upper);
        const cap = L.barWidth * 0.3;
        out.push(
          `<g class="nn-whisker" stroke="#222" stroke-width="1.2"><line x1="${cx}" x2="${cx}" y1="${yl.toFixed(2)}" y2="${yu.toFixed(2)}"/><line x1="${cx - cap / 2}" x2="${cx + cap / 2}" y1="${yu.toFixed(2)}" y2="${yu.toFixed(2)}"/><line x1="${cx - cap / 2}" x2="${cx + cap / 2}" y1="${yl.toFixed(2)}" y2="${yl.toFixed(2)}"/></g>`,
        );
      }
    });
    out.push('</g>');
    const label = truncate(group.label, Math.max(8, Math.floor((groupWidth + L.groupGap) / 6.5)));
    out.push(
      `<text x="${gx + groupWidth / 2}" y="${y0 + 18}" font-size="11" font-family="sans-serif" text-anchor="middle" fill="#222"${group.summary ? ' font-weight="bold"' : ''}>${escapeHtml(label)}<title>${escapeHtml(group.label)}</title></text>`,
    );
  });
  out.push(
    `<text x="${L.marginLeft + plotWidth / 2}" y="${height - 10}" font-size="12" font-family="sans-serif" text-anchor="middle" fill="#222">${escapeHtml(spec.title)}</text>`,
  );
  out.push('</svg>');
  return out.join('\n');
}
