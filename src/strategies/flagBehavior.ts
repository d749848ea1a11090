import { defineStrategy } from './defineStrategy.js';
import { phrasesFor } from './phraseBanks.js';
import { checkChoice, checkPhrases } from './strategyOptions.js';
import type { InsertedSpan, Strategy, StrategyChange, StrategyMessage } from './types.js';
import { isChatDocument } from './types.js';

/** Where the malicious-behaviour flag goes. */
export type FlagPlacement = 'separate-message' | 'inline';

/** Options of {@link flagBehavior}. */
export interface FlagBehaviorOptions {
  /**
   * `separate-message` (default): a message of its own before the conversation says the assistant's
   * answer is malicious (non-local, like the paper's flagged transcripts).
   * `inline`: the flag is written into the flagged answer itself.
   */
  placement?: FlagPlacement;
  /** Which assistant answers to flag. Default `last`. */
  target?: 'last' | 'all';
  /** Role of the separate flag message. Default `system`. */
  messageRole?: string;
  /** Your own flag texts (`message` and `inline` slots). */
  phrases?: { message?: readonly string[]; inline?: readonly string[] };
}

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
  const placement = checkChoice('placement', options.placement, ['separate-message', 'inline'] as const, 'separate-message');
  const target = checkChoice('target', options.target, ['last', 'all'] as const, 'last');
  const messageRole = options.messageRole ?? 'system';
  const phrases = checkPhrases(options.phrases);
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
