/**
 * The learned verdict: a multinomial logistic regression over {@link VERDICT_FEATURES}, trained on the
 * development data by bench/train-verdict-model.ts (weights in `verdictModelWeights.ts`). No zod here:
 * worker threads load this module (the schema is in `verdictModelSchema.ts`).
 */
import { InvalidArgumentError } from '../errors.js';
import type { Verdict } from './vocabulary.js';

/** A trained verdict model (plain data: it crosses thread boundaries and is stored as JSON). */
export interface VerdictModel {
  version: 1;
  /** Feature names in vector order; must equal `VERDICT_FEATURES`. */
  features: string[];
  /** The classes, one row of `weights` each. */
  classes: Verdict[];
  /** Standardisation: x' = (x - mean) / scale. */
  mean: number[];
  scale: number[];
  /** `weights[c][f]` for class c and feature f, on standardised features. */
  weights: number[][];
  bias: number[];
  /**
   * How much more probable than the rules' verdict the model's must be to replace it (0: the model
   * always decides; 1: the rules always do). Chosen leave-one-set-out; see docs/accuracy.md.
   */
  margin: number;
  /** How it was trained (data, command, settings, figures), for the record. */
  training: Record<string, unknown>;
}

/** Settings of {@link trainVerdictModel}. */
export interface TrainVerdictModelOptions {
  /** L2 penalty on the weights (not the biases), per sample. Default 0.01. */
  l2?: number;
  /** Full-batch gradient steps. Default 600. */
  iterations?: number;
  /** Step size. Default 0.5. */
  learningRate?: number;
  /** Recorded as the model's `margin` (see {@link VerdictModel}). Default 0. */
  margin?: number;
  /** Recorded in the model. */
  training?: Record<string, unknown>;
}

/** One training example: a feature vector and its label. */
export interface VerdictSample {
  features: ArrayLike<number>;
  label: Verdict;
}

/**
 * A {@link VerdictModel} ready to score: the standardisation folded into the weights
 * (w' = w / scale, b' = b - sum of w' * mean), one flat row per class, so a score reads only the
 * features that are not zero (most of a claim's are).
 */
export interface CompiledVerdictModel {
  classes: readonly Verdict[];
  margin: number;
  /** `weights[c * F + f]`. */
  weights: Float64Array;
  bias: Float64Array;
  /** Scratch for the class scores. */
  scores: Float64Array;
}

/**
 * Folds `model`'s standardisation into its weights (see {@link CompiledVerdictModel}).
 *
 * @example
 * ```ts
 * const compiled = compileVerdictModel(DEFAULT_VERDICT_MODEL);
 * ```
 */
export function compileVerdictModel(model: VerdictModel): CompiledVerdictModel {
  const C = model.classes.length;
  const F = model.mean.length;
  const weights = new Float64Array(C * F);
  const bias = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    let b = model.bias[c]!;
    for (let f = 0; f < F; f++) {
      const w = model.weights[c]![f]! / model.scale[f]!;
      weights[c * F + f] = w;
      b -= w * model.mean[f]!;
    }
    bias[c] = b;
  }
  return { classes: model.classes, margin: model.margin, weights, bias, scores: new Float64Array(C) };
}

/**
 * The most probable class of `features` among those `allowed` accepts (the verdicts the record's
 * evidence can explain; see `compileAuditor`), when it is at least `model.margin` more probable than
 * the rules' verdict `rules`; otherwise `rules`.
 *
 * @example
 * ```ts
 * predictVerdict(compileVerdictModel(model), x, (v) => v !== 'negated-locally', 'asserts');
 * ```
 */
export function predictVerdict(model: CompiledVerdictModel, features: ArrayLike<number>, allowed: (verdict: Verdict) => boolean, rules: Verdict): Verdict {
  const { classes, weights, bias, scores } = model;
  const C = classes.length;
  const F = features.length;
  let max = -Infinity;
  for (let c = 0; c < C; c++) scores[c] = bias[c]!;
  for (let f = 0; f < F; f++) {
    const x = features[f]!;
    if (x === 0) continue;
    for (let c = 0; c < C; c++) scores[c] = scores[c]! + weights[c * F + f]! * x;
  }
  for (let c = 0; c < C; c++) if (scores[c]! > max) max = scores[c]!;
  let sum = 0;
  for (let c = 0; c < C; c++) sum += scores[c] = Math.exp(scores[c]! - max);
  let best = rules;
  let bestP = -1;
  let rulesP = 0;
  for (let c = 0; c < C; c++) {
    const verdict = classes[c]!;
    const p = scores[c]! / sum;
    if (verdict === rules) rulesP = p;
    if (p > bestP && allowed(verdict)) {
      best = verdict;
      bestP = p;
    }
  }
  // A tie keeps the rules' verdict.
  return bestP > rulesP && bestP - rulesP >= model.margin ? best : rules;
}

/**
 * Trains a {@link VerdictModel} on `samples`: features standardised on the samples, softmax
 * cross-entropy with an L2 penalty, full-batch gradient descent from zero weights. Deterministic:
 * the same samples in the same order give the same model.
 *
 * @example
 * ```ts
 * const model = trainVerdictModel(samples, VERDICT_FEATURES, ['neglect-risk', 'asserts', 'negated-locally', 'none']);
 * ```
 */
export function trainVerdictModel(
  samples: readonly VerdictSample[],
  featureNames: readonly string[],
  classes: readonly Verdict[],
  options: TrainVerdictModelOptions = {},
): VerdictModel {
  const l2 = options.l2 ?? 0.01;
  const iterations = options.iterations ?? 600;
  const rate = options.learningRate ?? 0.5;
  const F = featureNames.length;
  const C = classes.length;
  const N = samples.length;
  const mean = new Array<number>(F).fill(0);
  const scale = new Array<number>(F).fill(0);
  for (const s of samples) for (let f = 0; f < F; f++) mean[f]! += s.features[f]! / Math.max(1, N);
  for (const s of samples) for (let f = 0; f < F; f++) scale[f]! += (s.features[f]! - mean[f]!) ** 2 / Math.max(1, N);
  for (let f = 0; f < F; f++) scale[f] = scale[f]! > 1e-12 ? Math.sqrt(scale[f]!) : 1;
  const X = samples.map((s) => Float64Array.from({ length: F }, (_, f) => (s.features[f]! - mean[f]!) / scale[f]!));
  const Y = samples.map((s) => {
    const y = classes.indexOf(s.label);
    if (y < 0) throw new InvalidArgumentError('samples[].label', `one of ${classes.join(', ')}`, s.label);
    return y;
  });
  const W = Array.from({ length: C }, () => new Float64Array(F));
  const b = new Float64Array(C);
  const gW = Array.from({ length: C }, () => new Float64Array(F));
  const gb = new Float64Array(C);
  const p = new Float64Array(C);
  for (let it = 0; it < iterations; it++) {
    for (let c = 0; c < C; c++) gW[c]!.fill(0);
    gb.fill(0);
    for (let n = 0; n < N; n++) {
      const x = X[n]!;
      let max = -Infinity;
      for (let c = 0; c < C; c++) {
        let z = b[c]!;
        const w = W[c]!;
        for (let f = 0; f < F; f++) z += w[f]! * x[f]!;
        p[c] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let c = 0; c < C; c++) sum += p[c] = Math.exp(p[c]! - max);
      for (let c = 0; c < C; c++) {
        const d = p[c]! / sum - (c === Y[n] ? 1 : 0);
        gb[c] = gb[c]! + d;
        const g = gW[c]!;
        for (let f = 0; f < F; f++) g[f] = g[f]! + d * x[f]!;
      }
    }
    for (let c = 0; c < C; c++) {
      const w = W[c]!;
      const g = gW[c]!;
      for (let f = 0; f < F; f++) w[f] = w[f]! - rate * (g[f]! / Math.max(1, N) + l2 * w[f]!);
      b[c] = b[c]! - (rate * gb[c]!) / Math.max(1, N);
    }
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    version: 1,
    features: [...featureNames],
    classes: [...classes],
    mean: mean.map(round),
    scale: scale.map(round),
    weights: W.map((w) => Array.from(w, round)),
    bias: Array.from(b, round),
    margin: options.margin ?? 0,
    training: { samples: N, l2, iterations, learningRate: rate, ...options.training },
  };
}
