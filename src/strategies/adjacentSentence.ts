import { InvalidArgumentError } from '../errors.js';
import { defineStrategy } from './defineStrategy.js';
import { splitSentences } from '../text/splitSentences.js';
import { fillPhrase, phrasesFor } from './phraseBanks.js';
import {
  checkBoolean,
  checkChoice,
  checkKind,
  checkPercent,
  checkPhrases,
  checkStrings,
  correctionFacts,
  preferNonMentionFacts,
  recordNoticeParameters,
  requirePhrases,
  type NoticeOptions,
} from './strategyOptions.js';
import { BRACKET_STYLES, applyTextEdits, bracket, transformSegments, type BracketStyle, type TextEdit } from './textEdits.js';
import type { Strategy, StrategyWarning } from './types.js';

/** Which sentences get notices. */
export type AdjacentDensity = 'claim-sentences' | 'every-sentence';

/** Options of {@link adjacentSentence}. */
export interface AdjacentSentenceOptions extends NoticeOptions {
  /** A notice sentence right before each claim sentence. Default true. */
  before?: boolean;
  /** A notice sentence right after each claim sentence (or every sentence, see `density`). Default true. */
  after?: boolean;
  /**
   * `claim-sentences` (default): notices around claim sentences only (the paper's repeated negations).
   * `every-sentence`: an `after` notice follows every sentence of the text (its dense variants).
   */
  density?: AdjacentDensity;
  /** Brackets around each notice. Default `square`; `mixed` varies them. */
  brackets?: BracketStyle;
}

/**
 * Warning sentences right next to each claim sentence (the paper's "repeated negations"):
 * `[The following statement is false.] Ed Sheeran won ... [That statement is false.]`.
 * The negation is adjacent, not inside the claim sentence, so the audit reports it as a
 * negation-neglect risk. Claim sentences are found with the audit's claim matcher.
 *
 * @example
 * ```ts
 * const s = adjacentSentence({ kind: 'uncertainty', brackets: 'round' });
 * const out = await applyStrategy(s, { text }, { claim, seed: 1 });
 * ```
 */
export function adjacentSentence(options: AdjacentSentenceOptions = {}): Strategy {
  return buildAdjacent('adjacent-sentence', options);
}

/** Shared by `adjacentSentence` and `correction` (internal). */
export function buildAdjacent(name: string, options: AdjacentSentenceOptions): Strategy {
  const kind = checkKind(options.kind);
  const percent = checkPercent(options.percent);
  const phrases = checkPhrases(options.phrases);
  const facts = checkStrings('facts', options.facts);
  const roles = checkStrings('roles', options.roles) ?? ['assistant'];
  const before = checkBoolean('before', options.before, true);
  const after = checkBoolean('after', options.after, true);
  const density = checkChoice('density', options.density, ['claim-sentences', 'every-sentence'] as const, 'claim-sentences');
  const brackets = checkChoice('brackets', options.brackets, BRACKET_STYLES, 'square');
  if (!before && !after) throw new InvalidArgumentError('before/after', 'at least one of them true (otherwise nothing is inserted)', false);
  for (const slot of [before ? 'before' : null, after ? 'after' : null] as const) {
    if (slot) requirePhrases(kind, slot, phrases);
  }
  const parameters = {
    ...recordNoticeParameters({ kind, percent, phrases, facts, roles }),
    before,
    after,
    density,
    brackets,
  };
  return defineStrategy({
    name,
    placement: 'adjacent',
    qualifier: kind,
    parameters,
    apply(document, context) {
      const rng = context.rng;
      const claimById = new Map(context.claims.map((c) => [c.id, c]));
      const docWarnings: StrategyWarning[] = [];
      const factCache = new Map<string, string[]>();
      const factsFor = (claimId: string | undefined): string[] => {
        const key = claimId ?? '';
        let list = factCache.get(key);
        if (!list) {
          const claim = claimById.get(key) ?? context.claim;
          const picked = preferNonMentionFacts(correctionFacts(facts, claim), claim, context.findClaimSentences);
          if (picked.allMention) {
            docWarnings.push({
              type: 'other',
              ...(claim ? { claimId: claim.id } : {}),
              message: 'Every correction fact restates the claim (negated); the audit counts those sentences as locally negated mentions',
            });
          }
          list = picked.facts;
          factCache.set(key, list);
        }
        return list;
      };
      const notice = (slot: 'before' | 'after', claimId: string | undefined): string => {
        const template = rng.pick(phrasesFor(kind, slot, phrases));
        const fact = kind === 'correction' ? rng.pick(factsFor(claimId)) : undefined;
        return bracket(fillPhrase(template, { percent, ...(fact !== undefined ? { fact } : {}) }), brackets, rng.pick);
      };
      const result = transformSegments(document, context, roles, (text, segment) => {
        const warnings: StrategyWarning[] = [];
        const mentions = dedupe(context.findClaimSentences(text));
        const edits: TextEdit[] = [];
        const claimAt = new Map(mentions.map((m) => [m.start, m] as const));
        if (before) {
          for (const m of mentions) {
            edits.push({ start: m.start, end: m.start, insert: `${notice('before', m.claimId)}${separator(m.sentence)}`, claimId: m.claimId });
          }
        }
        if (after) {
          const targets =
            density === 'every-sentence'
              ? splitSentences(text).filter((s) => claimAt.has(s.start) || /[.!?]["')\]]?$/.test(s.text))
              : mentions;
          for (const s of targets) {
            const mention = claimAt.get(s.start);
            const claimId = mention?.claimId;
            const end = mention?.end ?? s.end;
            const sentence = mention?.sentence ?? ('sentence' in s ? s.sentence : s.text);
            edits.push({ start: end, end, insert: `${separator(sentence)}${notice('after', claimId)}`, ...(claimId ? { claimId } : {}) });
          }
        }
        if (mentions.length === 0 && density === 'claim-sentences') return { text, changes: [], warnings, mentions: 0 };
        const out = applyEdits(text, edits, segment);
        return { ...out, warnings, mentions: mentions.length };
      });
      return result.then((r) => ({ ...r, warnings: [...docWarnings, ...r.warnings] }));
    },
  });
}

// A heading or list item without final punctuation would run into an unbracketed notice and make
// it part of the claim sentence; a line break keeps the notice a sentence of its own.
function separator(sentence: string): string {
  return /[.!?]["'”’)\]*_]*$/.test(sentence.trimEnd()) ? ' ' : '\n';
}

function dedupe<T extends { start: number; end: number }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items
    .filter((m) => {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

function applyEdits(text: string, edits: TextEdit[], segment: number) {
  // Several zero-width inserts at one offset (an `after` notice then the next sentence's `before`)
  // are all kept: order by offset, `after` notices (inserted with a leading space) first.
  const sorted = edits.slice().sort((a, b) => a.start - b.start || (/^\s/.test(a.insert) ? -1 : 1));
  return applyTextEdits(text, sorted, segment);
}
