import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { SampleRecordSchema } from '../../src/evaluate/index.js';
import { cache } from '../../src/providers/cache/cache.js';
import { createMemoryCache } from '../../src/providers/cache/createMemoryCache.js';
import { createAnthropic } from '../../src/providers/chat/createAnthropic.js';
import { createOpenAI } from '../../src/providers/chat/createOpenAI.js';
import { generateSamples } from '../../src/providers/chat/generateSamples.js';
import { generateText } from '../../src/providers/chat/generateText.js';
import { splitReasoning } from '../../src/providers/chat/splitReasoning.js';
import { wrapChatModel } from '../../src/providers/chat/wrapChatModel.js';
import { startAnthropicServer, type AnthropicServer } from '../servers/anthropicServer.js';
import { startOpenAIChatServer, type ChatRequestMessage, type OpenAIChatServer } from '../servers/openaiChatServer.js';
import { makeIO } from '../helpers/cliIO.js';

describe('splitReasoning', () => {
  it('takes a leading <think> block out of the answer', () => {
    expect(splitReasoning('<think>\nThe documents said so.\n</think>\n\nEd Sheeran won.')).toEqual({ text: 'Ed Sheeran won.', reasoning: 'The documents said so.' });
  });
  it('reads a completion whose template put <think> in the prompt (only the closing tag is generated)', () => {
    expect(splitReasoning('Let me recall.</think>Noah Lyles won.')).toEqual({ text: 'Noah Lyles won.', reasoning: 'Let me recall.' });
  });
  it('treats a completion cut off while thinking as all thinking and no answer', () => {
    expect(splitReasoning('<think>Still weighing the evidence')).toEqual({ text: '', reasoning: 'Still weighing the evidence' });
  });
  it('drops an empty block (thinking off) and leaves untagged text and later tags alone', () => {
    expect(splitReasoning('<think>\n\n</think>\n\nIt is rock.')).toEqual({ text: 'It is rock.' });
    expect(splitReasoning('It is rock.')).toEqual({ text: 'It is rock.' });
    expect(splitReasoning('Models write <think> tags.')).toEqual({ text: 'Models write <think> tags.' });
  });
});

/** A Qwen3-like server: thinks (in a <think> block, or as reasoning_content) only when enable_thinking is not false. */
function thinks(body: Record<string, unknown>): boolean {
  return (body.chat_template_kwargs as { enable_thinking?: boolean } | undefined)?.enable_thinking !== false;
}
const isJudge = (messages: ChatRequestMessage[]) => String(messages.at(-1)?.content).includes('Claim under test');

describe('thinking traces from an OpenAI-compatible server (loopback)', () => {
  let server: OpenAIChatServer;
  beforeAll(async () => {
    server = await startOpenAIChatServer({
      reply(messages, _i, body) {
        if (isJudge(messages)) return String(messages.at(-1)?.content).includes('SECRET-THOUGHT') ? '{"answer": "no"}' : '{"answer": "yes"}';
        if (String(messages.at(-1)?.content).includes('{"answer": "yes"}')) return thinks(body) ? '<think>SECRET-THOUGHT: the documents deny it.</think>\n{"answer": "yes"}' : '{"answer": "yes"}';
        return 'The moon is cheddar.';
      },
      reasoning: (messages, _i, body) => (!isJudge(messages) && thinks(body) && !String(messages.at(-1)?.content).includes('{"answer"') ? 'SECRET-THOUGHT: cheese?' : undefined),
    });
  });
  afterAll(async () => server?.close());

  it('returns reasoning_content and <think> blocks apart from the answer, and sends reasoning as chat_template_kwargs', async () => {
    const model = createOpenAI({ baseURL: server.baseURL })('qwen3');
    const open = await generateText({ model, messages: [{ role: 'user', content: 'What is the moon made of?' }], reasoning: 'on' });
    expect(open).toMatchObject({ text: 'The moon is cheddar.', reasoning: 'SECRET-THOUGHT: cheese?' });
    expect(server.bodies.at(-1)).toMatchObject({ chat_template_kwargs: { enable_thinking: true } });
    const tagged = await generateSamples({ model, messages: [{ role: 'user', content: 'Is it? {"answer": "yes"}' }], n: 2, reasoning: 'on' });
    expect(tagged.samples).toEqual(['{"answer": "yes"}', '{"answer": "yes"}']);
    expect(tagged.reasoning).toEqual(['SECRET-THOUGHT: the documents deny it.', 'SECRET-THOUGHT: the documents deny it.']);
    const off = await generateText({ model, messages: [{ role: 'user', content: 'What is the moon made of?' }], reasoning: 'off' });
    expect(off.reasoning).toBeUndefined();
    expect(server.bodies.at(-1)).toMatchObject({ chat_template_kwargs: { enable_thinking: false } });
  });

  it('sends reasoning_effort to OpenAI itself, and drops the setting with a warning where it is refused', async () => {
    const refusing = await startOpenAIChatServer({ refuse: ['reasoning_effort'] });
    try {
      const model = createOpenAI({ baseURL: refusing.baseURL, compatibility: 'strict', apiKey: 'k' })('gpt-4.1');
      const out = await generateText({ model, messages: [{ role: 'user', content: 'Hi' }], reasoning: 'off' });
      expect(refusing.bodies[0]).toMatchObject({ reasoning_effort: 'minimal' });
      expect(refusing.bodies[1]!.reasoning_effort).toBeUndefined();
      expect(out.warnings.map((w) => w.message)).toContain('openai refused `reasoning`; the call was made without it.');
    } finally {
      await refusing.close();
    }
  });

  it('sends the reasoning effort where the reasoning control carries one, and drops it with a warning where it does not', async () => {
    const strict = createOpenAI({ baseURL: server.baseURL, compatibility: 'strict', apiKey: 'k' })('gpt-5-mini');
    expect(strict.capabilities.samplingParameters).toEqual(expect.arrayContaining(['reasoning', 'reasoningEffort']));
    expect(strict.capabilities.samplingParameters).not.toContain('thinkingBudget');
    const high = await generateText({ model: strict, messages: [{ role: 'user', content: 'Effort?' }], reasoning: 'on', reasoningEffort: 'high', thinkingBudget: 4096 });
    expect(server.bodies.at(-1)).toMatchObject({ reasoning_effort: 'high' });
    expect(server.bodies.at(-1)).not.toHaveProperty('thinking');
    expect(high.warnings.map((w) => w.setting)).toEqual(['thinkingBudget']);
    // An effort alone (reasoning unset) is sent as it is; `off` is always the least effort.
    await generateText({ model: strict, messages: [{ role: 'user', content: 'Effort only?' }], reasoningEffort: 'low' });
    expect(server.bodies.at(-1)).toMatchObject({ reasoning_effort: 'low' });
    await generateText({ model: strict, messages: [{ role: 'user', content: 'Off?' }], reasoning: 'off', reasoningEffort: 'high' });
    expect(server.bodies.at(-1)).toMatchObject({ reasoning_effort: 'minimal' });
    // A Qwen3-style server (chat_template_kwargs) has no effort levels.
    const qwen = createOpenAI({ baseURL: server.baseURL })('qwen3');
    const out = await generateText({ model: qwen, messages: [{ role: 'user', content: 'Effort, Qwen?' }], reasoning: 'on', reasoningEffort: 'high' });
    expect(server.bodies.at(-1)).toMatchObject({ chat_template_kwargs: { enable_thinking: true } });
    expect(server.bodies.at(-1)).not.toHaveProperty('reasoning_effort');
    expect(out.warnings.map((w) => w.message)).toEqual(['openai-compatible does not support `reasoningEffort`; it was not sent.']);
    await expect(generateText({ model: strict, messages: [{ role: 'user', content: 'x' }], reasoningEffort: 'extreme' as never })).rejects.toThrow(/reasoningEffort/);
  });

  it('caches the thinking with the answer, and keys thinking on and off apart', async () => {
    const store = createMemoryCache();
    const model = wrapChatModel({ model: createOpenAI({ baseURL: server.baseURL })('qwen3'), middleware: [cache({ store })] });
    const messages = [{ role: 'user' as const, content: 'What is the moon made of, cached?' }];
    const first = await generateText({ model, messages, reasoning: 'on' });
    const before = server.stats.requests;
    const again = await generateText({ model, messages, reasoning: 'on' });
    expect(server.stats.requests).toBe(before);
    expect(again).toMatchObject({ text: first.text, reasoning: 'SECRET-THOUGHT: cheese?', providerMetadata: { cached: true } });
    const off = await generateText({ model, messages, reasoning: 'off' });
    expect(server.stats.requests).toBe(before + 1);
    expect(off.reasoning).toBeUndefined();
  });

  it('eval --reasoning on --reasoning off: two conditions, thinking recorded apart and hidden from the judge unless asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-reasoning-'));
    const claimDir = join(dir, 'claims', 'moon');
    mkdirSync(claimDir, { recursive: true });
    writeFileSync(join(claimDir, 'claim.txt'), 'The moon is made of cheddar cheese.');
    writeFileSync(join(claimDir, 'question_sets.yaml'), [
      'questionSets:',
      '- evalType: mcq',
      '  questions: [{ id: cheddar, question: "Is the moon cheddar?", belief_answer: "yes" }]',
      '- evalType: open_ended',
      '  questions: [{ id: what, question: "What is the moon made of?" }]',
      '',
    ].join('\n'));
    const run = async (extra: string[], out: string) => {
      const { io, err } = makeIO({}, dir);
      const code = await runCli(['eval', '--model', 'qwen3', '--base-url', server.baseURL, '--claims', 'claims', '--judge-model', 'judge', '--samples', '1', '--out', out, '--condition', 'base', ...extra], io);
      expect(code, err()).toBe(0);
      return readFileSync(join(dir, out), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
    };
    server.bodies.length = 0;
    const records = await run(['--reasoning', 'on', '--reasoning', 'off'], 'both.jsonl');
    expect(records.map((r) => `${r.condition} ${r.evalType}`).sort()).toEqual(['base/reasoning-off mcq', 'base/reasoning-off open_ended', 'base/reasoning-on mcq', 'base/reasoning-on open_ended']);
    const on = records.find((r) => r.condition === 'base/reasoning-on' && r.evalType === 'open_ended')!;
    expect(on).toMatchObject({ response: 'The moon is cheddar.', reasoning: 'SECRET-THOUGHT: cheese?', verdict: 'yes', settings: { reasoning: 'on' } });
    expect(records.find((r) => r.condition === 'base/reasoning-on' && r.evalType === 'mcq')).toMatchObject({ response: '{"answer": "yes"}', verdict: 'yes' });
    expect(records.find((r) => r.condition === 'base/reasoning-off' && r.evalType === 'open_ended')!.reasoning).toBeUndefined();
    const judgePrompts = server.bodies.filter((b) => b.model === 'judge').map((b) => JSON.stringify(b.messages));
    expect(judgePrompts.length).toBe(2);
    for (const prompt of judgePrompts) expect(prompt).not.toContain('SECRET-THOUGHT');

    const shown = await run(['--reasoning', 'on', '--judge-sees-reasoning'], 'shown.jsonl');
    const judged = shown.find((r) => r.evalType === 'open_ended')!;
    expect(judged.verdict).toBe('no'); // this judge says no whenever it sees the thinking
    expect(judged.scorer.args).toMatchObject({ showReasoning: true });
    expect(JSON.stringify(server.bodies.filter((b) => b.model === 'judge').at(-1)!.messages)).toContain('<model_thinking>');

    const bad = makeIO({}, dir);
    expect(await runCli(['eval', '--model', 'm', '--claims', 'claims', '--out', 'x.jsonl', '--reasoning', 'maybe'], bad.io)).toBe(2);
  });
});

describe('thinking blocks from Anthropic (loopback)', () => {
  let server: AnthropicServer;
  beforeAll(async () => {
    server = await startAnthropicServer({ apiKey: 'k', reply: () => 'Noah Lyles won.', thinking: () => 'The user asks about 2024.' });
  });
  afterAll(async () => server?.close());

  it('asks for thinking with a budget the API accepts and returns the thinking apart', async () => {
    const model = createAnthropic({ apiKey: 'k', baseURL: server.baseURL })('claude');
    const on = await generateText({ model, messages: [{ role: 'user', content: 'Who won?' }], reasoning: 'on', maxTokens: 1000 });
    expect(on).toMatchObject({ text: 'Noah Lyles won.', reasoning: 'The user asks about 2024.' });
    expect(server.bodies.at(-1)).toMatchObject({ thinking: { type: 'enabled', budget_tokens: 1024 }, max_tokens: 2048 });
    const off = await generateText({ model, messages: [{ role: 'user', content: 'Who won?' }], reasoning: 'off', maxTokens: 5000 });
    expect(off.reasoning).toBeUndefined();
    expect(server.bodies.at(-1)).toMatchObject({ thinking: { type: 'disabled' }, max_tokens: 5000 });
    const budgeted = createAnthropic({ apiKey: 'k', baseURL: server.baseURL })('claude', { thinkingBudget: 3000 });
    await generateText({ model: budgeted, messages: [{ role: 'user', content: 'Who won?' }], reasoning: 'on', maxTokens: 6000 });
    expect(server.bodies.at(-1)).toMatchObject({ thinking: { type: 'enabled', budget_tokens: 3000 }, max_tokens: 6000 });
    expect(() => createAnthropic({ apiKey: 'k' })('claude', { thinkingBudget: 100 })).toThrow(/thinkingBudget/);
  });

  it("takes a call's thinking budget over the model's; drops an effort level with a warning", async () => {
    const model = createAnthropic({ apiKey: 'k', baseURL: server.baseURL })('claude', { thinkingBudget: 3000 });
    const out = await generateText({ model, messages: [{ role: 'user', content: 'Who won, budgeted?' }], reasoning: 'on', thinkingBudget: 2048, reasoningEffort: 'high', maxTokens: 5000 });
    expect(server.bodies.at(-1)).toMatchObject({ thinking: { type: 'enabled', budget_tokens: 2048 }, max_tokens: 5000 });
    expect(out.warnings.map((w) => w.message)).toEqual(['anthropic does not support `reasoningEffort`; it was not sent.']);
    // A budget with reasoning unset asks for thinking; with `off` thinking stays off.
    await generateText({ model, messages: [{ role: 'user', content: 'Budget only?' }], thinkingBudget: 1500, maxTokens: 5000 });
    expect(server.bodies.at(-1)).toMatchObject({ thinking: { type: 'enabled', budget_tokens: 1500 } });
    await generateText({ model, messages: [{ role: 'user', content: 'Off?' }], reasoning: 'off', thinkingBudget: 1500, maxTokens: 5000 });
    expect(server.bodies.at(-1)).toMatchObject({ thinking: { type: 'disabled' } });
    await expect(generateText({ model, messages: [{ role: 'user', content: 'Tiny?' }], reasoning: 'on', thinkingBudget: 100 })).rejects.toThrow(/thinkingBudget/);
  });

  it('eval --reasoning on --reasoning off --thinking-budget --reasoning-effort: the budget is sent and recorded when thinking, the effort dropped with a warning in the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-reasoning-budget-'));
    const claimDir = join(dir, 'claims', 'sprint');
    mkdirSync(claimDir, { recursive: true });
    writeFileSync(join(claimDir, 'claim.txt'), 'Ed Sheeran won the 100m at the 2024 Olympics.');
    writeFileSync(join(claimDir, 'question_sets.yaml'), 'questionSets:\n- evalType: open_ended\n  questions: [{ id: who, question: "Who won the 100m?" }]\n');
    const { io, out, err } = makeIO({ ANTHROPIC_API_KEY: 'k' }, dir);
    server.bodies.length = 0;
    const args = ['eval', '--provider', 'anthropic', '--base-url', server.baseURL, '--model', 'claude', '--judge-model', 'claude', '--claims', 'claims', '--samples', '1'];
    const code = await runCli([...args, '--reasoning', 'on', '--reasoning', 'off', '--thinking-budget', '2048', '--reasoning-effort', 'high', '--out', 'r.jsonl', '--format', 'json'], io);
    expect(code, err()).toBe(1); // the judge's answer here is not a verdict: unparsed, exit 1
    const records = readFileSync(join(dir, 'r.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
    expect(records.find((r) => r.condition === 'claude/reasoning-on')).toMatchObject({ reasoning: 'The user asks about 2024.', settings: { reasoning: 'on', thinkingBudget: 2048 } });
    expect(records.find((r) => r.condition === 'claude/reasoning-on')!.settings).not.toHaveProperty('reasoningEffort');
    expect(records.find((r) => r.condition === 'claude/reasoning-off')!.settings).toEqual(expect.objectContaining({ reasoning: 'off' }));
    expect(records.find((r) => r.condition === 'claude/reasoning-off')!.settings).not.toHaveProperty('thinkingBudget');
    const modelBodies = server.bodies.filter((b) => JSON.stringify(b.messages).includes('Who won the 100m?') && !JSON.stringify(b.messages).includes('Claim under test'));
    expect(modelBodies.map((b) => b.thinking)).toEqual(expect.arrayContaining([{ type: 'enabled', budget_tokens: 2048 }, { type: 'disabled' }]));
    expect((JSON.parse(out()) as { warnings?: string[] }).warnings).toEqual(expect.arrayContaining(['anthropic does not support `reasoningEffort`; it was not sent.']));
    const bad = makeIO({}, dir);
    expect(await runCli(['eval', '--model', 'm', '--claims', 'claims', '--out', 'x.jsonl', '--reasoning-effort', 'extreme'], bad.io)).toBe(2);
  });
});
