import { resolve } from 'node:path';
import type { CliCommand } from './io.js';
import { parseArgs, stringOption, UsageError } from './args.js';
import { createProgressBar } from './progress.js';
import { loadExperimentConfig } from '../experiment/loadExperimentConfig.js';
import { z } from 'zod';
import { BUILTIN_STEPS } from '../experiment/builtinSteps.js';
import { ExperimentConfigFileSchema, experimentConfigJsonSchema } from '../experiment/experimentConfigSchema.js';
import { EvaluationOptionsSchema } from '../experiment/steps/stepKit.js';
import { describeOptions, type OptionSpec } from '../util/optionSchema.js';
import { runExperiment } from '../experiment/runExperiment.js';
import { PlacementMismatchError } from '../experiment/PlacementMismatchError.js';

const optionLine = (prefix: string, o: OptionSpec) =>
  `    ${prefix}${o.name}: <${o.choices ? o.choices.join('|') : o.type}>${o.default === undefined ? '' : ` (default ${JSON.stringify(o.default)})`}  ${o.description}`;

/** The steps and the config options each reads, from the step declarations (`BUILTIN_STEPS`). */
function stepsHelp(): string {
  const lines = ['Steps, in pipeline order (and the config options each reads):'];
  for (const step of BUILTIN_STEPS) {
    lines.push(`  ${step.slot}${step.optional ? ' (optional)' : ''}: ${step.summary}`);
    if (!step.options) continue;
    const { key, config, schema } = step.options;
    if (config === 'evaluation') {
      for (const o of describeOptions(z.object({ [key]: schema }))) lines.push(optionLine('evaluation.', o));
      continue;
    }
    // A top-level section as the config file declares it: the step's options, with names of models and files.
    let node = ExperimentConfigFileSchema.shape[key as 'documents' | 'trainingData'] as z.ZodType;
    while (!(node instanceof z.ZodObject)) {
      const inner = (node._zod.def as unknown as { innerType?: z.ZodType }).innerType;
      if (!inner) break;
      node = inner;
    }
    for (const o of describeOptions(node as z.ZodObject)) lines.push(optionLine(`${key}.`, o));
  }
  lines.push('  Every evaluation step also reads:');
  for (const o of describeOptions(EvaluationOptionsSchema)) lines.push(optionLine('evaluation.', o));
  return lines.join('\n');
}

const USAGE = `Usage: negation-neglect run <config.yaml> [--dry-run] [--run-dir DIR] [--format text|json]
       negation-neglect run --schema > experiment.schema.json

Runs an experiment (claims × conditions × base models: documents, strategy, audit, training data,
finetune, evaluation, report) described by a YAML or JSON config. Every finished step is journalled in
the run directory, so rerunning the same command after a crash or Ctrl-C resumes without repeating
(or repaying) finished steps.

Options:
  --dry-run        Print the plan, the steps still to run and a token and cost estimate; run nothing
  --run-dir DIR    Run directory (default: runs/<config name>)
  --format FORMAT  Output of a dry run or a finished run: text (default) or json
  --schema         Print the JSON Schema of the config file (for editor completion) and exit

Exit codes: 0 done, 1 a training set lacks the placement its strategy declares (nothing was trained)
or an evaluation has failed samples (rerun to ask only for them), 2 usage or input error or a provider
that refuses every call (bad key, unknown model, no quota), 130 interrupted (rerun to resume).

${stepsHelp()}
`;

/** `negation-neglect run`: runs or plans an experiment from a config file. */
export const command: CliCommand = {
  summary: 'Run (or --dry-run) an experiment from a YAML config, resumable',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseArgs(argv, { 'dry-run': { type: 'boolean' }, 'run-dir': { type: 'string' }, format: { type: 'string' }, schema: { type: 'boolean' } });
    const format = stringOption(parsed, 'format', ['text', 'json'] as const) ?? 'text';
    if (parsed.options['schema']) {
      io.stdout.write(`${JSON.stringify(experimentConfigJsonSchema(), null, 2)}\n`);
      return 0;
    }
    if (parsed.positionals.length !== 1) throw new UsageError('Expected exactly one config file');
    const configPath = resolve(io.cwd, parsed.positionals[0]!);
    const config = await loadExperimentConfig(configPath, { env: io.env });
    const runDirOption = stringOption(parsed, 'run-dir');
    const runDir = resolve(io.cwd, runDirOption ?? `runs/${config.name}`);
    if (parsed.options['dry-run']) {
      const plan = await runExperiment(config, { runDir, dryRun: true, signal: io.signal });
      io.stdout.write(format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : plan.text);
      return 0;
    }
    let bar: ReturnType<typeof createProgressBar> | undefined;
    let last = '';
    let done = 0;
    try {
      const run = await runExperiment(config, {
        runDir,
        signal: io.signal,
        onProgress: (p) => {
          if (p.type === 'plan') bar = createProgressBar({ stream: io.stderr, label: config.name, total: p.total });
          else if (p.type === 'step-start') bar?.update(done, (last = p.key));
          else if (p.type === 'step-reused' || p.type === 'step-done') bar?.update(++done, p.key);
          else if (p.type === 'step-message') bar?.update(done, `${last}: ${p.message}`.slice(0, 70));
        },
      });
      bar?.finish(`${run.executed.length} run, ${run.reused.length} reused`);
      if (format === 'json') {
        io.stdout.write(`${JSON.stringify({ runDir, executed: run.executed, reused: run.reused, files: run.files, results: run.results }, null, 2)}\n`);
      } else {
        io.stdout.write(`${run.results.toString()}\nRun directory: ${runDir}\nReports: ${run.files.join(', ')}\n`);
      }
      if (run.incomplete.length > 0) {
        io.stderr.write(
          `negation-neglect run: ${run.incomplete.length} evaluation(s) have failed samples (left out of belief rates, counted in the report): ${run.incomplete.join(', ')}. Run the same command again to ask only for them.\n`,
        );
        return 1;
      }
      return 0;
    } catch (error) {
      if (PlacementMismatchError.isInstance(error)) {
        bar?.finish('stopped');
        io.stderr.write(`negation-neglect run: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};
