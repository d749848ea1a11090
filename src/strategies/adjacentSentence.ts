import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { defineStrategy } from './defineStrategy.js';
import { splitSentences } from '../text/splitSentences.js';
import { fillPhrase, phrasesFor } from './phraseBanks.js';
import { correctionFacts, noticeOptionFields, preferNonMentionFacts, recordNoticeParameters, requirePhrases } from './strategyOptions.js';
import { declareStrategy } from './strategyEntry.js';
import { option } from '../util/optionSchema.js';
import { BRACKET_STYLES, applyTextEdits, bracket, transformSegments, type TextEdit } from './textEdits.js';
import type { Strategy, StrategyWarning } from './types.js';

/** The options of {@link adjacentSentence}, declared once: type, checks, defaults, CLI help, recorded parameters. */
export const AdjacentSentenceOptionsSchema = z.strictObject({
  kind: noticeOptionFields.kind,
  before: option.boolean().default(true).describe('notice before each claim sentence'),
  after: option.boolean().default(true).describe('notice after each claim sentence'),
  /**
   * `claim-sentences`: notices around claim sentences only (the paper's repeated negations).
   * `every-sentence`: an `after` notice follows every sentence of the text (its dense variants).
   */
  density: option.choice(['claim-sentences', 'every-sentence']).default('claim-sentences').describe('which sentences get an after-notice'),
  brackets: option.choice(BRACKET_STYLES).default('square').describe('brackets around notices (mixed varies them)'),
  percent: noticeOptionFields.percent,
  facts: noticeOptionFields.facts,
  roles: noticeOptionFields.roles,
  phrases: noticeOptionFields.phrases,
});

/** Options of {@link adjacentSentence}. */
export type AdjacentSentenceOptions = z.input<typeof AdjacentSentenceOptionsSchema>;
/** Which sentences get notices. */
export type AdjacentDensity = z.output<typeof AdjacentSentenceOptionsSchema>['density'];

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
  return adjacentSentenceStrategy.create(options);
}

/** The registry entry of {@link adjacentSentence}. */
export const adjacentSentenceStrategy = declareStrategy({
  name: 'adjacent-sentence',
  summary: 'a warning sentence right before/after each claim sentence',
  placements: ['adjacent'],
  needsClaim: true,
  options: AdjacentSentenceOptionsSchema,
  create: (options) => buildAdjacent('adjacent-sentence', options),
});

/** Shared by `adjacentSentence` and `correction` (internal); takes parsed options. */
export function buildAdjacent(name: string, options: z.output<typeof AdjacentSentenceOptionsSchema>): Strategy {
  const { kind, percent, phrases, facts, roles, before, after, density, brackets } = options;
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
