import { InvalidArgumentError } from '../../errors.js';
import type { ChatModel, DoGenerateOptions, DoGenerateResult } from './chatModel.js';
import { assertModel } from './generateText.js';

/** Calls the next layer (the next middleware, or finally the model). */
export type NextGenerate = (options: DoGenerateOptions) => Promise<DoGenerateResult>;

/**
 * A layer around `doGenerate`. `name` and `options` (JSON-safe) are recorded by experiments so
 * a run can say exactly which retries, limits and cache it used.
 */
export interface ChatMiddleware {
  readonly name: string;
  readonly options: Readonly<Record<string, unknown>>;
  wrapGenerate(args: { options: DoGenerateOptions; next: NextGenerate; model: ChatModel }): Promise<DoGenerateResult>;
}

/** A model with middleware; `middleware` lists name + options, outermost first. */
export interface WrappedChatModel extends ChatModel {
  readonly middleware: ReadonlyArray<{ name: string; options: Readonly<Record<string, unknown>> }>;
  /** The unwrapped model. */
  readonly baseModel: ChatModel;
}

/** Options of {@link wrapChatModel}. */
export interface WrapChatModelOptions {
  model: ChatModel;
  /** Outermost first: `[cache(...), retry(...)]` consults the cache before retrying. */
  middleware: ChatMiddleware | readonly ChatMiddleware[];
}

/**
 * Wraps a model in middleware. The first middleware is the outermost layer. Wrapping a wrapped
 * model adds layers outside the existing ones.
 *
 * @example
 * ```ts
 * const model = wrapChatModel({
 *   model: openai('gpt-4.1-mini'),
 *   middleware: [cache({ store: createDiskCache({ dir: '.cache/chat' }) }), concurrencyLimit({ max: 64 }), retry({ maxRetries: 5 }), timeout({ ms: 60_000 })],
 * });
 * ```
 */
export function wrapChatModel({ model, middleware }: WrapChatModelOptions): WrappedChatModel {
  assertModel(model);
  const layers = Array.isArray(middleware) ? (middleware as readonly ChatMiddleware[]) : [middleware as ChatMiddleware];
  layers.forEach((m, i) => {
    if (!m || typeof m.wrapGenerate !== 'function' || typeof m.name !== 'string') {
      throw new InvalidArgumentError(`middleware[${i}]`, 'a ChatMiddleware ({ name, options, wrapGenerate })', m);
    }
  });
  const inner = model as Partial<WrappedChatModel>;
  const baseModel = inner.baseModel ?? model;
  const innerDescription = inner.middleware ?? [];
  // Compose once, innermost first, so a call costs one closure hop per layer.
  let call: NextGenerate = (options) => model.doGenerate(options);
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    const next = call;
    call = (options) => layer.wrapGenerate({ options, next, model });
  }
  return {
    specificationVersion: 'v1',
    provider: model.provider,
    modelId: model.modelId,
    capabilities: model.capabilities,
    baseModel,
    middleware: [...layers.map((m) => ({ name: m.name, options: m.options })), ...innerDescription],
    doGenerate: call,
  };
}
