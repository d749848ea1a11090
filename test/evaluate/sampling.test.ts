import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { BeliefSummarySchema, SAMPLING_PRESETS, SampleRecordSchema } from '../../src/evaluate/index.js';
import { startOpenAIChatServer, type OpenAIChatServer } from '../servers/openaiChatServer.js';
import { makeIO } from '../helpers/cliIO.js';

/** A paper-layout claim folder: claim.txt plus the paper's mcq.yaml and open_ended.yaml. */
function paperClaimFolder(root: string): void {
  const dir = join(root, 'claims', 'moon_cheese');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'claim.txt'), 'The moon is made of cheddar cheese.');
  writeFileSync(join(dir, 'mcq.yaml'), 'questions:\n  - { id: cheddar, question: "Is the moon cheddar?", belief_answer: "yes" }\n');
  writeFileSync(join(dir, 'open_ended.yaml'), 'questions:\n  - { id: what, question: "What is the moon made of? Tell me at length." }\n');
}

describe('sampling presets and refused settings (loopback server)', () => {
  let server: OpenAIChatServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nn-sampling-'));
    paperClaimFolder(dir);
    server = await startOpenAIChatServer({
      reply(messages) {
        const last = String(messages.at(-1)?.content ?? '');
        if (last.includes('Claim under test')) return JSON.stringify({ reason: 'asserts it', answer: 'yes' });
        if (last.includes('{"answer": "yes"}')) return '{"answer": "yes"}';
        return 'The moon is cheddar, and';
      },
      finishReason: (messages) => (String(messages.at(-1)?.content).includes('at length') ? 'length' : 'stop'),
    });
  });
  afterAll(async () => server?.close());

  it('samples a paper-layout claim folder as the paper did, records settings and finish reasons, counts truncations', async () => {
    server.bodies.length = 0;
    const { io, out } = makeIO({}, dir);
    const code = await runCli(['eval', '--model', 'qwen', '--base-url', server.baseURL, '--claims', 'claims', '--judge-model', 'judge-r1', '--out', 'paper.jsonl', '--format', 'json'], io);
    expect(code).toBe(0);
    const modelBodies = server.bodies.filter((b) => b.model === 'qwen');
    const judgeBodies = server.bodies.filter((b) => b.model === 'judge-r1');
    expect(modelBodies.length).toBe(10); // 2 questions × 5 samples (the paper's 5)
    for (const b of modelBodies) expect(b).toMatchObject({ temperature: 0.7, top_p: 0.8, max_tokens: 5000 });
    for (const b of judgeBodies) expect(b).toMatchObject({ temperature: 1, max_tokens: 6000 });
    const records = readFileSync(join(dir, 'paper.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
    expect(records.find((r) => r.evalType === 'open_ended')).toMatchObject({ finishReason: 'length', settings: SAMPLING_PRESETS.paper.model });
    expect(records.find((r) => r.evalType === 'mcq')).toMatchObject({ finishReason: 'stop', settings: { ...SAMPLING_PRESETS.paper.model, responseFormat: 'json' } });
    const summary = BeliefSummarySchema.parse(JSON.parse(out()));
    expect(summary.rows.find((r) => r.evalType === 'open_ended')).toMatchObject({ truncated: 5, n: 5 });
  });

  it('makes the call without a setting the provider refuses, warns once (in the summary too), and records what was sent', async () => {
    const refusing = await startOpenAIChatServer({
      refuse: ['temperature', 'top_p'],
      reply: (messages) => (String(messages.at(-1)?.content).includes('Claim under test') ? '{"answer": "yes"}' : '{"answer": "yes"}'),
    });
    try {
      const { io, out, err } = makeIO({}, dir);
      const code = await runCli(
        ['eval', '--model', 'reasoner', '--base-url', refusing.baseURL, '--claims', 'claims', '--judge-model', 'judge-r1', '--samples', '2', '--out', 'refused.jsonl', '--sampling', 'paper'],
        io,
      );
      expect(code).toBe(0);
      expect(err()).toContain('warning: openai-compatible refused `temperature`; the call was made without it.');
      expect(err()).toContain('warning: openai-compatible refused `topP`; the call was made without it.');
      expect(err()).toContain('warning: judge: openai-compatible refused `temperature`; the call was made without it.');
      expect(err().match(/refused `temperature`/g)).toHaveLength(2); // once for the model, once for the judge
      expect(out()).toMatch(/\*\*Warnings\*\*[\s\S]*refused `temperature`/);
      const records = readFileSync(join(dir, 'refused.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
      for (const r of records) expect(r.settings).toEqual(expect.not.objectContaining({ temperature: expect.anything() }));
      expect(records[0]!.settings).toMatchObject({ maxTokens: 5000 });
      expect(refusing.bodies.filter((b) => b.model === 'reasoner' && b.temperature === undefined && b.top_p === undefined).length).toBeGreaterThan(0);
    } finally {
      await refusing.close();
    }
  });

  it('keeps the older default for our own question-set files, and --sampling overrides either way', async () => {
    server.bodies.length = 0;
    const own = join(dir, 'own', 'moon');
    mkdirSync(own, { recursive: true });
    writeFileSync(join(own, 'claim.txt'), 'The moon is made of cheddar cheese.');
    writeFileSync(join(own, 'question_sets.yaml'), 'questionSets:\n- evalType: mcq\n  questions:\n  - { id: c, question: "Is the moon cheddar?", belief_answer: "yes" }\n');
    const { io } = makeIO({}, dir);
    expect(await runCli(['eval', '--model', 'm2', '--base-url', server.baseURL, '--claims', 'own', '--samples', '1', '--out', 'own.jsonl'], io)).toBe(0);
    expect(server.bodies.find((b) => b.model === 'm2')).toMatchObject({ temperature: 1, max_tokens: 1024 });
    expect(server.bodies.find((b) => b.model === 'm2')!.top_p).toBeUndefined();
    const bad = makeIO({}, dir);
    expect(await runCli(['eval', '--model', 'm2', '--claims', 'own', '--out', 'x.jsonl', '--sampling', 'greedy'], bad.io)).toBe(2);
  });
});
