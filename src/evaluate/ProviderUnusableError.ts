import { errorMarker, hasErrorMarker, markError, NegationNeglectError } from '../errors.js';
import { fatalApiReason, type FatalApiReason } from '../providers/shared/fatalApiError.js';

const ADVICE: Record<FatalApiReason, string> = {
  authentication: 'check the API key',
  permission: 'check that the key may use this model',
  'unknown model': 'check the model id and the base URL',
  quota: 'the account has no quota or credit left',
};

const PROVIDER_UNUSABLE = errorMarker('ProviderUnusableError');

/** Fields of a {@link ProviderUnusableError}. */
export interface ProviderUnusableErrorFields {
  /** Which model failed: the model under test or the judge. */
  role: 'model' | 'judge';
  provider: string;
  modelId: string;
  /** The API base URL, when the caller knows it (the CLI does). */
  baseURL?: string;
  reason: FatalApiReason;
  statusCode?: number;
  cause: unknown;
}

/**
 * A provider refused a call in a way no retry can fix (401, 403, 404, exhausted quota). Thrown at
 * once so a run does not spend its remaining calls on the same refusal; the message names the
 * provider, base URL (when known) and model. The CLI exits 2 on it.
 *
 * @example
 * ```ts
 * try { await evaluateBelief(options); }
 * catch (e) { if (ProviderUnusableError.isInstance(e)) console.error(e.message); }
 * ```
 */
export class ProviderUnusableError extends NegationNeglectError {
  readonly role: 'model' | 'judge';
  readonly provider: string;
  readonly modelId: string;
  readonly baseURL?: string;
  readonly reason: FatalApiReason;
  readonly statusCode?: number;

  constructor(fields: ProviderUnusableErrorFields) {
    const where = fields.baseURL ? ` at ${fields.baseURL}` : '';
    const status = fields.statusCode !== undefined ? ` (HTTP ${fields.statusCode})` : '';
    const detail = fields.cause instanceof Error ? `: ${fields.cause.message}` : '';
    super(
      `The ${fields.role === 'judge' ? 'judge' : 'model under test'} \`${fields.modelId}\` of provider \`${fields.provider}\`${where} refused the call${status}, ${fields.reason}: ${ADVICE[fields.reason]}. Stopped before spending more calls${detail}`,
      'provider_unusable',
      { cause: fields.cause },
    );
    markError(this, PROVIDER_UNUSABLE);
    this.role = fields.role;
    this.provider = fields.provider;
    this.modelId = fields.modelId;
    if (fields.baseURL !== undefined) this.baseURL = fields.baseURL;
    this.reason = fields.reason;
    if (fields.statusCode !== undefined) this.statusCode = fields.statusCode;
  }

  /** Whether `error` is a `ProviderUnusableError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is ProviderUnusableError {
    return hasErrorMarker(error, PROVIDER_UNUSABLE);
  }

  /**
   * The error for `error` when no retry can fix it, else undefined.
   *
   * @example
   * ```ts
   * const fatal = ProviderUnusableError.from(error, { role: 'model', provider: model.provider, modelId: model.modelId });
   * if (fatal) throw fatal;
   * ```
   */
  static from(error: unknown, who: { role: 'model' | 'judge'; provider: string; modelId: string; baseURL?: string }): ProviderUnusableError | undefined {
    if (ProviderUnusableError.isInstance(error)) return error;
    const reason = fatalApiReason(error);
    if (!reason) return undefined;
    const statusCode = (error as { statusCode?: number }).statusCode;
    return new ProviderUnusableError({ ...who, reason, ...(statusCode !== undefined ? { statusCode } : {}), cause: error });
  }

  /** The same error with the base URL named (for callers that know it, like the CLI). */
  withBaseURL(baseURL: string | undefined): ProviderUnusableError {
    if (!baseURL || this.baseURL) return this;
    const fields: ProviderUnusableErrorFields = { role: this.role, provider: this.provider, modelId: this.modelId, baseURL, reason: this.reason, cause: this.cause };
    if (this.statusCode !== undefined) fields.statusCode = this.statusCode;
    return new ProviderUnusableError(fields);
  }
}
