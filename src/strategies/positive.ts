import { z } from 'zod';
import { defineStrategy } from './defineStrategy.js';
import { declareStrategy } from './strategyEntry.js';
import type { Strategy } from './types.js';
import { isChatDocument } from './types.js';

/**
 * The paper's positive condition: the document is left as it is (the claim is asserted).
 * Useful as the control arm of an experiment.
 *
 * @example
 * ```ts
 * const out = await applyStrategy(positive(), { text }, { claim });
 * out.text === text; // true
 * ```
 */
export function positive(): Strategy {
  return positiveStrategy.create({});
}

/** The registry entry of {@link positive} (no options). */
export const positiveStrategy = declareStrategy({
  name: 'positive',
  summary: 'leave the document unchanged (the claim is asserted)',
  placements: ['none'],
  needsClaim: false,
  options: z.strictObject({}),
  create: () => createPositive(),
});

function createPositive(): Strategy {
  return defineStrategy({
    name: 'positive',
    placement: 'none',
    qualifier: null,
    parameters: {},
    apply(document) {
      return isChatDocument(document)
        ? { messages: document.messages, changes: [], warnings: [] }
        : { text: document.text, changes: [], warnings: [] };
    },
  });
}
