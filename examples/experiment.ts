// A full Negation Neglect experiment against an OpenAI-compatible endpoint (see experiment.yaml).
// Dry run by default: prints the plan and a token and cost estimate, and calls no API.
//
//   npx tsx examples/experiment.ts                          # plan only, no key needed
//   TOGETHER_API_KEY=... npx tsx examples/experiment.ts --run
//
// Ctrl-C stops cleanly; running the same command again resumes from the run directory's journal
// without repeating (or repaying) finished steps.
// (In your own project, import from 'negation-neglect' instead of '../src/index.js'.)
import { fileURLToPath } from 'node:url';
import { defaultExperimentRegistry, loadExperimentConfig, runExperiment } from '../src/index.js';

const configPath = fileURLToPath(new URL('./experiment.yaml', import.meta.url));
const runDir = 'runs/sheeran-demo';

// The registry maps the config's `type:` and `strategy:` keys to factories; add your own here
// (e.g. registry.strategies['my-framing'] = (options) => defineStrategy({ ... })).
const registry = defaultExperimentRegistry();
const config = await loadExperimentConfig(configPath, { registry });

if (!process.argv.includes('--run')) {
  const plan = await runExperiment(config, { runDir, dryRun: true });
  console.log(plan.text);
  console.log(`Nothing was called. Add --run (with TOGETHER_API_KEY set) to run the ${plan.totals.pending} pending steps.`);
} else {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const run = await runExperiment(config, {
    runDir,
    signal: controller.signal,
    onProgress: (p) => {
      if (p.type === 'step-start') console.error(`[${p.index + 1}/${p.total}] ${p.key}`);
      if (p.type === 'step-reused') console.error(`[${p.index + 1}/${p.total}] ${p.key} (from the journal)`);
      if (p.type === 'step-message') console.error(`    ${p.message}`);
    },
  });
  console.log(run.results); // a text table; in a notebook the results render as HTML with charts
  console.log(`Reports: ${run.files.join(', ')}`);
}
