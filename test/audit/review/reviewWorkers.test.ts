import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, expect, it } from 'vitest';
import { auditDataset } from '../../../src/audit/auditDataset.js';
import { fakeChatModel } from '../../helpers/fakeChatModel.js';

// Workers run built JavaScript; from src we bundle the worker entry once into a temp dir.
const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'nn-review-workers-'));
const workerFile = join(dir, 'auditWorker.cjs');
const dataPath = join(dir, 'data.jsonl');
const claims = join(root, 'examples/data/claims.yaml');

beforeAll(async () => {
  await build({ entryPoints: [join(root, 'src/audit/auditWorker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerFile, logLevel: 'silent' });
  // 30 copies of the example (with its bad lines): many chunks at chunkBytes 4096.
  writeFileSync(dataPath, readFileSync(join(root, 'examples/data/mixed-training-set.jsonl'), 'utf8').repeat(30));
});

/** An in-process reviewer that calls every claim it is asked about asserted without a qualifier. */
function assertingModel() {
  return fakeChatModel(
    (messages) => {
      const ids = [...messages.at(-1)!.content.matchAll(/id: (\S+)/g)].map((m) => m[1]!);
      return JSON.stringify({ claims: ids.map((id) => ({ id, asserts: true, placement: 'none', kind: null, evidence: '' })) });
    },
    { provider: 'test', modelId: 'asserting', capabilities: { samplingParameters: ['maxTokens', 'temperature', 'responseFormat'] } },
  );
}

it('selects and reviews the same records, with the same texts, on one thread and with workers', async () => {
  const run = async (workers: number) => {
    const model = assertingModel();
    const report = await auditDataset(dataPath, {
      claims,
      workers,
      chunkBytes: 4096,
      workerFile,
      awaitWorkers: true,
      review: { model, select: { perClass: 6 }, seed: 11 },
    });
    return { report, prompts: model.calls.map((c) => c.messages.at(-1)!.content).sort() };
  };
  const one = await run(1);
  const two = await run(2);
  expect(two.report.timing.workers).toBe(2);
  expect(one.report.review!.selected).toBe(one.prompts.length);
  expect(one.report.review!.selected).toBeGreaterThanOrEqual(18);
  expect(two.prompts).toEqual(one.prompts);
  const { timing: _a, ...first } = JSON.parse(JSON.stringify(one.report));
  const { timing: _b, ...second } = JSON.parse(JSON.stringify(two.report));
  expect(second).toEqual(first);
});
