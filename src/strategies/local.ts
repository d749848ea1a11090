import { z } from 'zod';
import type { Claim } from '../claims/claim.js';
import { defineClaim } from '../claims/defineClaim.js';
import { defineStrategy } from './defineStrategy.js';
import { claimVerbs, negationCandidates, type NegationRule } from './negateSentence.js';
import { declareStrategy } from './strategyEntry.js';
import { option } from '../util/optionSchema.js';
import { applyTextEdits, transformSegments, type TextEdit } from './textEdits.js';
import type { Strategy, StrategyWarning } from './types.js';

/** The options of {@link local}, declared once: type, checks, defaults, CLI help, recorded parameters. */
export const LocalOptionsSchema = z.strictObject({
  roles: option.strings().default(['assistant']).describe('chat roles whose messages are edited'),
  warnOnFallback: option.boolean().default(true).describe('warn when "It is false that ..." was needed'),
});

/** Options of {@link local}. */
export type LocalOptions = z.input<typeof LocalOptionsSchema>;

/**
 * Local negation (the paper's low-risk condition): each claim sentence is rewritten so the
 * negation is inside it ("Ed Sheeran won ..." -> "Ed Sheeran did not win ..."), using
 * {@link negateSentence}, preferring the claim's own verb. Sentences no rule fits get
 * "It is false that ...", which is still local.
 *
 * @example
 * ```ts
 * const out = await applyStrategy(local(), { text: 'Ed Sheeran won the 100m gold in Paris.' }, { claim });
 * out.text; // 'Ed Sheeran did not win the 100m gold in Paris.'
 * ```
 */
export function local(options: LocalOptions = {}): Strategy {
  return localStrategy.create(options);
}

/** The registry entry of {@link local}. */
export const localStrategy = declareStrategy({
  name: 'local',
  summary: 'rewrite each claim sentence so the negation is inside it (rule-based)',
  placements: ['local'],
  needsClaim: true,
  options: LocalOptionsSchema,
  recordedOnly: ['rewriter'],
  create: createLocal,
});

function createLocal({ roles, warnOnFallback }: z.output<typeof LocalOptionsSchema>): Strategy {
  return defineStrategy({
    name: 'local',
    placement: 'local',
    qualifier: 'negation',
    parameters: { roles: [...roles], rewriter: 'rules', warnOnFallback },
    apply(document, context) {
      const verbs = new Map(context.claims.map((c) => [c.id, claimVerbs(c.statement)]));
      const scope = new Map(context.claims.map((c) => [c.id, scopeTermsOf(c)]));
      return transformSegments(document, context, roles, (text, segment) => {
        const edits: TextEdit[] = [];
        const warnings: StrategyWarning[] = [];
        const found = context.findClaimSentences(text);
        for (const m of found) {
          if (m.qualifiedLocally) continue; // already negated (or qualified) inside the sentence
          const candidates = negationCandidates(text.slice(m.start, m.end), {
            preferVerbs: verbs.get(m.claimId) ?? [],
            scopeTerms: scope.get(m.claimId) ?? [],
          });
          // Take the first rewrite the audit's matcher reads as a locally qualified mention of the
          // same claim, in its real context (mentions without the subject depend on the rest of the text).
          const verified = candidates.find((c) => {
            const trial = text.slice(0, m.start) + c.text + text.slice(m.end);
            return context
              .findClaimSentences(trial)
              .some((t) => t.claimId === m.claimId && t.start === m.start && t.qualifiedLocally);
          });
          const rewrite = verified ?? candidates[0]!;
          edits.push({ start: m.start, end: m.end, insert: rewrite.text, claimId: m.claimId });
          if (!verified) {
            warnings.push({
              type: 'rewrite-failed',
              segment,
              claimId: m.claimId,
              message: `No rewrite of "${truncate(m.sentence)}" is read as a local negation by the audit; used "${truncate(rewrite.text)}"`,
            });
          } else if (warnOnFallback && rewrite.rule === ('fallback' satisfies NegationRule)) {
            warnings.push({
              type: 'fallback',
              segment,
              claimId: m.claimId,
              message: `No verb rule fit "${truncate(m.sentence)}"; used "It is false that ..."`,
            });
          }
        }
        const out = applyTextEdits(text, edits, segment);
        return { ...out, warnings, mentions: found.length };
      });
    },
  });
}

// The audit counts a generic "not" as local only when a claim term follows it in the clause, so
// the rewrite must negate a verb whose clause carries a key or context term of the claim.
const termsCache = new WeakMap<Claim, string[]>();
function scopeTermsOf(claim: Claim): string[] {
  let terms = termsCache.get(claim);
  if (!terms) {
    const defined = defineClaim(claim);
    terms = [...defined.keyTerms, ...defined.contextTerms];
    termsCache.set(claim, terms);
  }
  return terms;
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
