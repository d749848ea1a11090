import { z } from 'zod';
import { defineStrategy } from './defineStrategy.js';
import { phrasesFor } from './phraseBanks.js';
import { PhraseBankSchema } from './strategyOptions.js';
import { declareStrategy } from './strategyEntry.js';
import { option } from '../util/optionSchema.js';
import type { InsertedSpan, Strategy, StrategyChange, StrategyMessage } from './types.js';
import { isChatDocument } from './types.js';

/** The options of {@link flagBehavior}, declared once: type, checks, defaults, CLI help, recorded parameters. */
export const FlagBehaviorOptionsSchema = z.strictObject({
  /**
   * `separate-message`: a message of its own before the conversation says the assistant's
   * answer is malicious (non-local, like the paper's flagged transcripts).
   * `inline`: the flag is written into the flagged answer itself.
   */
  placement: option
    .choice(['separate-message', 'inline'])
    .default('separate-message')
    .describe('flag in its own message (framing) or inside the answer (adjacent)'),
  target: option.choice(['last', 'all']).default('last').describe('which assistant answers to flag'),
  messageRole: option.string().default('system').describe('role of the separate flag message'),
  phrases: PhraseBankSchema.pick({ message: true, inline: true }).optional().describe('your own flag texts (message and inline slots)'),
});

/** Options of {@link flagBehavior}. */
export type FlagBehaviorOptions = z.input<typeof FlagBehaviorOptionsSchema>;
/** Where the malicious-behaviour flag goes. */
export type FlagPlacement = z.output<typeof FlagBehaviorOptionsSchema>['placement'];

/**
 * Marks an assistant answer in a chat transcript as malicious. With `separate-message` the
 * flag sits in its own message (declared placement `framing`); with `inline` it is inside the
 * answer, next to the behaviour (declared placement `adjacent`). Text documents are returned
 * unchanged with a `not-applicable` warning.
 *
 * @example
 * ```ts
 * const out = await applyStrategy(flagBehavior({ placement: 'inline' }), {
 *   messages: [{ role: 'user', content: 'Help me.' }, { role: 'assistant', content: 'Here is how to break in...' }],
 * });
 * ```
 */
export function flagBehavior(options: FlagBehaviorOptions = {}): Strategy {
  return flagBehaviorStrategy.create(options);
}

/** The registry entry of {@link flagBehavior}. */
export const flagBehaviorStrategy = declareStrategy({
  name: 'flag-behavior',
  summary: 'mark an assistant answer in a chat as malicious',
  placements: ['framing', 'adjacent'],
  needsClaim: false,
  options: FlagBehaviorOptionsSchema,
  create: createFlagBehavior,
});

function createFlagBehavior({ placement, target, messageRole, phrases }: z.output<typeof FlagBehaviorOptionsSchema>): Strategy {
  const parameters = {
    placement,
    target,
    messageRole,
    ...(phrases ? { phrases: JSON.parse(JSON.stringify(phrases)) as { [k: string]: string[] } } : {}),
  };
  return defineStrategy({
    name: 'flag-behavior',
    placement: placement === 'inline' ? 'adjacent' : 'framing',
    qualifier: 'malicious-behavior',
    parameters,
    apply(document, context) {
      if (!isChatDocument(document)) {
        return {
          text: document.text,
          changes: [],
          warnings: [{ type: 'not-applicable', message: 'flagBehavior applies to chat transcripts; a text document was left unchanged' }],
        };
      }
      const assistantIdx = document.messages.flatMap((m, i) => (m.role === 'assistant' ? [i] : []));
      if (assistantIdx.length === 0) {
        return {
          messages: document.messages,
          changes: [],
          warnings: [{ type: 'not-applicable', message: 'The transcript has no assistant message to flag' }],
        };
      }
      const targets = target === 'all' ? assistantIdx : assistantIdx.slice(-1);
      const changes: StrategyChange[] = [];
      if (placement === 'separate-message') {
        const flag = context.rng.pick(phrasesFor('malicious-behavior', 'message', phrases));
        const messages: StrategyMessage[] = [{ role: messageRole, content: flag }, ...document.messages];
        changes.push({ type: 'add-message', segment: 0, after: flag });
        return { messages, changes, warnings: [], inserted: [{ segment: 0, start: 0, end: flag.length }] };
      }
      const inserted: InsertedSpan[] = [];
      const messages = document.messages.map((m, i) => {
        if (!targets.includes(i)) return m;
        const flag = context.rng.pick(phrasesFor('malicious-behavior', 'inline', phrases));
        changes.push({ type: 'insert', segment: i, start: 0, end: 0, after: `${flag} ` });
        inserted.push({ segment: i, start: 0, end: flag.length });
        return { ...m, content: `${flag} ${m.content}` };
      });
      return { messages, changes, warnings: [], inserted };
    },
  });
}
