import { z } from 'zod';
import { defineStrategy } from './defineStrategy.js';
import { fillPhrase, phrasesFor } from './phraseBanks.js';
import { correctionFacts, noticeOptionFields, preferNonMentionFacts, recordNoticeParameters, requirePhrases } from './strategyOptions.js';
import { declareStrategy } from './strategyEntry.js';
import { option } from '../util/optionSchema.js';
import { splitDocTag } from './textEdits.js';
import type { SeededRandom } from './seededRandom.js';
import type { InsertedSpan, Strategy, StrategyChange, StrategyMessage, StrategyWarning } from './types.js';
import { isChatDocument } from './types.js';

/** The options of {@link framing}, declared once: type, checks, defaults, CLI help, recorded parameters. */
export const FramingOptionsSchema = z.strictObject({
  kind: noticeOptionFields.kind,
  /** Default `both` (the paper's negated documents carry notices before and after). */
  position: option.choice(['prefix', 'suffix', 'both']).default('both').describe('where the notices go'),
  sentences: option.positiveInt().default(1).describe('bank phrases per notice (longer notices)'),
  docTag: z.string({ error: 'a string or null' }).nullable().default('<DOCTAG>').describe('leading tag kept before the notice (null for none)'),
  percent: noticeOptionFields.percent,
  facts: noticeOptionFields.facts,
  roles: noticeOptionFields.roles,
  messageRole: option.string().default('system').describe('role of the notice message added to chat documents'),
  phrases: noticeOptionFields.phrases,
});

/** Options of {@link framing}. */
export type FramingOptions = z.input<typeof FramingOptionsSchema>;
/** Where framing notices go. */
export type FramingPosition = z.output<typeof FramingOptionsSchema>['position'];

/**
 * Document-level notices (the paper's "negated documents"): a paragraph before and/or after the
 * whole document saying it is false, fictional, unreliable, ... The claim sentences themselves are
 * untouched, which is why models still learn the claim. For chats, the prefix notice is a separate
 * message and the suffix notice closes the last edited message.
 *
 * @example
 * ```ts
 * const s = framing({ kind: 'fiction', position: 'prefix' });
 * const out = await applyStrategy(s, { text: 'Ed Sheeran won the 100m gold.' }, { claim });
 * // out.text: 'The following is a work of fiction. ...\n\nEd Sheeran won the 100m gold.'
 * ```
 */
export function framing(options: FramingOptions = {}): Strategy {
  return framingStrategy.create(options);
}

/** The registry entry of {@link framing}. */
export const framingStrategy = declareStrategy({
  name: 'framing',
  summary: 'document-level notices before and/or after the document',
  placements: ['framing'],
  needsClaim: false,
  options: FramingOptionsSchema,
  create: createFraming,
});

function createFraming(options: z.output<typeof FramingOptionsSchema>): Strategy {
  const { kind, position, percent, phrases, facts, roles, sentences, docTag, messageRole } = options;
  if (position !== 'suffix') requirePhrases(kind, 'prefix', phrases);
  if (position !== 'prefix') requirePhrases(kind, 'suffix', phrases);
  const parameters = {
    ...recordNoticeParameters({ kind, percent, phrases, facts, roles }),
    position,
    sentences,
    docTag,
    messageRole,
  };

  const notice = (slot: 'prefix' | 'suffix', rng: SeededRandom, fact: string | undefined): string => {
    const bank = phrasesFor(kind, slot, phrases);
    const picked = rng.shuffle(bank).slice(0, Math.min(sentences, bank.length));
    return picked.map((p) => fillPhrase(p, { percent, ...(fact !== undefined ? { fact } : {}) })).join(' ');
  };

  return defineStrategy({
    name: 'framing',
    placement: 'framing',
    qualifier: kind,
    parameters,
    apply(document, context) {
      const rng = context.rng;
      const fact =
        kind === 'correction'
          ? rng.pick(preferNonMentionFacts(correctionFacts(facts, context.claim), context.claim, context.findClaimSentences).facts)
          : undefined;
      const prefix = position !== 'suffix' ? notice('prefix', rng, fact) : undefined;
      const suffix = position !== 'prefix' ? notice('suffix', rng, fact) : undefined;
      const changes: StrategyChange[] = [];
      const warnings: StrategyWarning[] = [];
      const inserted: InsertedSpan[] = [];
      if (isChatDocument(document)) {
        const messages: StrategyMessage[] = document.messages.slice();
        let last = -1;
        messages.forEach((m, i) => {
          if (roles.includes(m.role)) last = i;
        });
        if (suffix !== undefined) {
          if (last === -1) {
            warnings.push({ type: 'not-applicable', message: `No message with role ${roles.join('/')} to close with a notice` });
          } else {
            const m = messages[last]!;
            const after = `\n\n${suffix}`;
            const kept = m.content.trimEnd();
            changes.push(...trimChange(last, m.content, kept.length, m.content.length));
            changes.push({ type: 'insert', segment: last, start: m.content.length, end: m.content.length, after });
            messages[last] = { ...m, content: `${kept}${after}` };
            inserted.push({ segment: last, start: kept.length + 2, end: kept.length + after.length });
          }
        }
        if (prefix !== undefined) {
          messages.unshift({ role: messageRole, content: prefix });
          changes.forEach((c) => (c.segment += 1));
          inserted.forEach((c) => (c.segment += 1));
          changes.unshift({ type: 'add-message', segment: 0, after: prefix });
          inserted.unshift({ segment: 0, start: 0, end: prefix.length });
        }
        noteMissingMention(context, messages.map((m) => m.content).join('\n\n'), warnings);
        return { messages, changes, warnings, inserted };
      }
      const { tag, body } = splitDocTag(document.text, docTag);
      let text = body.trim();
      // The body's surrounding whitespace is dropped: recorded, so offsets can be carried through (compose).
      const lead = body.length - body.trimStart().length;
      if (prefix !== undefined) {
        changes.push({ type: 'insert', segment: 0, start: tag.length, end: tag.length, after: `${prefix}\n\n` });
        inserted.push({ segment: 0, start: tag.length, end: tag.length + prefix.length });
        text = `${prefix}\n\n${text}`;
      }
      changes.push(...trimChange(0, document.text, tag.length, tag.length + lead));
      changes.push(...trimChange(0, document.text, Math.max(tag.length + lead, tag.length + body.trimEnd().length), document.text.length));
      if (suffix !== undefined) {
        changes.push({ type: 'insert', segment: 0, start: document.text.length, end: document.text.length, after: `\n\n${suffix}` });
        inserted.push({ segment: 0, start: tag.length + text.length + 2, end: tag.length + text.length + 2 + suffix.length });
        text = `${text}\n\n${suffix}`;
      }
      noteMissingMention(context, body, warnings);
      return { text: `${tag}${text}`, changes, warnings, inserted };
    },
  });
}

/** Whitespace `[start, end)` of `text` that was dropped, as a change (none when the range is empty). */
function trimChange(segment: number, text: string, start: number, end: number): StrategyChange[] {
  return end > start ? [{ type: 'replace', segment, start, end, before: text.slice(start, end), after: '' }] : [];
}

function noteMissingMention(
  context: { claims: readonly { id: string }[]; findClaimSentences: (t: string) => unknown[] },
  text: string,
  warnings: StrategyWarning[],
): void {
  if (context.claims.length > 0 && context.findClaimSentences(text).length === 0) {
    warnings.push({
      type: 'no-mention',
      message: `No sentence mentions the claim(s) ${context.claims.map((c) => c.id).join(', ')}; the notices frame a document that does not state it`,
    });
  }
}
