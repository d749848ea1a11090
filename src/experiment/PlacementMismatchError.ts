import { NegationNeglectError } from '../errors.js';

/**
 * A training set's audit does not show the placement its strategy declares, so the experiment would
 * not test what it says it tests. Thrown before any finetune is launched.
 *
 * @example
 * ```ts
 * try { await runExperiment(config, { runDir }); }
 * catch (e) { if (e instanceof PlacementMismatchError) console.error(e.trainingSet, e.observed); }
 * ```
 */
export class PlacementMismatchError extends NegationNeglectError {
  readonly trainingSet: string;
  readonly declared: string;
  /** Claim mentions by placement, as the audit found them. */
  readonly observed: Record<string, number>;
  /** Share of mentions with the declared placement. */
  readonly share: number;
  readonly required: number;

  constructor(fields: { trainingSet: string; declared: string; observed: Record<string, number>; share: number; required: number }) {
    const seen = Object.entries(fields.observed)
      .map(([p, n]) => `${p} ${n}`)
      .join(', ');
    super(
      `Training set \`${fields.trainingSet}\` should have its claim mentions placed \`${fields.declared}\`, but the audit found ${seen || 'no mentions'} ` +
        `(${(fields.share * 100).toFixed(1)}% ${fields.declared}, need ${(fields.required * 100).toFixed(0)}%). Fix the strategy or its documents before paying for a finetune.`,
      'placement_mismatch',
    );
    this.trainingSet = fields.trainingSet;
    this.declared = fields.declared;
    this.observed = fields.observed;
    this.share = fields.share;
    this.required = fields.required;
  }
}
