import type { Usage } from './chatModel.js';
import type { ChatModelPrice, ChatPriceTable } from './defaultPrices.js';
import { DEFAULT_PRICES } from './defaultPrices.js';
import type { ChatMiddleware } from './wrapChatModel.js';

/** Usage and cost of one model (or of everything, in `UsageSummary`). */
export interface UsageTotals {
  /** Calls answered by the provider. */
  calls: number;
  /** Calls answered entirely from the cache (not billed). */
  cachedCalls: number;
  /** Calls that threw. */
  failedCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** Tokens of cached answers (what they cost when first generated). */
  cachedInputTokens: number;
  cachedOutputTokens: number;
  /**
   * Cost of the billed tokens in USD; undefined for a model without a price. In a summary's
   * totals: the sum over priced models (see `unpricedModels` for what is missing).
   */
  costUsd: number | undefined;
}

/** Snapshot from {@link UsageTrackerMiddleware.summary}. */
export interface UsageSummary extends UsageTotals {
  /** Per `provider/modelId`. */
  byModel: Record<string, UsageTotals>;
  /** Models that had billed tokens but no price (their cost is missing from `costUsd`). */
  unpricedModels: string[];
}

/** Options of {@link usageTracker}. */
export interface UsageTrackerOptions {
  /** Price table; default {@link DEFAULT_PRICES}. Merge with it to add models. */
  prices?: ChatPriceTable;
  /** Called after every call with its usage (e.g. to log or enforce a budget). */
  onUsage?: (event: { provider: string; modelId: string; usage: Usage; cached: boolean; costUsd: number | undefined }) => void;
}

/** A usage-tracking middleware. */
export interface UsageTrackerMiddleware extends ChatMiddleware {
  summary(): UsageSummary;
  reset(): void;
}

/**
 * Counts tokens and cost per model. Place it outside `cache` to see cached calls (counted
 * separately, cost 0) or inside to count only real requests. Share one tracker between models.
 *
 * @example
 * ```ts
 * const usage = usageTracker();
 * const model = wrapChatModel({ model: base, middleware: [usage, cache({ store }), retry()] });
 * // ... run
 * console.log(usage.summary().costUsd);
 * ```
 */
export function usageTracker(options: UsageTrackerOptions = {}): UsageTrackerMiddleware {
  const prices = options.prices ?? DEFAULT_PRICES;
  let byModel = new Map<string, UsageTotals>();
  const empty = (): UsageTotals => ({
    calls: 0,
    cachedCalls: 0,
    failedCalls: 0,
    inputTokens: 0,
    outputTokens: 0,
    cachedInputTokens: 0,
    cachedOutputTokens: 0,
    costUsd: 0,
  });
  const priceOf = (provider: string, modelId: string): ChatModelPrice | undefined => prices[`${provider}/${modelId}`] ?? prices[modelId];
  const totalsFor = (label: string) => {
    let t = byModel.get(label);
    if (!t) byModel.set(label, (t = empty()));
    return t;
  };

  return {
    name: 'usageTracker',
    options: { pricedModels: Object.keys(prices).length },
    async wrapGenerate({ options: call, next, model }) {
      const label = `${model.provider}/${model.modelId}`;
      const t = totalsFor(label);
      let result;
      try {
        result = await next(call);
      } catch (error) {
        t.failedCalls++;
        throw error;
      }
      const cached = result.providerMetadata?.cached === true;
      const price = priceOf(model.provider, model.modelId);
      let cost: number | undefined = 0;
      if (cached) {
        t.cachedCalls++;
        t.cachedInputTokens += result.usage.inputTokens;
        t.cachedOutputTokens += result.usage.outputTokens;
      } else {
        t.calls++;
        t.inputTokens += result.usage.inputTokens;
        t.outputTokens += result.usage.outputTokens;
        cost = price ? (result.usage.inputTokens * price.inputPerMillion + result.usage.outputTokens * price.outputPerMillion) / 1e6 : undefined;
        t.costUsd = cost === undefined || t.costUsd === undefined ? undefined : t.costUsd + cost;
      }
      options.onUsage?.({ provider: model.provider, modelId: model.modelId, usage: result.usage, cached, costUsd: cost });
      return result;
    },
    summary() {
      const total = empty();
      const out: Record<string, UsageTotals> = {};
      const unpricedModels: string[] = [];
      for (const [label, t] of byModel) {
        out[label] = { ...t };
        total.calls += t.calls;
        total.cachedCalls += t.cachedCalls;
        total.failedCalls += t.failedCalls;
        total.inputTokens += t.inputTokens;
        total.outputTokens += t.outputTokens;
        total.cachedInputTokens += t.cachedInputTokens;
        total.cachedOutputTokens += t.cachedOutputTokens;
        if (t.costUsd === undefined) unpricedModels.push(label);
        else total.costUsd = (total.costUsd ?? 0) + t.costUsd;
      }
      return { ...total, byModel: out, unpricedModels };
    },
    reset() {
      byModel = new Map();
    },
  };
}
