import { errorMarker, hasErrorMarker, markError, NegationNeglectError } from '../errors.js';

const PLACEMENT_MISMATCH = errorMarker('PlacementMismatchError');

/**
 * A training set's audit does not show the placement its strategy declares, so the experiment would
 * not test what it says it tests. Thrown before any finetune is launched.
 *
 * @example
 * ```ts
 * try { await runExperiment(config, { runDir }); }
 * catch (e) { if (PlacementMismatchError.isInstance(e)) console.error(e.trainingSet, e.observed); }
 * ```
 */
export class PlacementMismatchError extends NegationNeglectError {
  readonly trainingSet: string;
  readonly declared: string;
  /** The record verdict the declared placement leads to. */
  readonly expectedVerdict: string;
  /** Claim mentions by placement, as the audit found them. */
  readonly observed: Record<string, number>;
  /** Records by verdict for the claim. */
  readonly records: Record<string, number>;
  /** Share of records mentioning the claim that got the expected verdict. */
  readonly share: number;
  readonly required: number;

  constructor(fields: {
    trainingSet: string;
    declared: string;
    expectedVerdict: string;
    observed: Record<string, number>;
    records: Record<string, number>;
    share: number;
    required: number;
  }) {
    const list = (counts: Record<string, number>) =>
      Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none';
    super(
      `Training set \`${fields.trainingSet}\` should have its claim mentions placed \`${fields.declared}\`, but the audit found mentions ${list(fields.observed)} ` +
        `and records ${list(fields.records)} (${(fields.share * 100).toFixed(1)}% \`${fields.expectedVerdict}\`, need ${(fields.required * 100).toFixed(0)}%). ` +
        'Fix the strategy or its documents before paying for a finetune.',
      'placement_mismatch',
    );
    markError(this, PLACEMENT_MISMATCH);
    this.trainingSet = fields.trainingSet;
    this.declared = fields.declared;
    this.expectedVerdict = fields.expectedVerdict;
    this.observed = fields.observed;
    this.records = fields.records;
    this.share = fields.share;
    this.required = fields.required;
  }

  /** Whether `error` is a `PlacementMismatchError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is PlacementMismatchError {
    return hasErrorMarker(error, PLACEMENT_MISMATCH);
  }
}
