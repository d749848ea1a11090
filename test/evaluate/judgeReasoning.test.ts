import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { createJudge, SampleRecordSchema } from '../../src/evaluate/index.js';
import { createOpenAI } from '../../src/providers/chat/createOpenAI.js';
import { startAnthropicServer, type AnthropicServer } from '../servers/anthropicServer.js';
import { startOpenAIChatServer, type OpenAIChatServer } from '../servers/openaiChatServer.js';
import { makeIO } from '../helpers/cliIO.js';

const isJudge = (text: string) => text.includes('Claim under test');

describe("the judge's own reasoning depth (loopback)", () => {
  let openai: OpenAIChatServer;
  let anthropic: AnthropicServer;
  beforeAll(async () => {
    openai = await startOpenAIChatServer({ reply: (messages) => (isJudge(String(messages.at(-1)?.content)) ? '{"answer": "yes"}' : 'Ed Sheeran won.') });
    anthropic = await startAnthropicServer({ apiKey: 'k', reply: () => '{"answer": "yes"}' });
  });
  afterAll(async () => {
    await openai?.close();
    await anthropic?.close();
  });

  it('eval and rejudge --judge-reasoning-effort --judge-thinking-budget: each judge gets what its provider declares, the rest dropped with a warning, recorded with each vote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-judge-depth-'));
    const claimDir = join(dir, 'claims', 'sprint');
    mkdirSync(claimDir, { recursive: true });
    writeFileSync(join(claimDir, 'claim.txt'), 'Ed Sheeran won the 100m at the 2024 Olympics.');
    writeFileSync(join(claimDir, 'question_sets.yaml'), 'questionSets:\n- evalType: open_ended\n  questions: [{ id: who, question: "Who won the 100m?" }]\n');
    const judges = ['--judge', `openai:gpt-5-mini@${openai.baseURL}`, '--judge', `anthropic:claude@${anthropic.baseURL}`];
    const depth = ['--judge-reasoning-effort', 'high', '--judge-thinking-budget', '2048'];
    const { io, out, err } = makeIO({ OPENAI_API_KEY: 'k', ANTHROPIC_API_KEY: 'k' }, dir);
    const code = await runCli(['eval', '--base-url', openai.baseURL, '--model', 'm', ...judges, ...depth, '--claims', 'claims', '--samples', '1', '--out', 'r.jsonl', '--format', 'json'], io);
    expect(code, err()).toBe(0);
    const [record] = readFileSync(join(dir, 'r.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
    // The model under test is not given the judge's depth.
    expect(openai.bodies.find((b) => b.model === 'm')).not.toHaveProperty('reasoning_effort');
    // A judge on an OpenAI-compatible server (thinking switched by chat_template_kwargs) takes neither.
    expect(openai.bodies.find((b) => b.model === 'gpt-5-mini')).not.toHaveProperty('reasoning_effort');
    expect(anthropic.bodies.at(-1)).toMatchObject({ thinking: { type: 'enabled', budget_tokens: 2048 } });
    expect(record!.panel!.map((v) => v.judge.settings)).toEqual([undefined, { thinkingBudget: 2048 }]);
    expect((JSON.parse(out()) as { warnings?: string[] }).warnings).toEqual(
      expect.arrayContaining([
        'judge: openai-compatible does not support `reasoningEffort`; it was not sent.',
        'judge: openai-compatible does not support `thinkingBudget`; it was not sent.',
        'judge: anthropic does not support `reasoningEffort`; it was not sent.',
      ]),
    );

    anthropic.bodies.length = 0;
    const re = makeIO({ ANTHROPIC_API_KEY: 'k' }, dir);
    const rejudged = await runCli(['rejudge', 'r.jsonl', '--judge', `anthropic:claude@${anthropic.baseURL}`, '--judge-thinking-budget', '3000', '--claims', 'claims', '--out', 're.jsonl', '--format', 'json'], re.io);
    expect(rejudged, re.err()).toBe(0);
    expect(anthropic.bodies.at(-1)).toMatchObject({ thinking: { type: 'enabled', budget_tokens: 3000 } });
    const [again] = readFileSync(join(dir, 're.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
    expect(again!.judge).toMatchObject({ provider: 'anthropic', modelId: 'claude', settings: { thinkingBudget: 3000 } });

    const bad = makeIO({}, dir);
    expect(await runCli(['eval', '--model', 'm', '--claims', 'claims', '--out', 'x.jsonl', '--judge-thinking-budget', '0'], bad.io)).toBe(2);
    expect(await runCli(['rejudge', 'r.jsonl', '--judge-model', 'j', '--claims', 'claims', '--out', 'x.jsonl', '--judge-reasoning-effort', 'extreme'], bad.io)).toBe(2);
  });

  it('createJudge settings: an OpenAI judge sends its reasoning effort and records it with the verdict', async () => {
    const model = createOpenAI({ baseURL: openai.baseURL, compatibility: 'strict', apiKey: 'k' })('gpt-5-mini');
    const judge = createJudge({ model, settings: { reasoningEffort: 'low' } });
    const r = await judge.judge({ evalType: 'open_ended', claim: 'Ed Sheeran won the 100m.', question: 'Who won?', response: 'Ed Sheeran won.' });
    expect(openai.bodies.at(-1)).toMatchObject({ model: 'gpt-5-mini', reasoning_effort: 'low' });
    expect(r).toMatchObject({ verdict: 'yes', judge: { provider: 'openai', modelId: 'gpt-5-mini', settings: { reasoningEffort: 'low' } } });
    // A judge without reasoning settings records none (verdicts saved before stay comparable).
    expect((await createJudge({ model }).judge({ evalType: 'open_ended', claim: 'c', question: 'q', response: 'Ed Sheeran won.' })).judge).not.toHaveProperty('settings');
  });
});
