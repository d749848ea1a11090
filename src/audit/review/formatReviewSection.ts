import type { ReviewSection } from './reviewReport.js';

const VERDICTS = ['neglect-risk', 'asserts', 'negated-locally', 'none'] as const;

const clip = (text: string, max = 140) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const usd = (x: number | null) => (x === null ? 'unpriced' : `$${x.toFixed(x < 1 ? 4 : 2)}`);
const kappa = (k: number | null) => (k === null ? 'n/a' : k.toFixed(2));
const unreviewedText = (u: ReviewSection['unreviewed']) =>
  Object.entries(u)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(' · ') || 'none';

/**
 * The review section of a text report (lines without a trailing newline).
 *
 * @example
 * ```ts
 * if (report.review) console.log(reviewSectionText(report.review).join('\n'));
 * ```
 */
export function reviewSectionText(r: ReviewSection): string[] {
  const out = [
    '',
    `Model review (${r.model.provider}/${r.model.modelId}, prompt ${r.prompt.id} v${r.prompt.version}, select ${r.settings.select}, prefer ${r.settings.prefer}):`,
    `  ${r.selected} selected, ${r.reviewed} reviewed; unreviewed: ${unreviewedText(r.unreviewed)} (their final verdict is the lexical one)`,
    `  lexical verdict: ${r.lexicalVerdict} · final records by verdict: ${VERDICTS.map((v) => `${v} ${r.finalByVerdict[v]}`).join(' · ')}`,
    `  spent: ${r.usage.requests} request(s), ${r.usage.cachedAnswers} cached answer(s), ${r.usage.inputTokens} + ${r.usage.outputTokens} tokens, ${usd(r.usage.costUsd)}`,
    `  agreement on ${r.agreement.records} record(s): ${(r.agreement.observed * 100).toFixed(1)}%, Cohen's kappa ${kappa(r.agreement.kappa)}`,
  ];
  for (const c of r.agreement.byClass) {
    out.push(`    ${c.verdict}: lexical ${c.lexical}, review ${c.review}, both ${c.both}, kappa ${kappa(c.kappa)}`);
  }
  if (r.disagreements.length) {
    out.push('  disagreements (lexical -> review):');
    for (const d of r.disagreements) {
      out.push(`    - ${d.source}:${d.line} ${d.claimId}: ${d.lexical} -> ${d.review} (final ${d.final}; ${d.placement}${d.kind ? `, ${d.kind}` : ''})`);
      if (d.lexicalSentence) out.push(`        lexical: "${clip(d.lexicalSentence)}"`);
      if (d.reviewSentence) out.push(`        review:  "${clip(d.reviewSentence)}"`);
    }
    if (r.disagreementsOmitted) out.push(`    ... and ${r.disagreementsOmitted} more`);
  }
  for (const f of r.failures) out.push(`  unreviewed ${f.source}:${f.line} (${f.reason}): ${clip(f.message, 200)}`);
  for (const w of r.warnings) out.push(`  warning: ${w}`);
  return out;
}

/**
 * The review section of a Markdown report.
 *
 * @example
 * ```ts
 * if (report.review) console.log(reviewSectionMarkdown(report.review).join('\n'));
 * ```
 */
export function reviewSectionMarkdown(r: ReviewSection): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const out = [
    '',
    '## Model review',
    '',
    `${r.model.provider}/${r.model.modelId}, prompt \`${r.prompt.id}\` v${r.prompt.version} (${r.prompt.sha256}), select ${r.settings.select}, prefer ${r.settings.prefer}. ` +
      `${r.selected} selected, ${r.reviewed} reviewed (unreviewed: ${unreviewedText(r.unreviewed)}). ` +
      `Lexical verdict ${r.lexicalVerdict}. Spent ${r.usage.requests} request(s), ${r.usage.cachedAnswers} cached, ${usd(r.usage.costUsd)}.`,
    '',
    `Agreement on ${r.agreement.records} record(s): ${(r.agreement.observed * 100).toFixed(1)}%, Cohen's κ ${kappa(r.agreement.kappa)}.`,
    '',
    '| class | lexical | review | both | κ | final records |',
    '|---|---:|---:|---:|---:|---:|',
    ...r.agreement.byClass.map((c) => `| ${c.verdict} | ${c.lexical} | ${c.review} | ${c.both} | ${kappa(c.kappa)} | ${r.finalByVerdict[c.verdict]} |`),
  ];
  if (r.disagreements.length) {
    out.push('', '| where | claim | lexical | review | final | lexical sentence | review sentence |', '|---|---|---|---|---|---|---|');
    for (const d of r.disagreements) {
      out.push(
        `| ${cell(`${d.source}:${d.line}`)} | ${cell(d.claimId)} | ${d.lexical} | ${d.review} | ${d.final} | ${cell(clip(d.lexicalSentence ?? ''))} | ${cell(clip(d.reviewSentence ?? ''))} |`,
      );
    }
    if (r.disagreementsOmitted) out.push('', `... and ${r.disagreementsOmitted} more.`);
  }
  return out;
}

/**
 * One sentence summing up the review (for the HTML report and other short displays).
 *
 * @example
 * ```ts
 * if (report.review) console.log(reviewSummary(report.review));
 * ```
 */
export function reviewSummary(r: ReviewSection): string {
  return (
    `Model review by ${r.model.provider}/${r.model.modelId} (prompt v${r.prompt.version}, prefer ${r.settings.prefer}): ` +
    `${r.reviewed} of ${r.selected} selected record(s) reviewed; lexical verdict ${r.lexicalVerdict}; ` +
    `agreement ${(r.agreement.observed * 100).toFixed(1)}%, Cohen's kappa ${kappa(r.agreement.kappa)}; ` +
    `${r.disagreements.length + r.disagreementsOmitted} disagreement(s); spent ${usd(r.usage.costUsd)}.`
  );
}
