import type { Claim } from '../claims/claim.js';
import { defineClaim } from '../claims/defineClaim.js';
import { defineStrategy } from './defineStrategy.js';
import { claimVerbs, negationCandidates, type NegationRule } from './negateSentence.js';
import { checkStrings } from './strategyOptions.js';
import { applyTextEdits, transformSegments, type TextEdit } from './textEdits.js';
import type { Strategy, StrategyWarning } from './types.js';

/** Options of {@link local}. */
export interface LocalOptions {
  /** Chat roles whose messages are edited. Default `['assistant']`. */
  roles?: readonly string[];
  /** Report sentences that needed the "It is false that ..." fallback as warnings. Default true. */
  warnOnFallback?: boolean;
}

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
  const roles = checkStrings('roles', options.roles) ?? ['assistant'];
  const warnOnFallback = options.warnOnFallback ?? true;
  return defineStrategy({
    name: 'local',
    placement: 'local',
    qualifier: 'negation',
    parameters: { roles, rewriter: 'rules', warnOnFallback },
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
