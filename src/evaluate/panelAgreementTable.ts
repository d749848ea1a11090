import type { PanelAgreement } from './types.js';

/**
 * A judge panel's agreement as a plain table (text cells; renderers escape them): one row per eval
 * type and `all`, with Fleiss' κ, Krippendorff's α and Cohen's κ of each pair of judges. Shared by
 * the Markdown and HTML summaries and the experiment reports. An undefined statistic reads `n/a`.
 *
 * @example
 * ```ts
 * const { headers, rows } = panelAgreementTable(summary.agreement ?? []);
 * ```
 */
export function panelAgreementTable(agreement: readonly PanelAgreement[]): { headers: string[]; rows: string[][] } {
  const num = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
  return {
    headers: ['eval type', 'judges', 'samples', "Fleiss' κ", "Krippendorff's α", "Cohen's κ per pair"],
    rows: agreement.map((a) => [
      a.evalType,
      a.judges.join(', '),
      String(a.samples),
      num(a.fleissKappa),
      num(a.krippendorffAlpha),
      a.pairs.map((p) => `${p.a} vs ${p.b}: ${num(p.cohenKappa)} (${p.compared})`).join('; '),
    ]),
  };
}
