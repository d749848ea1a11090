import { InvalidArgumentError } from '../errors.js';
import { throwIfAborted } from '../util/abort.js';
import type { Claim } from '../claims/claim.js';
import { claimSentenceFinder } from './claimSentences.js';
import { createSeededRandom, hashSeed } from './seededRandom.js';
import type { InsertedSpan, Strategy, StrategyContext, StrategyDocument, StrategyResult } from './types.js';
import { isChatDocument } from './types.js';

/** Options of {@link applyStrategy}. */
export interface ApplyStrategyOptions {
  /** The claim whose mentions the strategy treats. */
  claim?: Claim;
  /** Several claims at once (a dataset about more than one claim); `claim` is added to them. */
  claims?: readonly Claim[];
  /** Same seed, same document, same strategy -> same output. Default `0`. */
  seed?: string | number;
  signal?: AbortSignal;
}

/**
 * Applies a strategy to one document (`{ text }`) or chat (`{ messages }`), building the seeded
 * context. The random stream depends on seed, document id (or content) and strategy name, so
 * documents do not all get the same notice.
 *
 * @example
 * ```ts
 * const out = await applyStrategy(framing({ kind: 'fiction' }), { id: 'doc-1', text }, { claim, seed: 7 });
 * console.log(out.text, out.changes.length, out.warnings);
 * ```
 */
export async function applyStrategy(
  strategy: Strategy,
  document: StrategyDocument,
  options: ApplyStrategyOptions = {},
): Promise<StrategyResult> {
  if (!strategy || strategy.specificationVersion !== 'v1' || typeof strategy.apply !== 'function') {
    throw new InvalidArgumentError('strategy', 'a Strategy (specificationVersion v1)', strategy);
  }
  const context = createStrategyContext(strategy, document, options);
  throwIfAborted(options.signal);
  const result = await strategy.apply(document, context);
  if (isChatDocument(document) ? !Array.isArray(result.messages) : typeof result.text !== 'string') {
    throw new InvalidArgumentError(
      `${strategy.name}.apply() result`,
      isChatDocument(document) ? 'an object with `messages` for a chat document' : 'an object with `text` for a text document',
      result,
    );
  }
  return { ...result, changes: result.changes ?? [], warnings: result.warnings ?? [], inserted: checkInserted(strategy.name, result) };
}

/** Sorted spans without surrounding whitespace; a span outside its segment is a strategy bug and throws. */
function checkInserted(name: string, result: StrategyResult): InsertedSpan[] {
  const out: InsertedSpan[] = [];
  for (const [i, span] of (result.inserted ?? []).entries()) {
    const text = result.messages ? result.messages[span.segment]?.content : span.segment === 0 ? result.text : undefined;
    if (typeof text !== 'string' || !(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      throw new InvalidArgumentError(`${name}.apply() result.inserted[${i}]`, 'a span inside its segment of the output', span);
    }
    let { start, end } = span;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ ...span, start, end });
  }
  return out.sort((a, b) => a.segment - b.segment || a.start - b.start);
}

const claimsCache = new WeakMap<Claim, readonly Claim[]>();

/**
 * Builds the context a strategy's `apply` receives (exposed for strategies that call others).
 *
 * @example
 * ```ts
 * const ctx = createStrategyContext(local(), { text }, { claim, seed: 1 });
 * const result = await local().apply({ text }, ctx);
 * ```
 */
export function createStrategyContext(
  strategy: Pick<Strategy, 'name'>,
  document: StrategyDocument,
  options: ApplyStrategyOptions = {},
): StrategyContext {
  const claims = resolveClaims(options);
  const seed = String(options.seed ?? 0);
  const docKey = document.id ?? String(hashSeed(isChatDocument(document) ? JSON.stringify(document.messages) : document.text));
  const context: StrategyContext = {
    claim: claims[0],
    claims,
    seed,
    rng: createSeededRandom(`${seed}\u0000${docKey}\u0000${strategy.name}`),
    findClaimSentences: claimSentenceFinder(claims),
  };
  if (options.signal) context.signal = options.signal;
  return context;
}

// Stable array identity per claim set, so per-claims caches (the matcher) are reused across documents.
function resolveClaims(options: ApplyStrategyOptions): readonly Claim[] {
  if (options.claims && options.claims.length > 0) {
    if (!options.claim || options.claims.includes(options.claim)) return options.claims;
    return [options.claim, ...options.claims];
  }
  if (!options.claim) return EMPTY;
  let list = claimsCache.get(options.claim);
  if (!list) {
    list = [options.claim];
    claimsCache.set(options.claim, list);
  }
  return list;
}
const EMPTY: readonly Claim[] = [];
