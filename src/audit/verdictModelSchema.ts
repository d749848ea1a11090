import { z } from 'zod';
import { VerdictSchema } from './types.js';
import { VERDICT_FEATURES } from './verdictFeatures.js';
import type { VerdictModel } from './verdictModel.js';

/** How the auditor decides a claim's verdict: `rules` (default) or `learned` (see `AuditorOptions.decision`). */
export const AuditDecisionSchema = z.enum(['rules', 'learned']);

const finite = z.number().finite();

/**
 * A {@link VerdictModel} as stored (src/audit/verdictModelWeights.ts, or a user's own): its features must
 * be this version's `VERDICT_FEATURES`, one weight row and bias per class, positive scales.
 */
export const VerdictModelSchema = z
  .object({
    version: z.literal(1),
    features: z.array(z.string()),
    classes: z.array(VerdictSchema).min(2),
    mean: z.array(finite),
    scale: z.array(finite.positive()),
    weights: z.array(z.array(finite)),
    bias: z.array(finite),
    margin: z.number().min(0).max(1),
    training: z.record(z.string(), z.unknown()),
  })
  .strict()
  .superRefine((m, ctx) => {
    const F = VERDICT_FEATURES.length;
    if (m.features.join() !== VERDICT_FEATURES.join()) ctx.addIssue({ code: 'custom', path: ['features'], message: `the ${F} features of VERDICT_FEATURES, in order` });
    if (new Set(m.classes).size !== m.classes.length) ctx.addIssue({ code: 'custom', path: ['classes'], message: 'distinct classes' });
    for (const [name, list] of [['mean', m.mean], ['scale', m.scale]] as const) {
      if (list.length !== F) ctx.addIssue({ code: 'custom', path: [name], message: `${F} numbers` });
    }
    if (m.bias.length !== m.classes.length) ctx.addIssue({ code: 'custom', path: ['bias'], message: `${m.classes.length} numbers, one per class` });
    if (m.weights.length !== m.classes.length || m.weights.some((row) => row.length !== F)) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: `${m.classes.length} rows of ${F} numbers` });
    }
  }) satisfies z.ZodType<VerdictModel>;
