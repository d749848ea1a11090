/** Price of a model in US dollars per million tokens. */
export interface ChatModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
}

/** A price table: keys are `provider/modelId` or a bare `modelId` (matched in that order). */
export type ChatPriceTable = Readonly<Record<string, ChatModelPrice>>;

/**
 * When {@link DEFAULT_PRICES} was last checked against the providers' public list prices.
 *
 * @example
 * ```ts
 * console.log(`costs use list prices of ${DEFAULT_PRICES_DATE}`);
 * ```
 */
export const DEFAULT_PRICES_DATE = '2025-08-15';

/**
 * Standard (non-batch, uncached-input) list prices for a few well-known models, as published
 * on {@link DEFAULT_PRICES_DATE}. Prices change: pass your own table to `usageTracker` for
 * anything that matters. Batch APIs bill about half of these.
 *
 * @example
 * ```ts
 * const tracker = usageTracker({ prices: { ...DEFAULT_PRICES, 'my-finetune': { inputPerMillion: 3, outputPerMillion: 12 } } });
 * ```
 */
export const DEFAULT_PRICES: ChatPriceTable = Object.freeze({
  'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 },
  'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  'gpt-4.1': { inputPerMillion: 2, outputPerMillion: 8 },
  'gpt-4.1-mini': { inputPerMillion: 0.4, outputPerMillion: 1.6 },
  'gpt-4.1-nano': { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  'claude-opus-4-1': { inputPerMillion: 15, outputPerMillion: 75 },
  'claude-sonnet-4-0': { inputPerMillion: 3, outputPerMillion: 15 },
  'claude-3-5-haiku-latest': { inputPerMillion: 0.8, outputPerMillion: 4 },
});
