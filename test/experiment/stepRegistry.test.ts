import { describe, expect, it } from 'vitest';
import { createDefaultExperimentSteps } from '../../src/experiment/createDefaultExperimentSteps.js';
import { planExperimentSteps } from '../../src/experiment/planExperiment.js';
import { EXPERIMENT_STEP_SLOTS, checkExperimentSteps, defineExperimentStep } from '../../src/experiment/stepRegistry.js';
import type { ExperimentSteps } from '../../src/experiment/experimentTypes.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';
import { fakeConfig, fakeSteps } from './fakes.js';

const ALL_OPTIONS = {
  documents: { generator: 'template' as const, count: 2, seed: 1 },
  trainingData: { format: 'text' as const },
  judge: fakeChatModel(() => 'yes'),
  questionSets: async () => [],
  samplesPerQuestion: 1,
  inContext: { documents: 1 },
  inContextSweep: { k: [0, 1] },
  checkpoints: 'all' as const,
};

describe('the experiment step registry', () => {
  it('declares every slot the default steps fill, in pipeline order', () => {
    const steps = createDefaultExperimentSteps(ALL_OPTIONS);
    expect(Object.keys(steps).sort()).toEqual(EXPERIMENT_STEP_SLOTS.map((s) => s.slot).sort());
    expect(() => checkExperimentSteps(steps)).not.toThrow();
    const minimal = createDefaultExperimentSteps({ ...ALL_OPTIONS, inContext: false, inContextSweep: false, checkpoints: 'final' });
    expect(Object.keys(minimal).sort()).toEqual(EXPERIMENT_STEP_SLOTS.filter((s) => !s.optional).map((s) => s.slot).sort());
  });

  it('an unknown slot, a missing one or a badly declared plugin fails the plan, naming the field', () => {
    const { steps } = fakeSteps();
    const known = EXPERIMENT_STEP_SLOTS.map((s) => s.slot).join(', ');
    expect(() => planExperimentSteps(fakeConfig({ ...steps, inContxt: steps.evaluate } as ExperimentSteps))).toThrow(
      `Expected \`steps option\` to be one of ${known}, got \`inContxt\``,
    );
    const { audit: _audit, ...noAudit } = steps;
    expect(() => planExperimentSteps(fakeConfig(noAudit as ExperimentSteps))).toThrow('Expected `steps.audit` to be an object, got `undefined`');
    expect(() => planExperimentSteps(fakeConfig({ ...steps, evaluate: { ...steps.evaluate, version: 0 } }))).toThrow(
      'Expected `steps.evaluate.version` to be a positive integer, got `0`',
    );
    expect(() => planExperimentSteps(fakeConfig({ ...steps, finetune: { ...steps.finetune, params: { when: new Date() } as never } }))).toThrow(/`steps\.finetune\.params\.when`/);
    expect(planExperimentSteps(fakeConfig(steps)).length).toBeGreaterThan(0);
  });

  it('defineExperimentStep checks one plugin', () => {
    const step = defineExperimentStep({ name: 'noop', version: 1, params: { a: 1 }, paid: false, run: async () => ({}) });
    expect(Object.isFrozen(step)).toBe(true);
    expect(() => defineExperimentStep({ name: '', version: 1, params: {}, paid: false, run: async () => ({}) })).toThrow('Expected `step.name` to be a non-empty string, got ``');
    expect(() => defineExperimentStep({ name: 'x', version: 1, params: {}, paid: false, run: 'no' as never })).toThrow(/`step\.run` to be a function/);
  });
});
