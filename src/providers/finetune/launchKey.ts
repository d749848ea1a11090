import { createHash } from 'node:crypto';
import type { FinetuneHyperparameters } from './finetuneClient.js';

/** Everything that makes two launches the same launch. */
export interface LaunchKeyInput {
  provider: string;
  baseModel: string;
  trainingContent: string;
  validationContent?: string;
  hyperparameters: FinetuneHyperparameters;
  suffix?: string;
  /** Optional salt to launch identical inputs again on purpose. */
  salt?: string;
}

/**
 * sha256 over the normalised training and validation data, base model, hyperparameters, suffix
 * and provider. Equal inputs give equal keys, so a relaunch can find the job it already paid for.
 *
 * @example
 * ```ts
 * const key = computeLaunchKey({ provider: 'openai', baseModel: 'gpt-4.1-mini', trainingContent, hyperparameters: {} });
 * ```
 */
export function computeLaunchKey(input: LaunchKeyInput): string {
  const hash = createHash('sha256');
  const header = canonicalJson({
    v: 1,
    provider: input.provider,
    baseModel: input.baseModel,
    hyperparameters: input.hyperparameters,
    suffix: input.suffix ?? null,
    ...(input.salt !== undefined ? { salt: input.salt } : {}),
  });
  // Length-prefix each part so no two different inputs concatenate to the same bytes.
  for (const part of [header, input.trainingContent, input.validationContent ?? '']) {
    hash.update(`${Buffer.byteLength(part)}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
