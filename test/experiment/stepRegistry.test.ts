import { describe, expect, it } from 'vitest';
import { createDefaultExperimentSteps } from '../../src/experiment/createDefaultExperimentSteps.js';
import { planExperimentSteps } from '../../src/experiment/planExperiment.js';
import { EXPERIMENT_STEP_SLOTS, checkExperimentSteps, defineExperimentStep } from '../../src/experiment/stepRegistry.js';
import type { ExperimentSteps } from '../../src/experiment/builtinSteps.js';
import { BUILTIN_STEPS } from '../../src/experiment/builtinSteps.js';
import { ExperimentConfigFileSchema } from '../../src/experiment/experimentConfigSchema.js';
import { EvaluationOptionsSchema } from '../../src/experiment/steps/stepKit.js';
import { runCli } from '../../src/cli/main.js';
import { makeIO } from '../helpers/cliIO.js';
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

describe('the built-in step declarations', () => {
  it('fill the slot table, in plan order, and every slot of ExperimentSteps', () => {
    expect(BUILTIN_STEPS.map((s) => s.slot)).toEqual(EXPERIMENT_STEP_SLOTS.map((s) => s.slot));
    expect(BUILTIN_STEPS.map((s) => s.summary)).toEqual(EXPERIMENT_STEP_SLOTS.map((s) => s.summary));
  });

  it('validate each step\'s options with its schema, naming the option, and fill in its defaults', () => {
    expect(() => createDefaultExperimentSteps({ ...ALL_OPTIONS, checkpoints: [0] })).toThrow('Expected `checkpoints[0]` to be a positive integer, got `0`');
    expect(() => createDefaultExperimentSteps({ ...ALL_OPTIONS, documents: { cont: 3 } as never })).toThrow('Expected `documents option` to be one of generator, count, seed, model, got `cont`');
    expect(() => createDefaultExperimentSteps({ ...ALL_OPTIONS, inContextSweep: { k: [-1] } })).toThrow('Expected `inContextSweep.k[0]` to be a non-negative integer, got `-1`');
    expect(() => createDefaultExperimentSteps({ ...ALL_OPTIONS, samplesPerQuestion: 0 })).toThrow('Expected `samplesPerQuestion` to be a positive integer, got `0`');
    // Only what the steps share is required: each step's options have defaults.
    const steps = createDefaultExperimentSteps({ judge: ALL_OPTIONS.judge, questionSets: ALL_OPTIONS.questionSets });
    expect(steps.documents.params).toEqual({ generator: 'template', count: 50, seed: 0 });
    expect(steps.trainingData.params).toMatchObject({ format: 'openai-chat', docTag: '<DOCTAG>', mix: null });
    expect(steps.inContext?.params).toMatchObject({ documents: 3 });
    expect(steps.checkpoints).toBeUndefined();
    expect(steps.inContextSweep).toBeUndefined();
  });

  it('sample as the paper did by default, in code as in a config file, and record it', () => {
    const steps = createDefaultExperimentSteps({ judge: ALL_OPTIONS.judge, questionSets: ALL_OPTIONS.questionSets });
    expect(steps.evaluate.params).toMatchObject({ samplesPerQuestion: 5, sampling: 'paper' });
    expect(EvaluationOptionsSchema.parse({})).toEqual({ samplesPerQuestion: 5, sampling: 'paper' });
    const file = ExperimentConfigFileSchema.shape.evaluation.parse({ judge: { provider: 'p', model: 'm' } });
    expect(file).toMatchObject({ samplesPerQuestion: 5, sampling: 'paper', checkpoints: 'final', inContext: { documents: 3 } });
  });

  it('`run --help` lists every step with the config options it reads', async () => {
    const { io, out } = makeIO();
    await runCli(['run', '--help'], io);
    const help = out();
    for (const step of BUILTIN_STEPS) expect(help).toContain(`  ${step.slot}${step.optional ? ' (optional)' : ''}: ${step.summary}`);
    for (const option of ['documents.generator', 'documents.model', 'trainingData.format', 'trainingData.mix', 'evaluation.inContext', 'evaluation.inContextSweep', 'evaluation.checkpoints', 'evaluation.samplesPerQuestion', 'evaluation.sampling']) {
      expect(help).toContain(`    ${option}: <`);
    }
  });
});
