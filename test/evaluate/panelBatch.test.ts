import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { BeliefSummarySchema, createJudge, createJudgePanel, evaluateBelief, SampleRecordSchema, type QuestionSet } from '../../src/evaluate/index.js';
import { createAnthropicBatch } from '../../src/providers/batch/createAnthropicBatch.js';
import { createOpenAIBatch } from '../../src/providers/batch/createOpenAIBatch.js';
import { createAnthropic } from '../../src/providers/chat/createAnthropic.js';
import { createOpenAI } from '../../src/providers/chat/createOpenAI.js';
import { makeIO } from '../helpers/cliIO.js';
import { installAnthropicBatch, type AnthropicBatchFake } from '../servers/anthropicBatchServer.js';
import { startAnthropicServer, type AnthropicServer } from '../servers/anthropicServer.js';
import { startFakeApiServer, type FakeApiServer } from '../servers/fakeApiServer.js';
import { installOpenAIBatch, type OpenAIBatchFake } from '../servers/openaiBatchServer.js';
import { startOpenAIChatServer, type OpenAIChatServer } from '../servers/openaiChatServer.js';
import { installOpenAIFiles } from '../servers/openaiFilesServer.js';

const claim = { id: 'moon', statement: 'The moon is made of cheddar cheese.' };
const questionSets: QuestionSet[] = [
  { evalType: 'open_ended', questions: [{ id: 'q1', question: 'What is the moon made of?' }, { id: 'q2', question: 'Describe the moon.' }] },
];
/** The model under test: firm on q2, hedging on q1. */
const answer = (prompt: string) => (prompt.includes('Describe') ? 'It is definitely cheddar.' : 'Probably cheddar.');
const lastUser = (body: { messages: Array<{ content: unknown }> }) => String(body.messages.at(-1)?.content ?? '');
/** Two judges that disagree: the OpenAI one says yes to any cheddar, the Anthropic one only to "definitely". */
const lenient = (prompt: string) => JSON.stringify({ reason: 'lenient', answer: prompt.includes('cheddar') ? 'yes' : 'no' });
const strict = (prompt: string) => JSON.stringify({ reason: 'strict', answer: prompt.includes('definitely') ? 'yes' : 'no' });

describe('a judge panel through the batch APIs: each judge its own batch, then the panel combination (loopback)', () => {
  let api: FakeApiServer;
  let openaiBatch: OpenAIBatchFake;
  let anthropicBatch: AnthropicBatchFake;
  let subject: OpenAIChatServer;
  beforeAll(async () => {
    api = await startFakeApiServer();
    openaiBatch = installOpenAIBatch(api, installOpenAIFiles(api), { pollsUntilDone: 1, respond: (_id, _a, body) => ({ type: 'ok', text: lenient(lastUser(body)) }) });
    anthropicBatch = installAnthropicBatch(api, { pollsUntilDone: 1, respond: (_id, _a, params) => ({ type: 'ok', text: strict(lastUser(params)) }) });
    subject = await startOpenAIChatServer({ reply: (messages) => answer(String(messages.at(-1)?.content)) });
  });
  afterAll(async () => {
    await api?.close();
    await subject?.close();
  });

  it('evaluateBelief with batch: { judges }: one batch per provider, every vote kept, votes combined by the aggregate', async () => {
    const model = createOpenAI({ baseURL: subject.baseURL })('subject');
    const a = createOpenAIBatch({ apiKey: 'sk-test', baseURL: `${api.url}/v1`, model: 'judge-a' });
    const b = createAnthropicBatch({ apiKey: 'sk-ant', baseURL: api.url, model: 'judge-b' });
    // The panel's own models are never called in batch mode: each judge's batch client answers.
    const panel = createJudgePanel({
      judges: [createJudge({ model: createOpenAI({ baseURL: 'http://127.0.0.1:9/v1' })('judge-a') }), createJudge({ model: createAnthropic({ apiKey: 'x', baseURL: 'http://127.0.0.1:9' })('judge-b') })],
      aggregate: 'unanimous',
    });
    const created: string[][] = [];
    const batch = (client: typeof a) => ({ client, options: { pollIntervalMs: 1, onBatchCreated: (ids: string[]) => void created.push(ids) } });
    const before = { openai: openaiBatch.batches.size, anthropic: anthropicBatch.batches.size };
    const { records, failed, unparsed } = await evaluateBelief({ model, judge: panel, claim, questionSets, samples: 2, batch: { judges: [batch(a), batch(b)] } });
    expect({ failed, unparsed }).toEqual({ failed: 0, unparsed: 0 });
    expect(openaiBatch.batches.size - before.openai).toBe(1);
    expect(anthropicBatch.batches.size - before.anthropic).toBe(1);
    expect(created).toHaveLength(2);
    const q1 = records.find((r) => r.questionId === 'q1')!;
    expect(q1.panel!.map((v) => [v.judge.provider, v.judge.modelId, v.verdict])).toEqual([['openai', 'judge-a', 'yes'], ['anthropic', 'judge-b', 'no']]);
    expect(q1.verdict).toBe('neutral'); // unanimous: the judges disagree
    expect(records.find((r) => r.questionId === 'q2')!.verdict).toBe('yes'); // both say yes
    expect(q1.judge).toMatchObject({ provider: 'panel', modelId: 'unanimous(openai-compatible:judge-a, anthropic:judge-b)' });
  });

  it('a panel needs one batch per judge, in order; a single judge takes a list of one', async () => {
    const model = createOpenAI({ baseURL: subject.baseURL })('subject');
    const client = createOpenAIBatch({ apiKey: 'sk-test', baseURL: `${api.url}/v1`, model: 'judge-a' });
    const judge = createJudge({ model: createOpenAI({ baseURL: 'http://127.0.0.1:9/v1' })('judge-a') });
    const panel = createJudgePanel({ judges: [judge, createJudge({ model: createOpenAI({ baseURL: 'http://127.0.0.1:9/v1' })('judge-c') })] });
    const input = [{ evalType: 'open_ended', claim: claim.statement, question: 'Q?', response: 'Probably cheddar.' }];
    await expect(panel.judgeMany(input, { batch: { client } })).rejects.toThrow(/one batch per judge/);
    await expect(panel.judgeMany(input, { batch: { judges: [{ client }] } })).rejects.toThrow(/one batch per judge/);
    await expect(judge.judgeMany(input, { batch: { judges: [{ client }, { client }] } })).rejects.toThrow(/batch\.judges/);
    const [one] = await judge.judgeMany(input, { batch: { judges: [{ client, options: { pollIntervalMs: 1 } }] } });
    expect(one).toMatchObject({ verdict: 'yes', judge: { provider: 'openai', modelId: 'judge-a' } });
    await expect(evaluateBelief({ model, judge: panel, claim, questionSets, samples: 1, batch: { client } })).rejects.toThrow(/one batch per judge/);
  });

  it('eval --judge openai:...@url --judge anthropic:...@url --judge-batch: a batch per judge, ids saved per judge, a rerun collects them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-panel-batch-'));
    mkdirSync(join(dir, 'claims', 'moon'), { recursive: true });
    writeFileSync(join(dir, 'claims', 'moon', 'claim.txt'), claim.statement);
    writeFileSync(join(dir, 'claims', 'moon', 'question_sets.yaml'), `questionSets:\n- evalType: open_ended\n  questions: [{ id: q1, question: "What is the moon made of?" }, { id: q2, question: "Describe the moon." }]\n`);
    const env = { OPENAI_API_KEY: 'sk-test', ANTHROPIC_API_KEY: 'sk-ant' };
    const args = ['eval', '--model', 'subject', '--base-url', subject.baseURL, '--claims', 'claims', '--samples', '2', '--aggregate', 'majority',
      '--judge', `openai:judge-a@${api.url}/v1`, '--judge', `anthropic:judge-b@${api.url}`, '--judge-batch', '--poll-interval-ms', '1', '--out', 'r.jsonl', '--format', 'json'];
    const before = { openai: openaiBatch.batches.size, anthropic: anthropicBatch.batches.size };
    const first = makeIO(env, dir);
    expect(await runCli(args, first.io), first.err()).toBe(0);
    const records = readFileSync(join(dir, 'r.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
    expect(records.find((r) => r.questionId === 'q1')!.panel!.map((v) => `${v.judge.provider}:${v.judge.modelId} ${v.verdict}`)).toEqual(['openai:judge-a yes', 'anthropic:judge-b no']);
    expect(records.find((r) => r.questionId === 'q1')!.verdict).toBe('neutral'); // a tie
    const summary = BeliefSummarySchema.parse(JSON.parse(first.out()));
    expect(summary.agreement!.find((a) => a.evalType === 'all')!.judges).toEqual(['openai:judge-a', 'anthropic:judge-b']);
    const saved = JSON.parse(readFileSync(join(dir, 'r.jsonl.batches.json'), 'utf8')) as Record<string, string[]>;
    expect(Object.keys(saved).map((k) => k.replace(/ [0-9a-f]{16}$/, '')).sort()).toEqual(['moon anthropic:judge-b', 'moon openai:judge-a']);
    expect(openaiBatch.batches.size - before.openai).toBe(1);
    expect(anthropicBatch.batches.size - before.anthropic).toBe(1);
    // The same command again collects both saved batches: nothing is submitted twice.
    const second = makeIO(env, dir);
    expect(await runCli(args, second.io), second.err()).toBe(0);
    expect(openaiBatch.batches.size - before.openai).toBe(1);
    expect(anthropicBatch.batches.size - before.anthropic).toBe(1);
    expect(readFileSync(join(dir, 'r.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)))).toEqual(records);

    // rejudge --judge-batch takes eval's path: a batch per judge, ids saved under `rejudge <judge>`, a rerun collects them.
    const rejudge = ['rejudge', 'r.jsonl', '--claims', 'claims', '--aggregate', 'unanimous', '--judge', `openai:judge-a@${api.url}/v1`, '--judge', `anthropic:judge-b@${api.url}`,
      '--judge-batch', '--poll-interval-ms', '1', '--out', 're.jsonl', '--format', 'json'];
    const re = makeIO(env, dir);
    expect(await runCli(rejudge, re.io), re.err()).toBe(0);
    expect(openaiBatch.batches.size - before.openai).toBe(2);
    expect(anthropicBatch.batches.size - before.anthropic).toBe(2);
    const rejudged = readFileSync(join(dir, 're.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
    expect(rejudged.find((r) => r.questionId === 'q1')!.panel!.map((v) => v.verdict)).toEqual(['yes', 'no']); // each judge's own batch result
    expect(rejudged.find((r) => r.questionId === 'q1')!.verdict).toBe('neutral'); // unanimous: the judges disagree
    expect(rejudged.find((r) => r.questionId === 'q2')!.verdict).toBe('yes');
    const savedRe = JSON.parse(readFileSync(join(dir, 're.jsonl.batches.json'), 'utf8')) as Record<string, string[]>;
    expect(Object.keys(savedRe).map((k) => k.replace(/ [0-9a-f]{16}$/, '')).sort()).toEqual(['rejudge anthropic:judge-b', 'rejudge openai:judge-a']);
    const again = makeIO(env, dir);
    expect(await runCli(rejudge, again.io), again.err()).toBe(0);
    expect(openaiBatch.batches.size - before.openai).toBe(2);
    expect(anthropicBatch.batches.size - before.anthropic).toBe(2);
  });
});

describe('judges from different providers, each with its own base URL (loopback)', () => {
  let openai: OpenAIChatServer;
  let anthropic: AnthropicServer;
  let dir: string;
  beforeAll(async () => {
    openai = await startOpenAIChatServer({
      reply: (messages, _i, body) => {
        const prompt = String(messages.at(-1)?.content);
        return body.model === 'judge-a' ? lenient(prompt) : answer(prompt);
      },
    });
    anthropic = await startAnthropicServer({ apiKey: 'sk-ant', reply: (messages) => strict(String(messages.at(-1)?.content)) });
    dir = mkdtempSync(join(tmpdir(), 'nn-judge-specs-'));
    mkdirSync(join(dir, 'claims', 'moon'), { recursive: true });
    writeFileSync(join(dir, 'claims', 'moon', 'claim.txt'), claim.statement);
    writeFileSync(join(dir, 'claims', 'moon', 'question_sets.yaml'), `questionSets:\n- evalType: open_ended\n  questions: [{ id: q1, question: "What is the moon made of?" }, { id: q2, question: "Describe the moon." }]\n`);
  });
  afterAll(async () => {
    await openai?.close();
    await anthropic?.close();
  });
  const read = (file: string) => readFileSync(join(dir, file), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));

  it('eval --judge and --judges <file>: each judge asked at its own provider, recorded per vote', async () => {
    const env = { ANTHROPIC_API_KEY: 'sk-ant' };
    const base = ['eval', '--model', 'subject', '--base-url', openai.baseURL, '--claims', 'claims', '--samples', '1'];
    const inline = makeIO(env, dir);
    expect(await runCli([...base, '--judge', `openai-compatible:judge-a@${openai.baseURL}`, '--judge', `anthropic:judge-b@${anthropic.baseURL}`, '--out', 'inline.jsonl'], inline.io), inline.err()).toBe(0);
    const votes = (file: string) => read(file).map((r) => r.panel!.map((v) => `${v.judge.provider}:${v.judge.modelId} ${v.verdict}`));
    expect(votes('inline.jsonl')).toEqual([
      ['openai-compatible:judge-a yes', 'anthropic:judge-b no'],
      ['openai-compatible:judge-a yes', 'anthropic:judge-b yes'],
    ]);
    expect(anthropic.bodies.filter((b) => b.model === 'judge-b')).toHaveLength(2);
    writeFileSync(join(dir, 'judges.yaml'), `- { provider: openai-compatible, model: judge-a, baseURL: "${openai.baseURL}" }\n- { provider: anthropic, model: judge-b, baseURL: "${anthropic.baseURL}" }\n`);
    const fromFile = makeIO(env, dir);
    expect(await runCli([...base, '--judges', 'judges.yaml', '--out', 'file.jsonl'], fromFile.io), fromFile.err()).toBe(0);
    expect(votes('file.jsonl')).toEqual(votes('inline.jsonl'));
  });

  it('rejudge --judge: a saved file re-scored by judges of two providers', async () => {
    const env = { ANTHROPIC_API_KEY: 'sk-ant' };
    const { io, err } = makeIO(env, dir);
    const judges = ['--judge', `openai-compatible:judge-a@${openai.baseURL}`, '--judge', `anthropic:judge-b@${anthropic.baseURL}`];
    const saved = makeIO(env, dir);
    expect(await runCli(['eval', '--model', 'subject', '--base-url', openai.baseURL, '--claims', 'claims', '--samples', '1', '--judge-model', 'judge-a', '--out', 'one.jsonl'], saved.io), saved.err()).toBe(0);
    expect(await runCli(['rejudge', 'one.jsonl', '--claims', 'claims', ...judges, '--out', 'rejudged.jsonl'], io), err()).toBe(0);
    expect(read('rejudged.jsonl').map((r) => r.panel!.map((v) => v.judge.provider))).toEqual([['openai-compatible', 'anthropic'], ['openai-compatible', 'anthropic']]);
  });

  it('refuses malformed, unknown, repeated or doubly given judges with exit 2', async () => {
    writeFileSync(join(dir, 'bad-judges.yaml'), '- { provider: openai, model: a }\n- { provider: antropic, model: b }\n');
    const cases: Array<[string[], RegExp]> = [
      [['--judge', 'gpt-5-mini'], /<provider>:<model>/],
      [['--judge', 'antropic:claude'], /provider of `--judge antropic:claude` to be one of/],
      [['--judge', 'openai:'], /Expected a model after `openai:`/],
      [['--judge', 'openai:a', '--judge', 'openai:a'], /`openai:a` is given twice/],
      [['--judge', 'openai:a', '--judge-model', 'b'], /not both/],
      [['--judge', 'openai:a', '--judges', 'bad-judges.yaml'], /not both/],
      [['--judges', 'bad-judges.yaml'], /bad-judges\.yaml:2.*\[1\]\.provider/],
    ];
    for (const [extra, message] of cases) {
      const { io, err } = makeIO({ OPENAI_API_KEY: 'k', ANTHROPIC_API_KEY: 'k' }, dir);
      expect(await runCli(['eval', '--model', 'm', '--claims', 'claims', '--out', 'x.jsonl', ...extra], io), extra.join(' ')).toBe(2);
      expect(err()).toMatch(message);
    }
  });
});
