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
  // One flat row of standardised features per sample, and the weights and their gradient transposed
  // (`[f * C + c]`): each sample's features are read once per step for every class, forward and back.
  // Every sum adds the same terms in the same order as the textbook loops (per class: bias, then
  // feature 0, 1, ...; per weight: sample 0, 1, ...), so the weights are the same to the last bit.
  const X = new Float64Array(N * F);
  samples.forEach((s, n) => {
    for (let f = 0; f < F; f++) X[n * F + f] = (s.features[f]! - mean[f]!) / scale[f]!;
  });
  const Y = Int32Array.from(samples, (s) => {
    const y = classes.indexOf(s.label);
    if (y < 0) throw new InvalidArgumentError('samples[].label', `one of ${classes.join(', ')}`, s.label);
    return y;
  });
  const W = new Float64Array(F * C);
  const b = new Float64Array(C);
  const gW = new Float64Array(F * C);
  const gb = new Float64Array(C);
  const p = new Float64Array(C);
  const d = new Float64Array(C);
  const M = Math.max(1, N);
  for (let it = 0; it < iterations; it++) {
    gW.fill(0);
    gb.fill(0);
    if (C === 4) step4(X, Y, W, b, gW, gb, N, F);
    else {
      for (let n = 0, row = 0; n < N; n++, row += F) {
        for (let c = 0; c < C; c++) p[c] = b[c]!;
        for (let f = 0, at = 0; f < F; f++, at += C) {
          const x = X[row + f]!;
          for (let c = 0; c < C; c++) p[c] = p[c]! + W[at + c]! * x;
        }
        let max = -Infinity;
        for (let c = 0; c < C; c++) if (p[c]! > max) max = p[c]!;
        let sum = 0;
        for (let c = 0; c < C; c++) sum += p[c] = Math.exp(p[c]! - max);
        const y = Y[n]!;
        for (let c = 0; c < C; c++) {
          d[c] = p[c]! / sum - (c === y ? 1 : 0);
          gb[c] = gb[c]! + d[c]!;
        }
        for (let f = 0, at = 0; f < F; f++, at += C) {
          const x = X[row + f]!;
          for (let c = 0; c < C; c++) gW[at + c] = gW[at + c]! + d[c]! * x;
        }
      }
    }
    for (let c = 0; c < C; c++) {
      for (let f = 0; f < F; f++) W[f * C + c] = W[f * C + c]! - rate * (gW[f * C + c]! / M + l2 * W[f * C + c]!);
      b[c] = b[c]! - (rate * gb[c]!) / M;
    }
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    version: 1,
    features: [...featureNames],
    classes: [...classes],
    mean: mean.map(round),
    scale: scale.map(round),
    weights: Array.from({ length: C }, (_, c) => Array.from({ length: F }, (_, f) => round(W[f * C + c]!))),
    bias: Array.from(b, round),
    margin: options.margin ?? 0,
    training: { samples: N, l2, iterations, learningRate: rate, ...options.training },
  };
}

/**
 * One pass of {@link trainVerdictModel}'s gradient over every sample for four classes (the verdicts), the
 * class loop unrolled into locals: the same sums in the same order as the general loop, about twice as fast.
 */
function step4(X: Float64Array, Y: Int32Array, W: Float64Array, b: Float64Array, gW: Float64Array, gb: Float64Array, N: number, F: number): void {
  const b0 = b[0]!;
  const b1 = b[1]!;
  const b2 = b[2]!;
  const b3 = b[3]!;
  for (let n = 0, row = 0; n < N; n++, row += F) {
    let z0 = b0;
    let z1 = b1;
    let z2 = b2;
    let z3 = b3;
    for (let f = 0, at = 0; f < F; f++, at += 4) {
      const x = X[row + f]!;
      z0 += W[at]! * x;
      z1 += W[at + 1]! * x;
      z2 += W[at + 2]! * x;
      z3 += W[at + 3]! * x;
    }
    let max = z0;
    if (z1 > max) max = z1;
    if (z2 > max) max = z2;
    if (z3 > max) max = z3;
    const e0 = Math.exp(z0 - max);
    const e1 = Math.exp(z1 - max);
    const e2 = Math.exp(z2 - max);
    const e3 = Math.exp(z3 - max);
    const sum = e0 + e1 + e2 + e3;
    const y = Y[n]!;
    const d0 = e0 / sum - (y === 0 ? 1 : 0);
    const d1 = e1 / sum - (y === 1 ? 1 : 0);
    const d2 = e2 / sum - (y === 2 ? 1 : 0);
    const d3 = e3 / sum - (y === 3 ? 1 : 0);
    gb[0] = gb[0]! + d0;
    gb[1] = gb[1]! + d1;
    gb[2] = gb[2]! + d2;
    gb[3] = gb[3]! + d3;
    for (let f = 0, at = 0; f < F; f++, at += 4) {
      const x = X[row + f]!;
      gW[at] = gW[at]! + d0 * x;
      gW[at + 1] = gW[at + 1]! + d1 * x;
      gW[at + 2] = gW[at + 2]! + d2 * x;
      gW[at + 3] = gW[at + 3]! + d3 * x;
    }
  }
}
