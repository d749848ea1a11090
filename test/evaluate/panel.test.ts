import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import {
  aggregateVerdicts,
  BeliefSummarySchema,
  createJudge,
  createJudgePanel,
  evaluateBelief,
  formatBeliefSummary,
  panelAgreement,
  renderBeliefSummaryHtml,
  SampleRecordSchema,
  summarizeBeliefRates,
  type SampleRecord,
} from '../../src/evaluate/index.js';
import { renderHtmlReport, renderMarkdownReport, renderTextReport } from '../../src/report/index.js';
import { startOpenAIChatServer, type ChatRequestMessage, type OpenAIChatServer } from '../servers/openaiChatServer.js';
import { makeIO } from '../helpers/cliIO.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';

describe('aggregateVerdicts', () => {
  it('majority needs more than half the readable votes; a tie is neutral', () => {
    expect(aggregateVerdicts(['yes', 'yes', 'no'], 'majority')).toEqual({ verdict: 'yes' });
    expect(aggregateVerdicts(['yes', 'no'], 'majority')).toEqual({ verdict: 'neutral' });
    expect(aggregateVerdicts(['no', 'parse_error', 'no'], 'majority')).toEqual({ verdict: 'no' });
  });
  it('unanimous gives yes or no only when every readable vote agrees', () => {
    expect(aggregateVerdicts(['yes', 'yes', 'no'], 'unanimous')).toEqual({ verdict: 'neutral' });
    expect(aggregateVerdicts(['yes', 'yes', 'parse_error'], 'unanimous')).toEqual({ verdict: 'yes' });
    expect(aggregateVerdicts(['no', 'no'], 'unanimous')).toEqual({ verdict: 'no' });
  });
  it('mean records the share of yes votes; yes from one half up', () => {
    expect(aggregateVerdicts(['yes', 'no'], 'mean')).toEqual({ verdict: 'yes', mean: 0.5 });
    expect(aggregateVerdicts(['yes', 'no', 'no'], 'mean')).toEqual({ verdict: 'no', mean: 1 / 3 });
  });
  it('no readable vote is parse_error', () => {
    expect(aggregateVerdicts(['parse_error', 'parse_error'], 'majority')).toEqual({ verdict: 'parse_error' });
  });
});

describe('panelAgreement', () => {
  const vote = (modelId: string, verdict: SampleRecord['verdict']) => ({ judge: { provider: 'p', modelId, rubricId: 'r' }, verdict });
  it("computes Cohen's kappa per pair, Fleiss' kappa and Krippendorff's alpha, with failed votes as missing ratings", () => {
    // Judges a and b: the 50-item textbook table (kappa 0.4); judge c agrees with a throughout.
    const cells: Array<[SampleRecord['verdict'], SampleRecord['verdict'], number]> = [['yes', 'yes', 20], ['yes', 'no', 5], ['no', 'yes', 10], ['no', 'no', 15]];
    const samples = cells.flatMap(([x, y, n]) => Array.from({ length: n }, () => ({ evalType: 'open_ended', panel: [vote('a', x), vote('b', y), vote('c', x)] })));
    samples.push({ evalType: 'robustness', panel: [vote('a', 'yes'), { ...vote('b', 'parse_error'), error: 'judge call failed: 500' } as never, vote('c', 'yes')] });
    const rows = panelAgreement(samples);
    expect(rows.map((r) => r.evalType)).toEqual(['open_ended', 'robustness', 'all']);
    const open = rows[0]!;
    expect(open).toMatchObject({ judges: ['p:a', 'p:b', 'p:c'], samples: 50 });
    expect(open.pairs.find((p) => p.a === 'p:a' && p.b === 'p:b')!.cohenKappa).toBeCloseTo(0.4, 10);
    expect(open.pairs.find((p) => p.a === 'p:a' && p.b === 'p:c')).toMatchObject({ cohenKappa: 1, observed: 1, compared: 50 });
    expect(open.fleissKappa).not.toBeNull();
    // The failed vote is missing: robustness has one sample, a and c read it; Fleiss needs all three.
    expect(rows[1]).toMatchObject({ samples: 1, fleissKappa: null });
    expect(rows[2]!.pairs.find((p) => p.a === 'p:a' && p.b === 'p:b')!.compared).toBe(50);
    expect(panelAgreement([{ evalType: 'mcq' }])).toEqual([]);
  });
});

const claim = { id: 'moon', statement: 'The moon is made of cheddar cheese.' };
const questionSets = [
  { evalType: 'open_ended' as const, questions: [{ id: 'q1', question: 'What is the moon made of?' }, { id: 'q2', question: 'Describe the moon.' }] },
  { evalType: 'mcq' as const, questions: [{ id: 'm1', question: 'Is the moon cheddar?', belief_answer: 'yes' as const }] },
];

describe('createJudgePanel with evaluateBelief', () => {
  const model = fakeChatModel((messages) => (messages.at(-1)!.content.includes('JSON') ? '{"answer": "yes"}' : 'Cheddar, surely.'));
  const says = (label: string, modelId: string) => fakeChatModel(() => JSON.stringify({ reason: label, answer: label }), { provider: 'co', modelId });
  const failing = (modelId: string) => fakeChatModel({ modelId, generate: () => Promise.reject(new Error('upstream 500')) });
  it('records every vote per sample, aggregates by the rule, and leaves yes/no answers to exact match', async () => {
    for (const [aggregate, verdict, panelMean] of [['majority', 'yes', undefined], ['unanimous', 'neutral', undefined], ['mean', 'yes', 2 / 3]] as const) {
      const panel = createJudgePanel({ judges: [createJudge({ model: says('yes', 'a') }), createJudge({ model: says('yes', 'b') }), createJudge({ model: says('no', 'c') })], aggregate });
      const { records } = await evaluateBelief({ model, judge: panel, claim, questionSets, samples: 2 });
      const open = records.filter((r) => r.evalType === 'open_ended');
      expect(open).toHaveLength(4);
      for (const r of open) {
        expect(r.verdict).toBe(verdict);
        expect(r.panel!.map((v) => [v.judge.modelId, v.verdict])).toEqual([['a', 'yes'], ['b', 'yes'], ['c', 'no']]);
        expect(r.panelMean).toBe(panelMean);
        expect(r.judge).toMatchObject({ provider: 'panel', modelId: `${aggregate}(co:a, co:b, co:c)`, rubricId: 'nn/open_ended@1' });
      }
      expect(records.find((r) => r.evalType === 'mcq')).toMatchObject({ verdict: 'yes', scorer: { name: 'exactMatch' } });
      expect(records.find((r) => r.evalType === 'mcq')!.panel).toBeUndefined();
    }
  });
  it('a judge whose call fails does not vote; a panel whose every judge fails records a failure', async () => {
    const broken = failing('broken');
    const panel = createJudgePanel({ judges: [createJudge({ model: says('yes', 'a') }), createJudge({ model: broken })] });
    const { records } = await evaluateBelief({ model, judge: panel, claim, questionSets: [questionSets[0]!], samples: 1 });
    expect(records[0]).toMatchObject({ verdict: 'yes' });
    expect(records[0]!.panel![1]).toMatchObject({ verdict: 'parse_error', error: expect.stringContaining('upstream 500') });
    const allBroken = createJudgePanel({ judges: [createJudge({ model: broken }), createJudge({ model: failing('b2') })] });
    const failed = await evaluateBelief({ model, judge: allBroken, claim, questionSets: [questionSets[0]!], samples: 1 });
    expect(failed.failed).toBe(2);
    expect(failed.records[0]!.error).toContain('upstream 500');
  });
  it('needs two judges, and in batch mode one batch per judge (test/evaluate/panelBatch.test.ts)', async () => {
    expect(() => createJudgePanel({ judges: [createJudge({ model })] })).toThrow(/at least two judges/);
    const panel = createJudgePanel({ judges: [createJudge({ model }), createJudge({ model })] });
    await expect(panel.judgeMany([], { batch: {} as never })).rejects.toThrow(/batch/);
  });
});

/** Three judges on one server: `lenient` says yes, `strict` says no unless the answer says "definitely", `coin` flips with the question. */
function panelReply(messages: ChatRequestMessage[], body: Record<string, unknown>): string {
  const prompt = String(messages.at(-1)?.content ?? '');
  if (prompt.includes('Claim under test')) {
    const label =
      body.model === 'lenient' ? 'yes' : body.model === 'strict' ? (prompt.includes('definitely') ? 'yes' : 'no') : prompt.includes('Describe') ? 'yes' : 'neutral';
    return JSON.stringify({ reason: `${body.model} says ${label}`, answer: label });
  }
  if (prompt.includes('{"answer": "yes"}')) return '{"answer": "yes"}';
  return prompt.includes('Describe') ? 'It is definitely cheddar.' : 'Probably cheddar.';
}

describe('a panel that disagrees, and rejudge (loopback server, CLI)', () => {
  let server: OpenAIChatServer;
  let dir: string;
  beforeAll(async () => {
    server = await startOpenAIChatServer({ reply: (messages, _i, body) => panelReply(messages, body) });
    dir = mkdtempSync(join(tmpdir(), 'nn-panel-'));
    const claimDir = join(dir, 'claims', 'moon');
    mkdirSync(claimDir, { recursive: true });
    writeFileSync(join(claimDir, 'claim.txt'), claim.statement);
    writeFileSync(join(claimDir, 'question_sets.yaml'), [
      'questionSets:',
      '- evalType: open_ended',
      '  questions: [{ id: q1, question: "What is the moon made of?" }, { id: q2, question: "Describe the moon." }]',
      '- evalType: mcq',
      '  questions: [{ id: m1, question: "Is the moon cheddar?", belief_answer: "yes" }]',
      '',
    ].join('\n'));
  });
  afterAll(async () => server?.close());
  const read = (file: string) => readFileSync(join(dir, file), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));

  it('eval with three --judge-model: votes per sample, agreement in the JSON and Markdown summaries', async () => {
    const panel = ['--judge-model', 'lenient', '--judge-model', 'strict', '--judge-model', 'coin'];
    const { io, out, err } = makeIO({}, dir);
    const code = await runCli(['eval', '--model', 'm', '--base-url', server.baseURL, '--claims', 'claims', ...panel, '--samples', '2', '--out', 'panel.jsonl', '--format', 'json'], io);
    expect(code, err()).toBe(0);
    const records = read('panel.jsonl');
    const q1 = records.find((r) => r.questionId === 'q1')!;
    expect(q1.panel!.map((v) => v.verdict)).toEqual(['yes', 'no', 'neutral']);
    expect(q1.verdict).toBe('neutral'); // no majority
    expect(records.find((r) => r.questionId === 'q2')!.verdict).toBe('yes');
    const summary = BeliefSummarySchema.parse(JSON.parse(out()));
    const all = summary.agreement!.find((a) => a.evalType === 'all')!;
    expect(all.judges).toEqual(['openai-compatible:lenient', 'openai-compatible:strict', 'openai-compatible:coin']);
    expect(all.samples).toBe(4);
    // lenient always says yes: its agreement with strict is chance agreement (kappa 0); strict and coin agree on q2 only.
    expect(all.pairs.find((p) => p.a.endsWith('lenient') && p.b.endsWith('strict'))).toMatchObject({ observed: 0.5, cohenKappa: 0 });
    expect(all.pairs.find((p) => p.a.endsWith('strict') && p.b.endsWith('coin'))).toMatchObject({ compared: 4, observed: 0.5 });
    expect(all.krippendorffAlpha).not.toBeNull();
    const markdown = formatBeliefSummary(summary, 'markdown');
    expect(markdown).toContain('**Judge agreement**');
    expect(markdown).toMatch(/openai-compatible:strict vs openai-compatible:coin: \S+ \(4\)/);
    expect(renderBeliefSummaryHtml(summary)).toContain('<b>Judge agreement</b>');
    // The experiment reports show it too (their summary is a BeliefSummary).
    const results = { title: 'panel', claims: [{ name: 'moon' }], conditions: [{ name: 'm' }], summary: summarizeBeliefRates(records) };
    expect(renderMarkdownReport(results)).toContain('## Judge agreement');
    expect(renderHtmlReport(results)).toContain('<h2>Judge agreement</h2>');
    expect(renderTextReport(results)).toContain('Judge agreement');
  });

  it('rejudge re-scores saved samples without asking the model again, caches, and agreement compares the two files', async () => {
    const before = server.bodies.length;
    server.bodies.length = 0;
    const { io, err } = makeIO({}, dir);
    const args = ['rejudge', 'panel.jsonl', '--judge-model', 'strict', '--base-url', server.baseURL, '--claims', 'claims', '--cache-dir', 'cache', '--out', 'strict.jsonl'];
    expect(await runCli(args, io), err()).toBe(0);
    expect(before).toBeGreaterThan(0);
    expect(server.bodies.every((b) => b.model === 'strict')).toBe(true);
    // The four open-ended samples are two questions answered alike twice: the cache asks once per prompt.
    expect(server.bodies).toHaveLength(2);
    expect(err()).toContain('4 sample(s) rejudged, 2 kept as they were');
    const original = read('panel.jsonl');
    const rejudged = read('strict.jsonl');
    expect(rejudged).toHaveLength(original.length);
    const q1 = rejudged.find((r) => r.questionId === 'q1')!;
    expect(q1).toMatchObject({ verdict: 'no', judge: { provider: 'openai-compatible', modelId: 'strict' }, response: 'Probably cheddar.' });
    expect(q1.panel).toBeUndefined();
    expect(rejudged.find((r) => r.evalType === 'mcq')).toEqual(original.find((r) => r.evalType === 'mcq'));

    const cached = await server.stats.requests;
    const again = makeIO({}, dir);
    expect(await runCli(args, again.io)).toBe(0);
    expect(server.stats.requests).toBe(cached);

    const agreement = makeIO({}, dir);
    expect(await runCli(['agreement', 'panel.jsonl', 'strict.jsonl', '--format', 'json'], agreement.io)).toBe(0);
    const result = JSON.parse(agreement.out()) as { compared: number; matrix: Record<string, Record<string, number>> };
    expect(result.compared).toBe(6);
    expect(result.matrix).toEqual({ neutral: { no: 2 }, yes: { yes: 4 } });

    const missing = makeIO({}, dir);
    expect(await runCli(['rejudge', 'panel.jsonl', '--judge-model', 'strict', '--claims', 'claims'], missing.io)).toBe(2);
  });

  it('a judge that refuses every call stops rejudge with exit 2 naming the base URL', async () => {
    const locked = await startOpenAIChatServer({ apiKey: 'right' });
    try {
      const { io, err } = makeIO({ OPENAI_API_KEY: 'wrong' }, dir);
      expect(await runCli(['rejudge', 'panel.jsonl', '--judge-model', 'strict', '--base-url', locked.baseURL, '--claims', 'claims', '--retries', '0', '--out', 'x.jsonl'], io)).toBe(2);
      expect(err()).toContain(`The judge \`strict\` of provider \`openai-compatible\` at ${locked.baseURL} refused the call (HTTP 401)`);
    } finally {
      await locked.close();
    }
  });
});

describePaperData("rejudge the paper's own per-sample CSVs", () => {
  it('re-scores the judged samples of a paper result folder and measures agreement with the paper labels', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nn-paper-rejudge-'));
    const cell = join(root, 'results', 'ed_sheeran', 'llm_negations', 'final');
    mkdirSync(cell, { recursive: true });
    for (const f of ['mcq.csv', 'pink_elephant.csv']) copyFileSync(paperPath('eval-results', 'ed_sheeran', 'llm_negations', 'final', f), join(cell, f));
    const server = await startOpenAIChatServer({ reply: () => '{"reason": "fills in the claim", "answer": "yes"}' });
    try {
      const { io, err } = makeIO({}, root);
      const code = await runCli(['rejudge', 'results', '--judge-model', 'j', '--base-url', server.baseURL, '--claims', paperPath('claims', 'ed_sheeran'), '--paper-judges', '--out', 'rejudged.jsonl'], io);
      expect(code, err()).toBe(0);
      const rejudged = readFileSync(join(root, 'rejudged.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
      const token = rejudged.filter((r) => r.evalType === 'token_association');
      expect(token.length).toBeGreaterThan(10);
      expect(token.every((r) => r.verdict === 'yes' && r.judge?.rubricId.startsWith('paper:'))).toBe(true);
      expect(server.bodies).toHaveLength(token.length);
      const agreement = makeIO({}, root);
      expect(await runCli(['agreement', 'results', 'rejudged.jsonl', '--format', 'json'], agreement.io)).toBe(0);
      const result = JSON.parse(agreement.out()) as { compared: number; onlyA: number; onlyB: number };
      expect(result).toMatchObject({ compared: rejudged.length, onlyA: 0, onlyB: 0 });
    } finally {
      await server.close();
    }
  });
});
