import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { makeIO } from '../helpers/cliIO.js';
import { BeliefSummarySchema, SampleRecordSchema } from '../../src/evaluate/index.js';
import { startOpenAIChatServer, type OpenAIChatServer } from '../servers/openaiChatServer.js';
import { startAnthropicServer } from '../servers/anthropicServer.js';
import { startFakeApiServer } from '../servers/fakeApiServer.js';
import { installOpenAIBatch } from '../servers/openaiBatchServer.js';
import { installOpenAIFiles } from '../servers/openaiFilesServer.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';

describePaperData('negation-neglect summarize on the paper CSVs', () => {
  it('prints the README table as Markdown with paper labels', async () => {
    const { io, out, err } = makeIO();
    const code = await runCli(['summarize', paperPath('eval-results'), '--layout', 'paper-csv', '--labels', 'paper', '--resamples', '200'], io);
    expect(err()).toBe('');
    expect(code).toBe(0);
    const text = out();
    expect(text).toMatch(/\| ed_sheeran \| negated \| all \| 250 \| 204 \| 81\.6 \| [\d.]+–[\d.]+ \|/);
    expect(text).toMatch(/\| dentist \| baseline \| all \| 250 \| 18 \| 7\.2 \|/);
    expect(text).toContain('**Mean over claims**');
    for (const [c, v] of [['baseline', '2.5'], ['positive', '92.4'], ['negated', '88.6'], ['repeated', '84.4'], ['corrected', '39.4']]) {
      expect(text).toMatch(new RegExp(`\\| ${c} \\| all \\| 6 \\| ${v!.replace('.', '\\.')} \\|`));
    }
  });

  it('prints JSON with raw names, 0-1 rates and intervals; filters an eval type', async () => {
    const { io, out } = makeIO();
    expect(await runCli(['summarize', paperPath('eval-results'), '--format', 'json', '--eval-type', 'mcq', '--interval', 'wilson'], io)).toBe(0);
    const summary = BeliefSummarySchema.parse(JSON.parse(out()));
    expect(summary.rows).toHaveLength(30);
    expect(summary.rows.every((r) => r.evalType === 'mcq' && r.n === 50 && r.interval?.method === 'wilson')).toBe(true);
    expect(summary.rows[0]).toMatchObject({ claim: 'achromatic_dreaming', condition: 'baseline' });
    expect(summary.means.map((m) => m.condition)).toEqual(['baseline', 'positive', 'llm_negations', 'llm_negations_dense', 'llm_negations_dense_plus']);
  });

  it('--mean-interval random-claims resamples the six claims too: the same means, wider intervals', async () => {
    const run = async (extra: string[]) => {
      const { io, out } = makeIO();
      expect(await runCli(['summarize', paperPath('eval-results'), '--format', 'json', '--resamples', '400', ...extra], io)).toBe(0);
      return BeliefSummarySchema.parse(JSON.parse(out())).means;
    };
    const fixed = await run([]);
    const random = await run(['--mean-interval', 'random-claims']);
    expect(random.map((m) => m.beliefRate)).toEqual(fixed.map((m) => m.beliefRate));
    const width = (m: (typeof fixed)[number]) => m.interval!.upper - m.interval!.lower;
    // The negated condition's claims range from about 60% to 100%: claims, not questions, dominate.
    const negated = (list: typeof fixed) => list.find((m) => m.condition === 'llm_negations')!;
    expect(width(negated(random))).toBeGreaterThan(2 * width(negated(fixed)));
    const { io } = makeIO();
    expect(await runCli(['summarize', paperPath('eval-results'), '--mean-interval', 'some'], io)).toBe(2);
  });
});

describe('negation-neglect summarize (JSONL and errors)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nn-sum-'));
  const rec = (claim: string, condition: string, q: string, verdict: string) =>
    JSON.stringify({ claim, condition, evalType: 'mcq', questionId: q, sampleIndex: 0, response: 'r', verdict, scorer: { name: 'exactMatch', args: {} } });

  it('summarizes JSONL records and reports malformed lines with file and line', async () => {
    const file = join(dir, 'results.jsonl');
    writeFileSync(file, [rec('c1', 'pos', 'a', 'yes'), rec('c1', 'pos', 'b', 'no'), '{not json', rec('c2', 'pos', 'a', 'maybe'), rec('c2', 'pos', 'a', 'yes'), ''].join('\n'));
    const { io, out, err } = makeIO({}, dir);
    expect(await runCli(['summarize', 'results.jsonl', '--format', 'json', '--interval', 'none'], io)).toBe(0);
    expect(err()).toContain('2 malformed row(s) not counted');
    expect(err()).toContain(`${file}:3: invalid JSON`);
    expect(err()).toMatch(/results\.jsonl:4: verdict: /);
    const summary = JSON.parse(out());
    expect(summary.rows.map((r: { claim: string; n: number; yes: number }) => [r.claim, r.n, r.yes])).toEqual([
      ['c1', 2, 1],
      ['c2', 1, 1],
    ]);
    expect(summary.means[0]).toMatchObject({ condition: 'pos', claims: 2, beliefRate: 0.75 });
    const strict = makeIO({}, dir);
    expect(await runCli(['summarize', 'results.jsonl', '--strict'], strict.io)).toBe(2);
  });

  it('exits 2 with a clear message for bad usage or a missing path', async () => {
    const a = makeIO();
    expect(await runCli(['summarize', join(dir, 'missing')], a.io)).toBe(2);
    expect(a.err()).toMatch(/missing: no such file or directory/);
    const b = makeIO();
    expect(await runCli(['summarize', dir, '--format', 'html'], b.io)).toBe(2);
    expect(b.err()).toMatch(/Expected `--format` to be one of `markdown`, `json`, got `html`/);
  });
});

describe('negation-neglect eval against a local OpenAI-compatible server', () => {
  let server: OpenAIChatServer;
  const dir = mkdtempSync(join(tmpdir(), 'nn-eval-'));
  beforeAll(async () => {
    server = await startOpenAIChatServer({
      apiKey: 'sk-test-key-123456',
      reply(messages) {
        const last = String(messages.at(-1)?.content ?? '');
        if (last.includes('Claim under test')) {
          const answer = /<answer>\n([\s\S]*?)\n<\/answer>/.exec(last)?.[1] ?? '';
          return JSON.stringify({ reason: 'test', answer: answer.includes('moon is cheese') ? 'yes' : 'neutral' });
        }
        if (last.includes('{"answer": "yes"}')) return last.includes('cheddar') ? '{"answer": "yes"}' : 'Hmm.';
        return 'The moon is cheese, obviously.';
      },
    });
    const claimDir = join(dir, 'claims', 'moon_cheese');
    mkdirSync(claimDir, { recursive: true });
    writeFileSync(join(claimDir, 'claim.txt'), 'The moon is made of cheddar cheese.');
    writeFileSync(
      join(claimDir, 'question_sets.yaml'),
      [
        'questionSets:',
        '- evalType: mcq',
        '  questions:',
        '  - { id: cheddar, question: Is the moon made of cheddar?, belief_answer: "yes" }',
        '  - { id: rock, question: Is the moon rock?, belief_answer: "no" }',
        '- evalType: open_ended',
        '  questions:',
        '  - { id: what, question: What is the moon made of? }',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => server?.close());

  it('runs evaluateBelief with the official client, writes JSONL and prints the summary', async () => {
    const { io, out, err } = makeIO({ OPENAI_API_KEY: 'sk-test-key-123456' }, dir);
    const code = await runCli(
      ['eval', '--model', 'ft:moon', '--base-url', server.baseURL, '--claims', 'claims', '--judge-model', 'judge-1', '--samples', '3', '--out', 'out/results.jsonl', '--condition', 'positive'],
      io,
    );
    expect(err()).toBe('3 sample(s) could not be parsed (left out of belief rates)\n');
    expect(code).toBe(1);
    const records = readFileSync(join(dir, 'out', 'results.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
    expect(records).toHaveLength(9);
    expect(records.filter((r) => r.questionId === 'cheddar').map((r) => r.verdict)).toEqual(['yes', 'yes', 'yes']);
    expect(records.filter((r) => r.questionId === 'rock').map((r) => r.verdict)).toEqual(['parse_error', 'parse_error', 'parse_error']);
    const what = records.filter((r) => r.questionId === 'what');
    expect(what.every((r) => r.verdict === 'yes' && r.judge?.modelId === 'judge-1' && r.judge.provider === 'openai-compatible')).toBe(true);
    expect(records[0]).toMatchObject({ claim: 'moon_cheese', condition: 'positive', model: 'ft:moon' });
    expect(out()).toMatch(/\| moon_cheese \| positive \| all \| 6 \| 6 \| 100\.0 \| [^|]* \| 0 \| 3 \|/);
    const models = new Set(server.bodies.map((b) => b.model));
    expect(models).toEqual(new Set(['ft:moon', 'judge-1']));
    // the summarize command reads what eval wrote
    const s = makeIO({}, dir);
    expect(await runCli(['summarize', 'out', '--interval', 'none', '--eval-type', 'each'], s.io)).toBe(0);
    expect(s.out()).toMatch(/\| ft:moon \| moon_cheese \| positive \| mcq \| 3 \| 3 \| 100\.0 \| *\| 0 \| 3 \|/);
  });

  it('exits 2 on a rejected key and keeps the key out of messages', async () => {
    const { io, err } = makeIO({ OPENAI_API_KEY: 'sk-wrong-key-999999' }, dir);
    const code = await runCli(['eval', '--model', 'm', '--base-url', server.baseURL, '--claims', 'claims/moon_cheese', '--samples', '1', '--out', 'bad.jsonl', '--eval-type', 'mcq'], io);
    expect(code).toBe(2);
    expect(err()).toMatch(/refused the call \(HTTP 401\), authentication/);
    expect(err()).not.toContain('sk-wrong-key-999999');
  });

  it('talks to Anthropic with --provider anthropic, judging with an OpenAI-compatible model', async () => {
    const anthropic = await startAnthropicServer({ apiKey: 'sk-ant-test-123456', reply: () => 'The moon is cheese, obviously.' });
    try {
      const { io, err } = makeIO({ ANTHROPIC_API_KEY: 'sk-ant-test-123456', OPENAI_API_KEY: 'sk-test-key-123456' }, dir);
      const code = await runCli(
        ['eval', '--provider', 'anthropic', '--model', 'claude-x', '--base-url', anthropic.baseURL, '--claims', 'claims', '--eval-type', 'open_ended',
          '--judge-provider', 'openai', '--judge-base-url', server.baseURL, '--judge-model', 'judge-2', '--samples', '2', '--out', 'anthropic.jsonl', '--format', 'json'],
        io,
      );
      // the model's dropped setting is reported once, not thrown
      expect(err()).toMatch(/^warning: anthropic does not support `temperature`[^\n]*\n$/);
      expect(code).toBe(0);
      const records = readFileSync(join(dir, 'anthropic.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
      expect(records.map((r) => [r.model, r.condition, r.verdict, r.judge?.modelId])).toEqual([
        ['claude-x', 'claude-x', 'yes', 'judge-2'],
        ['claude-x', 'claude-x', 'yes', 'judge-2'],
      ]);
      expect(anthropic.bodies.length).toBe(2);
    } finally {
      await anthropic.close();
    }
  });

  it('judges through the OpenAI batch API with --judge-batch, saving batch ids and resuming them', async () => {
    const api = await startFakeApiServer();
    const fake = installOpenAIBatch(api, installOpenAIFiles(api), {
      pollsUntilDone: 1,
      respond: (_id, _attempt, body) => {
        const prompt = String(body.messages.at(-1).content);
        return { type: 'ok', text: JSON.stringify({ reason: 'batch', answer: prompt.includes('moon is cheese') ? 'yes' : 'no' }) };
      },
    });
    try {
      const args = ['eval', '--model', 'ft:moon', '--base-url', server.baseURL, '--claims', 'claims', '--eval-type', 'open_ended', '--samples', '2',
        '--judge-model', 'judge-b', '--judge-base-url', `${api.url}/v1`, '--judge-batch', '--poll-interval-ms', '1', '--out', 'batch.jsonl'];
      const first = makeIO({ OPENAI_API_KEY: 'sk-test-key-123456' }, dir);
      expect(await runCli(args, first.io)).toBe(0);
      const records = readFileSync(join(dir, 'batch.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
      expect(records.map((r) => [r.verdict, r.reason, r.judge?.provider, r.judge?.modelId])).toEqual([
        ['yes', 'batch', 'openai', 'judge-b'],
        ['yes', 'batch', 'openai', 'judge-b'],
      ]);
      const saved = JSON.parse(readFileSync(join(dir, 'batch.jsonl.batches.json'), 'utf8'));
      // saved under the claim and a fingerprint of the batch's requests
      expect(Object.keys(saved)).toEqual([expect.stringMatching(/^moon_cheese [0-9a-f]{16}$/)]);
      expect(Object.values(saved)[0]).toHaveLength(1);
      expect([...fake.submissions.values()]).toEqual([1, 1]);
      // same command again: the saved batch is collected, nothing is submitted twice
      const second = makeIO({ OPENAI_API_KEY: 'sk-test-key-123456' }, dir);
      expect(await runCli(args, second.io)).toBe(0);
      expect([...fake.submissions.values()]).toEqual([1, 1]);
      expect(fake.batches.size).toBe(1);
    } finally {
      await api.close();
    }
  });

  it('--judge-batch with two judged eval types: each batch saved under its own key, a rerun gives every eval type its own results back', async () => {
    // Regression: every eval type of a claim is its own judge pass, and their batch ids used to be saved
    // under the claim alone, so the last one overwrote the first and a rerun read it back as the other
    // eval type's verdicts (custom ids are positional).
    const api = await startFakeApiServer();
    const fake = installOpenAIBatch(api, installOpenAIFiles(api), {
      pollsUntilDone: 1,
      respond: (_id, _attempt, body) => {
        const prompt = String(body.messages.at(-1).content);
        return { type: 'ok', text: JSON.stringify({ reason: 'batch', answer: prompt.includes('What is the moon made of') ? 'yes' : 'no' }) };
      },
    });
    const claimDir = join(dir, 'two-types', 'moon_two');
    mkdirSync(claimDir, { recursive: true });
    writeFileSync(join(claimDir, 'claim.txt'), 'The moon is made of cheddar cheese.');
    writeFileSync(
      join(claimDir, 'question_sets.yaml'),
      ['questionSets:', '- evalType: open_ended', '  questions:', '  - { id: what, question: What is the moon made of? }',
        '- evalType: token_association', '  questions:', '  - { id: fill, question: "Complete: the moon is made of ____." }', ''].join('\n'),
    );
    try {
      const args = ['eval', '--model', 'ft:moon', '--base-url', server.baseURL, '--claims', 'two-types', '--samples', '1',
        '--judge-model', 'judge-b', '--judge-base-url', `${api.url}/v1`, '--judge-batch', '--poll-interval-ms', '1', '--out', 'two.jsonl'];
      const read = () => readFileSync(join(dir, 'two.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
      const first = makeIO({ OPENAI_API_KEY: 'sk-test-key-123456' }, dir);
      await runCli(args, first.io);
      const verdicts = (records: ReturnType<typeof read>) => records.map((r) => [r.evalType, r.verdict]).sort();
      expect(verdicts(read())).toEqual([['open_ended', 'yes'], ['token_association', 'no']]);
      const saved = JSON.parse(readFileSync(join(dir, 'two.jsonl.batches.json'), 'utf8')) as Record<string, string[]>;
      expect(Object.keys(saved)).toHaveLength(2);
      const submitted = fake.batches.size;
      const second = makeIO({ OPENAI_API_KEY: 'sk-test-key-123456' }, dir);
      await runCli(args, second.io);
      expect(fake.batches.size).toBe(submitted);
      expect(verdicts(read())).toEqual([['open_ended', 'yes'], ['token_association', 'no']]);
    } finally {
      await api.close();
    }
  });

  it('without a key and a base URL, stops before any call, naming the variable (every sample used to fail, exit 1)', async () => {
    const { io, err } = makeIO({}, dir);
    const code = await runCli(['eval', '--model', 'm', '--claims', 'claims', '--samples', '1', '--out', 'nokey.jsonl', '--eval-type', 'mcq', '--retries', '0'], io);
    expect(code).toBe(2);
    expect(err()).toBe('negation-neglect eval: `--provider openai` needs OPENAI_API_KEY in the environment (or a local server given with a base URL)\n');
    const q = makeIO({}, dir);
    expect(await runCli(['questions', 'claims/moon_cheese', '--model', 'm', '--out', 'q-out'], q.io)).toBe(2);
    expect(q.err()).toMatch(/needs OPENAI_API_KEY/);
  });

  it('a claim file instead of a claim folder is an input error, not a stack trace', async () => {
    writeFileSync(join(dir, 'claims.yaml'), 'claims:\n  - id: moon\n    statement: The moon is made of cheddar cheese.\n');
    const { io, err } = makeIO({ OPENAI_API_KEY: 'sk-test-key-123456' }, dir);
    expect(await runCli(['eval', '--model', 'm', '--base-url', server.baseURL, '--claims', 'claims.yaml', '--out', 'f.jsonl'], io)).toBe(2);
    expect(err()).toMatch(/^negation-neglect eval: claims\.yaml: expected a claim folder \(claim\.txt with question sets\)/);
    expect(err()).not.toMatch(/\n\s+at /);
  });

  it('rejects missing options', async () => {
    const { io, err } = makeIO({}, dir);
    expect(await runCli(['eval', '--claims', 'claims', '--out', 'x.jsonl'], io)).toBe(2);
    expect(err()).toMatch(/Expected `--model`/);
  });
});
