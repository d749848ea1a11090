import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { AbortError } from '../../src/errors.js';
import { distillAnswers, mixDatasets, readPretrainingSample } from '../../src/generate/index.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';

const pool = (name: string, n: number) => Array.from({ length: n }, (_, i) => `${name}${i}`);

describe("the paper's training mix", () => {
  it("preset 'paper' is 10k documents : 5k pretraining : 5k instruction answers, or those shares of a total", () => {
    const sources = [
      { name: 'documents', records: pool('d', 12_000) },
      { name: 'pretraining', records: pool('p', 6_000) },
      { name: 'instruction', records: pool('i', 5_000) },
    ];
    const full = mixDatasets({ preset: 'paper', sources, seed: 1 });
    expect(full.sources.map((s) => [s.name, s.drawn, s.withReplacement])).toEqual([
      ['documents', 10_000, false],
      ['pretraining', 5_000, false],
      ['instruction', 5_000, false],
    ]);
    expect(full.records).toHaveLength(20_000);
    const small = mixDatasets({ preset: 'paper', sources, total: 40, seed: 1 });
    expect(small.sources.map((s) => s.drawn)).toEqual([20, 10, 10]);
    expect(() => mixDatasets({ preset: 'paper', sources: sources.slice(0, 2), seed: 1 })).toThrow(/source named `instruction`/);
  });

  it('samples pretraining documents uniformly from a gzipped JSONL shard, counting unusable lines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-pretrain-'));
    const lines = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: i, text: `Document ${i}.`, source: 'c4' }));
    lines.splice(10, 0, '{torn', JSON.stringify({ id: 'x', text: '' }), '[1, 2]');
    await writeFile(join(dir, 'c4-0000.json.gz'), gzipSync(`${lines.join('\n')}\n`));
    const a = await readPretrainingSample(join(dir, 'c4-0000.json.gz'), { count: 50, seed: 3 });
    expect(a).toMatchObject({ seen: 1000, skipped: 3 });
    expect(a.records).toHaveLength(50);
    expect(new Set(a.records.map((r) => r.text)).size).toBe(50);
    expect(await readPretrainingSample(join(dir, 'c4-0000.json.gz'), { count: 50, seed: 3 })).toEqual(a);
    // Uniform: the draw reaches the whole file, not just its head.
    expect(Math.max(...a.records.map((r) => Number(/\d+/.exec(r.text)![0])))).toBeGreaterThan(500);
    const all = await readPretrainingSample(join(dir, 'c4-0000.json.gz'), { count: 5000 });
    expect(all.records).toHaveLength(1000);
  });

  it('reads Zstandard shards (.jsonl.zst), counting records without text', async () => {
    const fixture = fileURLToPath(new URL('../fixtures/mixed-training-set.jsonl.zst', import.meta.url));
    // 40 records, 27 with a non-empty `text` (the others are prompt/completion, chats or empty texts).
    const sample = await readPretrainingSample(fixture, { count: 100 });
    expect(sample).toMatchObject({ seen: 27, skipped: 13 });
    expect(sample.records[0]!.text).toMatch(/^Sheeran crossed the line in 9\.79 seconds/);
  });

  it('reads Parquet too, by text column', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-pretrain-'));
    const texts = Array.from({ length: 30 }, (_, i) => `Row ${i} of the shard.`);
    writeFileSync(join(dir, 'shard.parquet'), Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'id', data: texts.map((_, i) => i) }, { name: 'text', data: texts }], rowGroupSize: 7 })));
    const sample = await readPretrainingSample(join(dir, 'shard.parquet'), { count: 5, seed: 1 });
    expect(sample).toMatchObject({ seen: 30, skipped: 0 });
    expect(sample.records.every((r) => texts.includes(r.text))).toBe(true);
  });

  it('distills instruction answers from the model itself, saved as they arrive and resumed after an abort', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-distill-'));
    const journal = join(dir, 'distill.jsonl');
    const prompts = Array.from({ length: 12 }, (_, i) => ({ id: `alpaca-${i}`, prompt: `Give me tip number ${i}.` }));
    const controller = new AbortController();
    let calls = 0;
    const model = fakeChatModel((messages) => {
      if (++calls === 5) controller.abort();
      return `Tip: ${messages.at(-1)!.content.replace('Give me ', '')}`;
    });
    await expect(distillAnswers({ model, prompts, journal, concurrency: 1, signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    const saved = (await readFile(journal, 'utf8')).trim().split('\n');
    expect(saved.length).toBeGreaterThanOrEqual(4);
    const again = fakeChatModel((messages) => `Tip: ${messages.at(-1)!.content.replace('Give me ', '')}`);
    const result = await distillAnswers({ model: again, prompts, journal, concurrency: 3 });
    // Only the prompts not answered before the abort were asked again.
    expect(again.calls).toHaveLength(12 - saved.length);
    expect(result).toMatchObject({ reused: saved.length, answered: 12 - saved.length, empty: [] });
    expect(result.ids).toEqual(prompts.map((p) => p.id));
    expect(result.records[7]).toEqual({ messages: [{ role: 'user', content: 'Give me tip number 7.' }, { role: 'assistant', content: 'Tip: tip number 7.' }] });
    const third = fakeChatModel(() => 'unused');
    expect((await distillAnswers({ model: third, prompts, journal })).reused).toBe(12);
    expect(third.calls).toHaveLength(0);
  });
});
