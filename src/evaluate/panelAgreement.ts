import { cohenKappa, fleissKappa, krippendorffAlpha } from './agreement.js';
import type { PanelAgreement, PanelVote } from './types.js';

const judgeName = (v: PanelVote) => `${v.judge.provider}:${v.judge.modelId}`;

/**
 * Agreement between the judges of a panel, per eval type and pooled (`all`): Krippendorff's α over
 * every sample with two or more readable votes, Fleiss' κ over the samples every judge read, and
 * Cohen's κ of each pair over the samples both read. Votes that could not be read or failed are
 * missing ratings, never a label. Samples without a panel are ignored; no panel, no rows.
 *
 * @example
 * ```ts
 * const [all] = panelAgreement(records).filter((r) => r.evalType === 'all');
 * all?.krippendorffAlpha; // 0.71
 * ```
 */
export function panelAgreement(samples: Iterable<{ evalType: string; panel?: readonly PanelVote[] | undefined }>): PanelAgreement[] {
  const byType = new Map<string, Array<Map<string, string>>>();
  const judges: string[] = [];
  for (const s of samples) {
    // Graded votes (coherence scores) are not nominal labels: κ and nominal α do not apply.
    if (!s.panel || s.panel.length < 2 || s.panel.some((v) => v.score !== undefined)) continue;
    const votes = new Map<string, string>();
    for (const v of s.panel) {
      const name = judgeName(v);
      if (!judges.includes(name)) judges.push(name);
      if (v.error === undefined && v.verdict !== 'parse_error') votes.set(name, v.verdict);
    }
    let list = byType.get(s.evalType);
    if (!list) byType.set(s.evalType, (list = []));
    list.push(votes);
  }
  if (byType.size === 0) return [];
  const groups: Array<[string, Array<Map<string, string>>]> = [...byType, ['all', [...byType.values()].flat()]];
  return groups.map(([evalType, units]) => {
    const complete = units.filter((u) => judges.every((j) => u.has(j)));
    const pairs: PanelAgreement['pairs'] = [];
    for (let i = 0; i < judges.length; i++) {
      for (let k = i + 1; k < judges.length; k++) {
        const a = judges[i]!;
        const b = judges[k]!;
        const both = units.flatMap((u) => (u.has(a) && u.has(b) ? [[u.get(a)!, u.get(b)!] as const] : []));
        pairs.push({
          a,
          b,
          compared: both.length,
          observed: both.length === 0 ? null : both.filter(([x, y]) => x === y).length / both.length,
          cohenKappa: cohenKappa(both),
        });
      }
    }
    return {
      evalType,
      judges: [...judges],
      samples: units.filter((u) => u.size >= 2).length,
      fleissKappa: fleissKappa(complete.map((u) => countLabels(u.values()))),
      krippendorffAlpha: krippendorffAlpha(units.map((u) => judges.map((j) => u.get(j)))),
      pairs,
    };
  });
}

function countLabels(labels: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of labels) out[l] = (out[l] ?? 0) + 1;
  return out;
}
