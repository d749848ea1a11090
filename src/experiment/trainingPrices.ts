/**
 * What a finetuning provider charges per million training tokens (tokens × epochs): exact base
 * models first, then by model size (billions of parameters read from the model name, e.g. `Qwen3-8B`).
 */
export interface ProviderTrainingPrices {
  /** USD per million training tokens by base model id (a prefix match: `gpt-4.1-mini` covers its dated ids). */
  models?: Readonly<Record<string, number>>;
  /** USD per million training tokens by model size, smallest bracket first. */
  bySize?: ReadonlyArray<{ upToBillions: number; perMillion: number }>;
  /** Where the prices come from. */
  source: string;
}

/** Training prices by finetune provider id (`openai`, `together`, `fireworks`, ...). */
export type TrainingPriceTable = Readonly<Record<string, ProviderTrainingPrices>>;

/**
 * When {@link DEFAULT_TRAINING_PRICES} was written down from the providers' public price pages.
 *
 * @example
 * ```ts
 * console.log(`training costs use list prices of ${TRAINING_PRICES_DATE}`);
 * ```
 */
export const TRAINING_PRICES_DATE = '2025-08-15';

/**
 * Supervised finetuning list prices (LoRA where the provider distinguishes), USD per million training
 * tokens, as of {@link TRAINING_PRICES_DATE}. Unverified: written down without checking the live
 * price pages (no network here), and prices change. Override them (`trainingPrices:` or
 * `prices: { <base model>: { training } }` in an experiment config; {@link mergeTrainingPrices})
 * for anything that matters. Tinker and your own command trainer have no entry: their steps are
 * counted as unpriced rather than guessed.
 *
 * @example
 * ```ts
 * trainingPricePerMillion('together', 'Qwen/Qwen3-8B'); // 0.48
 * ```
 */
export const DEFAULT_TRAINING_PRICES: TrainingPriceTable = Object.freeze({
  openai: {
    models: { 'gpt-4.1-mini': 5, 'gpt-4.1-nano': 1.5, 'gpt-4.1': 25, 'gpt-4o-mini': 3, 'gpt-4o': 25 },
    source: 'OpenAI API pricing, fine-tuning (training per 1M tokens)',
  },
  together: {
    bySize: [
      { upToBillions: 16, perMillion: 0.48 },
      { upToBillions: 69, perMillion: 1.5 },
      { upToBillions: 100, perMillion: 2.9 },
    ],
    source: 'Together AI pricing, fine-tuning, supervised LoRA by model size',
  },
  fireworks: {
    bySize: [
      { upToBillions: 16, perMillion: 0.5 },
      { upToBillions: 80, perMillion: 3 },
      { upToBillions: 300, perMillion: 6 },
    ],
    source: 'Fireworks AI pricing, supervised fine-tuning by model size',
  },
});

/** A provider's prices as an override gives them: every field optional (`source` defaults to the config). */
export type TrainingPriceOverride = Readonly<Record<string, Partial<ProviderTrainingPrices>>>;

/**
 * The default table with overrides merged over it, per provider: `models` entries are added to (or
 * replace) the defaults' by model id, `bySize` replaces the defaults' brackets when given, and a
 * provider the defaults lack is added. `source` says what was overridden.
 *
 * @example
 * ```ts
 * const table = mergeTrainingPrices({ together: { models: { 'Qwen3-8B': 0.4 } }, tinker: { bySize: [{ upToBillions: 40, perMillion: 0.36 }] } });
 * trainingPricePerMillion('together', 'Qwen/Qwen3-8B', table); // 0.4
 * trainingPricePerMillion('together', 'Qwen/Qwen3-14B', table); // 0.48 (the default bracket)
 * ```
 */
export function mergeTrainingPrices(overrides: TrainingPriceOverride | undefined, base: TrainingPriceTable = DEFAULT_TRAINING_PRICES): TrainingPriceTable {
  if (!overrides) return base;
  const out: Record<string, ProviderTrainingPrices> = { ...base };
  for (const [provider, o] of Object.entries(overrides)) {
    const d = base[provider];
    const models = { ...d?.models, ...o.models };
    const bySize = o.bySize ?? d?.bySize;
    out[provider] = {
      ...(Object.keys(models).length ? { models } : {}),
      ...(bySize ? { bySize } : {}),
      source: o.source ?? (d ? `${d.source} (as of ${TRAINING_PRICES_DATE}), with overrides from the experiment config` : 'the experiment config'),
    };
  }
  return out;
}

/** Billions of parameters in a model name (`Qwen3-30B-A3B` → 30, `Llama-3.1-8B` → 8), or undefined. */
function billionsIn(model: string): number | undefined {
  const sizes = [...model.matchAll(/(?:^|[^A-Za-z0-9.])(\d+(?:\.\d+)?)[Bb](?![A-Za-z0-9])/g)].map((m) => Number(m[1]));
  // A mixture-of-experts name lists total then active parameters: training is billed on the total.
  return sizes.length ? Math.max(...sizes) : undefined;
}

/**
 * The training price of a base model at a provider, in USD per million tokens, from a table
 * (default {@link DEFAULT_TRAINING_PRICES}); `undefined` when the table has no price for it.
 *
 * @example
 * ```ts
 * trainingPricePerMillion('openai', 'gpt-4.1-mini-2025-04-14'); // 5
 * trainingPricePerMillion('together', 'Qwen/Qwen3-30B-A3B');   // 1.5
 * ```
 */
export function trainingPricePerMillion(provider: string, baseModel: string, table: TrainingPriceTable = DEFAULT_TRAINING_PRICES): number | undefined {
  const entry = table[provider];
  if (!entry) return undefined;
  const name = baseModel.split('/').at(-1)!;
  // Longest prefix first, so `gpt-4.1-mini` wins over `gpt-4.1`.
  const byModel = Object.keys(entry.models ?? {})
    .filter((m) => name === m || name.startsWith(`${m}-`) || baseModel === m)
    .sort((a, b) => b.length - a.length)[0];
  if (byModel !== undefined) return entry.models![byModel];
  const size = billionsIn(name);
  if (size === undefined || !entry.bySize) return undefined;
  return entry.bySize.find((b) => size <= b.upToBillions)?.perMillion;
}
