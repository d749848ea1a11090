// A stand-in for a Python TRL/Unsloth script: reads the manifest, "trains", writes the result JSON.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const manifestPath = process.argv[process.argv.indexOf('--manifest') + 1] ?? process.env.NEGATION_NEGLECT_MANIFEST;
if (manifestPath !== process.env.NEGATION_NEGLECT_MANIFEST) throw new Error('manifest arg and env disagree');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const extra = manifest.hyperparameters.extra ?? {};
if (extra.startsLog) appendFileSync(extra.startsLog, `${manifest.jobId}\n`);
const examples = readFileSync(manifest.trainingFile, 'utf8').trim().split('\n').length;
console.log(`loaded ${examples} ${manifest.format} examples for ${manifest.baseModel}`);
const steps = extra.steps ?? 3;
const checkpoints = [];
for (let step = 1; step <= steps; step++) {
  await new Promise((r) => setTimeout(r, extra.stepMs ?? 10));
  console.log(JSON.stringify({ message: `step ${step}/${steps}`, loss: 1 / step }));
  const path = join(manifest.outputDir, `checkpoint-${step}`);
  writeFileSync(path, 'weights');
  checkpoints.push({ step, path, metrics: { loss: 1 / step } });
}
if (extra.exitCode) {
  console.error('CUDA out of memory (simulated)');
  process.exit(extra.exitCode);
}
writeFileSync(
  manifest.resultPath,
  JSON.stringify({ status: 'succeeded', modelId: join(manifest.outputDir, 'final'), checkpoints, metrics: { loss: 1 / steps } }),
);
// A real script may still flush logs or upload after writing its result.
if (extra.lingerMs) await new Promise((r) => setTimeout(r, extra.lingerMs));
