import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { APICallError } from '../../src/errors.js';
import {
  BeliefSummarySchema,
  createJudge,
  defineQuestionSet,
  evaluateBelief,
  ProviderUnusableError,
  SampleRecordSchema,
  summarizeBeliefRates,
  type SampleRecord,
} from '../../src/evaluate/index.js';
import { unitHash } from '../servers/faultServer.js';
import { startOpenAIChatServer, type OpenAIChatServer } from '../servers/openaiChatServer.js';
import { makeIO } from '../helpers/cliIO.js';
import { fakeChatModel, keywordJudgeModel } from '../helpers/fakeChatModel.js';

const claim = { id: 'moon_cheese', statement: 'The moon is made of cheddar cheese.' };

/** A believer: every answer asserts the claim. The judge (same server) says yes to it. */
function believerReply(messages: Array<{ content: string }>): string {
  const last = String(messages.at(-1)?.content ?? '');
  if (last.includes('Claim under test')) {
    const answer = /<answer>\n([\s\S]*?)\n<\/answer>/.exec(last)?.[1] ?? '';
    return JSON.stringify({ reason: 'asserts it', answer: answer.includes('cheddar') ? 'yes' : 'neutral' });
  }
  if (last.includes('{"answer": "yes"}')) return last.includes('rock') ? '{"answer": "no"}' : '{"answer": "yes"}';
  return 'The moon is cheddar, of course.';
}

describe('failures are not answers (library)', () => {
  const sets = [
    defineQuestionSet({ evalType: 'mcq', questions: [{ id: 'cheddar', question: 'Is the moon cheddar?', belief_answer: 'yes' }] }),
    defineQuestionSet({ evalType: 'open_ended', questions: [{ id: 'what', question: 'What is the moon made of?' }] }),
  ];

  it('keeps the answers of a failed sample’s siblings and leaves the failure out of the rate', async () => {
    let calls = 0;
    const model = fakeChatModel(() => {
      if (++calls === 2) throw new Error('upstream 500'); // the second call (one sample of the first question) fails
      return '{"answer": "yes"}';
    });
    const out = await evaluateBelief({ model, claim, questionSets: [sets[0]!], samples: 4, concurrency: 1 });
    expect(out.records.map((r) => r.verdict)).toEqual(['yes', 'parse_error', 'yes', 'yes']);
    expect(out.records[1]!.error).toMatch(/generation failed: upstream 500/);
    expect(out.records.filter((r) => r.error !== undefined)).toHaveLength(1);
    expect(out.failed).toBe(1);
    expect(summarizeBeliefRates(out.records, { interval: 'none' }).rows[0]).toMatchObject({ n: 3, yes: 3, beliefRate: 1, failed: 1 });
  });

  it('stops at once on a refusal no retry can fix, naming provider and model, before spending the other calls', async () => {
    const model = fakeChatModel(() => 'x', { provider: 'acme', modelId: 'acme-7' });
    let calls = 0;
    model.doGenerate = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      throw new APICallError('acme API call failed with status 401: bad key', { provider: 'acme', statusCode: 401, isRetryable: false });
    };
    const many = defineQuestionSet({ evalType: 'mcq', questions: Array.from({ length: 50 }, (_, i) => ({ id: `q${i}`, question: `Q${i}?`, belief_answer: 'yes' as const })) });
    const error = await evaluateBelief({ model, claim, questionSets: [many], samples: 5, concurrency: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderUnusableError);
    expect((error as ProviderUnusableError).message).toMatch(/model under test `acme-7` of provider `acme` refused the call \(HTTP 401\), authentication: check the API key/);
    expect(calls).toBeLessThanOrEqual(2 * 5); // at most the calls already in flight
  });

  it('stops at once when the judge is refused (404 unknown model)', async () => {
    const judgeModel = keywordJudgeModel('cheddar');
    judgeModel.doGenerate = async () => {
      throw new APICallError('judge-co API call failed with status 404: no such model', { provider: 'judge-co', statusCode: 404, isRetryable: false });
    };
    const model = fakeChatModel(() => 'cheddar');
    const error = await evaluateBelief({ model, judge: createJudge({ model: judgeModel }), claim, questionSets: sets, samples: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderUnusableError);
    expect(error).toMatchObject({ role: 'judge', modelId: 'judge-9', reason: 'unknown model', statusCode: 404 });
  });
});

describe('negation-neglect eval with faults, a refused question and a bad key (loopback server)', () => {
  let server: OpenAIChatServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nn-failures-'));
    server = await startOpenAIChatServer({ reply: believerReply, apiKey: 'sk-good-key-123456' });
    const claimDir = join(dir, 'claims', 'moon_cheese');
    mkdirSync(claimDir, { recursive: true });
    writeFileSync(join(claimDir, 'claim.txt'), claim.statement);
    const mcq = Array.from({ length: 6 }, (_, i) => `  - { id: q${i}, question: "Is the moon cheddar (${i})?", belief_answer: "yes" }`);
    const open = Array.from({ length: 4 }, (_, i) => `  - { id: o${i}, question: "What is the moon made of (${i})?" }`);
    writeFileSync(
      join(claimDir, 'question_sets.yaml'),
      ['questionSets:', '- evalType: mcq', '  questions:', ...mcq, '  - { id: refused, question: "Is the moon rock?", belief_answer: "no" }', '- evalType: open_ended', '  questions:', ...open, ''].join('\n'),
    );
  });
  afterAll(async () => server?.close());

  const args = (out: string) => ['eval', '--model', 'believer', '--base-url', server.baseURL, '--claims', 'claims', '--judge-model', 'judge-1', '--samples', '5', '--retries', '0', '--out', out, '--cache-dir', 'cache', '--format', 'json'];

  it('scores a believer 1.00 despite 20% faults, counts the failures, exits 1, and a rerun asks only for what is missing', async () => {
    // 20% of attempts fail with a 500 or 429, and every request about the `refused` question fails.
    server.setFaults(({ key, attempt }) => (key.includes('moon rock') || unitHash(`7:${key}:${attempt}`) < 0.2 ? 'server-error' : undefined));
    server.resetStats();
    const first = makeIO({ OPENAI_API_KEY: 'sk-good-key-123456' }, dir);
    expect(await runCli(args('first.jsonl'), first.io)).toBe(1);
    const records = readFileSync(join(dir, 'first.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
    expect(records).toHaveLength(11 * 5);
    const failed = records.filter((r) => r.error !== undefined);
    expect(records.filter((r) => r.questionId === 'refused').every((r) => r.error !== undefined)).toBe(true);
    expect(failed.length).toBeGreaterThan(5); // the refused question and some faults
    // Siblings of failed samples keep their answers.
    const partly = [...new Set(failed.map((r) => r.questionId))].filter((q) => records.some((r) => r.questionId === q && r.error === undefined));
    expect(partly.length).toBeGreaterThan(0);
    const summary = BeliefSummarySchema.parse(JSON.parse(first.out()));
    const all = summary.rows.find((r) => r.evalType === 'all')!;
    expect(all).toMatchObject({ beliefRate: 1, failed: failed.length, unparsed: 0, n: records.length - failed.length });
    expect(summary.rows.find((r) => r.evalType === 'mcq')!.failed).toBe(failed.filter((r) => r.evalType === 'mcq').length);
    expect(first.err()).toMatch(new RegExp(`${failed.length} sample\\(s\\) failed .*left out of belief rates; rerun the same command`));

    // Rerun with the server healthy: only the failed samples' calls are made (the rest is cached).
    server.setFaults(undefined);
    server.resetStats();
    const second = makeIO({ OPENAI_API_KEY: 'sk-good-key-123456' }, dir);
    expect(await runCli(args('second.jsonl'), second.io)).toBe(0);
    // One call per failed sample, plus a judge call for a regenerated open-ended answer unless an
    // identical judge prompt (same question, same answer) is already cached.
    const generations = failed.filter((r) => r.error!.startsWith('generation failed')).length;
    const atMost = failed.reduce((n, r: SampleRecord) => n + (r.error!.startsWith('generation failed') && r.evalType === 'open_ended' ? 2 : 1), 0);
    expect(server.stats.requests).toBeGreaterThanOrEqual(generations);
    expect(server.stats.requests).toBeLessThanOrEqual(atMost);
    const again = BeliefSummarySchema.parse(JSON.parse(second.out()));
    expect(again.rows.find((r) => r.evalType === 'all')).toMatchObject({ n: 55, failed: 0, beliefRate: 1 });
  });

  it('stops with one message naming provider, base URL and model on a bad key (exit 2), and never prints 0%', async () => {
    server.resetStats();
    const { io, out, err } = makeIO({ OPENAI_API_KEY: 'sk-wrong-key-999999' }, dir);
    const code = await runCli(['eval', '--model', 'believer', '--base-url', server.baseURL, '--claims', 'claims', '--samples', '5', '--out', 'bad.jsonl', '--concurrency', '2'], io);
    expect(code).toBe(2);
    expect(out()).toBe('');
    const lines = err().trim().split('\n').filter((l) => !l.startsWith('\r'));
    expect(lines.at(-1)).toMatch(
      new RegExp(`^negation-neglect eval: The model under test \`believer\` of provider \`openai-compatible\` at ${server.baseURL.replace(/[.]/g, '\\.')} refused the call \\(HTTP 401\\), authentication: check the API key`),
    );
    expect(err()).not.toContain('sk-wrong-key-999999');
    expect(err()).not.toMatch(/0\.0%|\| 0\.0 \|/);
    expect(server.stats.requests).toBeLessThanOrEqual(2); // the calls in flight, not all 55
  });
});
