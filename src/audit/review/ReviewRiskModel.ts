import type { Verdict } from '../vocabulary.js';

/**
 * A trained review risk model: one logistic regression per lexical verdict, on the raw `REVIEW_RISK_FEATURES`
 * (reviewRisk.ts). Its own module so that the generated weights (reviewRiskWeights.ts) and the code that reads them
 * both import the type without importing each other.
 */
export interface ReviewRiskModel {
  version: 1;
  /** Feature names in vector order; must equal `REVIEW_RISK_FEATURES`. */
  features: string[];
  /** Per lexical verdict: logit = bias + Σ weights[f] · x[f] (the standardisation folded in). */
  byVerdict: Record<Verdict, { bias: number; weights: number[] }>;
  /** How it was trained (data, command, settings, figures), for the record. */
  training: Record<string, unknown>;
}
