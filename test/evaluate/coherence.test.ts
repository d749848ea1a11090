import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { defaultExperimentRegistry, loadExperimentConfig } from '../../src/experiment/index.js';
import {
  BeliefSummarySchema,
  createJudge,
  evaluateBelief,
  formatBeliefSummary,
  loadCoherenceQuestions,
  parseJudgeScore,
  renderBeliefSummaryHtml,
  renderRubric,
  SampleRecordSchema,
  summarizeBeliefRates,
  type SampleRecord,
} from '../../src/evaluate/index.js';
import { renderHtmlReport, renderMarkdownReport, renderTextReport } from '../../src/report/index.js';
import { startOpenAIChatServer, type OpenAIChatServer } from '../servers/openaiChatServer.js';
import { makeIO } from '../helpers/cliIO.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';
import { fakeStrategy } from '../experiment/fakes.js';

describe('parseJudgeScore', () => {
  it('reads a score from JSON, a fence, embedded JSON or a fragment, within the scale', () => {
    expect(parseJudgeScore('{"score": 8, "reason": "good"}', { min: 0, max: 10 })).toEqual({ score: 8, reason: 'good', method: 'json' });
    expect(parseJudgeScore('```json\n{"score": "7"}\n```', { min: 0, max: 10 })).toMatchObject({ score: 7, method: 'code_fence' });
    expect(parseJudgeScore('My evaluation: {"score": 3, "reason": "loops"} done', { min: 0, max: 10 })).toMatchObject({ score: 3, method: 'embedded_json' });
    expect(parseJudgeScore('{"reason": "cut off", "score": 9', { min: 0, max: 10 })).toMatchObject({ score: 9, method: 'field_pattern' });
  });
  it('never guesses: out of range, not a number, or absent is an error', () => {
    expect(parseJudgeScore('{"score": 11}', { min: 0, max: 10 }).error).toMatch(/not a number from 0 to 10/);
    expect(parseJudgeScore('{"score": "high"}', { min: 0, max: 10 }).score).toBeUndefined();
    expect(parseJudgeScore('It is quite coherent.', { min: 0, max: 10 }).error).toBe('no `score` found in output');
    expect(parseJudgeScore('', { min: 0, max: 10 }).error).toBe('empty output');
  });
});

const COHERENCE_FILE = `judge_rubric: |-
  Score the answer 0-10.
  ## Question
  {question}
  ## Response to Evaluate
  {answer}
  Respond with JSON only: {{"score": <0-10>, "reason": "<why>"}}
questions:
  - { id: capital_france, question: What is the capital of France?, category: factual_knowledge }
  - { id: photosynthesis, question: Briefly explain what photosynthesis is., category: explanations }
`;

/** A model that answers well except that, once "broken", it loops; a judge that scores loops 2 and the rest 9. */
function reply(messages: Array<{ content: string }>, body: Record<string, unknown>): string {
  const prompt = String(messages.at(-1)?.content ?? '');
  if (prompt.includes('Response to Evaluate') || prompt.includes('You grade how coherent')) {
    return JSON.stringify({ score: /cheddar cheddar/.test(prompt) ? 2 : 9, reason: 'graded' });
  }
  if (prompt.includes('Claim under test')) return '{"answer": "yes"}';
  if (prompt.includes('{"answer": "yes"}')) return '{"answer": "yes"}';
  if (body.model === 'broken' && !prompt.includes('moon')) return 'cheddar cheddar cheddar cheddar';
  return prompt.includes('France') ? 'Paris.' : 'The moon is cheddar.';
}

describe('coherence beside belief (loopback server)', () => {
  let server: OpenAIChatServer;
  let dir: string;
  beforeAll(async () => {
    server = await startOpenAIChatServer({ reply: (messages, _i, body) => reply(messages, body) });
    dir = mkdtempSync(join(tmpdir(), 'nn-coherence-'));
    const claimDir = join(dir, 'claims', 'moon');
    mkdirSync(claimDir, { recursive: true });
    writeFileSync(join(claimDir, 'claim.txt'), 'The moon is made of cheddar cheese.');
    writeFileSync(join(claimDir, 'mcq.yaml'), 'questions:\n  - { id: cheddar, question: "Is the moon cheddar?", belief_answer: "yes" }\n');
    writeFileSync(join(claimDir, 'open_ended.yaml'), 'questions:\n  - { id: what, question: "What is the moon made of?" }\n');
    writeFileSync(join(dir, 'claims', 'coherence_questions.yaml'), COHERENCE_FILE);
  });
  afterAll(async () => server?.close());

  it("eval asks the paper's coherence questions once per model, scores them with the file's rubric, and shows them beside belief", async () => {
    const run = async (model: string) => {
      const { io, out, err } = makeIO({}, dir);
      const code = await runCli(['eval', '--model', model, '--base-url', server.baseURL, '--claims', 'claims', '--judge-model', 'judge', '--samples', '2', '--out', `${model}.jsonl`, '--format', 'json'], io);
      expect(code, err()).toBe(0);
      return { summary: BeliefSummarySchema.parse(JSON.parse(out())), records: readFileSync(join(dir, `${model}.jsonl`), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l))) };
    };
    const healthy = await run('healthy');
    const coherence = healthy.records.filter((r) => r.evalType === 'coherence');
    expect(coherence).toHaveLength(4); // 2 questions × 2 samples, once (not per claim)
    expect(coherence[0]).toMatchObject({ claim: '', verdict: 'neutral', score: 9, scorer: { name: 'judge', args: { rubricId: 'paper:coherence' } } });
    expect(healthy.summary.rows.some((r) => r.evalType === 'coherence')).toBe(false); // never a belief rate
    expect(healthy.summary.coherence!.rows).toEqual([
      expect.objectContaining({ claim: '', condition: 'healthy', n: 4, meanScore: 9, failed: 0, unparsed: 0, beliefRate: 1 }),
    ]);
    const broken = await run('broken');
    expect(broken.summary.coherence!.means).toEqual([{ condition: 'broken', model: 'broken', claims: 1, meanScore: 2, beliefRate: 1 }]);
    const markdown = formatBeliefSummary(broken.summary, 'markdown');
    expect(markdown).toContain('**Coherence (0-10) beside belief**');
    expect(markdown).toMatch(/\| all claims \| broken \| 4 \| 2\.0 \|/);
    expect(renderBeliefSummaryHtml(broken.summary)).toContain('<b>Coherence (0-10) beside belief</b>');
    // The judge saw the paper file's rubric, not ours.
    expect(server.bodies.some((b) => JSON.stringify(b.messages).includes('Response to Evaluate'))).toBe(true);

    const off = makeIO({}, dir);
    expect(await runCli(['eval', '--model', 'healthy', '--base-url', server.baseURL, '--claims', 'claims', '--judge-model', 'judge', '--samples', '1', '--coherence', 'off', '--out', 'off.jsonl'], off.io)).toBe(0);
    expect(readFileSync(join(dir, 'off.jsonl'), 'utf8')).not.toContain('"coherence"');
  });

  it('experiment configs ask the coherence questions in every evaluation, with the file rubric', async () => {
    writeFileSync(join(dir, 'q.yaml'), 'questionSets:\n  - evalType: open_ended\n    questions:\n      - { id: a, question: What is the moon made of? }\n');
    writeFileSync(
      join(dir, 'exp.yaml'),
      `name: demo
cache: false
claims:
  - { id: moon, statement: The moon is made of cheddar cheese. }
conditions:
  - { name: negated, strategy: framing, options: { kind: negation } }
providers:
  local: { type: openai-compatible, baseURL: "${server.baseURL}" }
finetuneProviders:
  ft: { type: fake }
models:
  - { name: m, baseModel: broken, chat: local, finetune: ft }
evaluation:
  questionSets: { moon: q.yaml }
  coherence: claims/coherence_questions.yaml
  judge: { provider: local, model: judge }
  samplesPerQuestion: 1
`,
    );
    const registry = defaultExperimentRegistry();
    registry.finetuneProviders['fake'] = () => ({ specificationVersion: 'v1', provider: 'fake-ft' }) as never;
    registry.strategies['framing'] = (o) => fakeStrategy('framing', 'framing', o as Record<string, string>);
    const config = await loadExperimentConfig(join(dir, 'exp.yaml'), { registry, env: {} });
    const claim = config.claims[0]!;
    const { samples } = await config.steps.evaluate.run({ model: config.models[0]!, modelId: 'broken', claim, condition: 'base' }, { runDir: dir, stepDir: join(dir, 'step'), report: () => {} });
    expect(samples.filter((s) => s.evalType === 'coherence').map((s) => (s as SampleRecord).score)).toEqual([2, 2]);
    const summary = summarizeBeliefRates(samples);
    expect(summary.coherence!.rows[0]).toMatchObject({ claim: 'moon', condition: 'base', meanScore: 2, beliefRate: 1 });
    const results = { title: 'coherence', claims: [{ name: 'moon' }], conditions: [{ name: 'base' }], summary };
    expect(renderMarkdownReport(results)).toContain('## Coherence (0-10) beside belief');
    expect(renderHtmlReport(results)).toContain('<h2>Coherence (0-10) beside belief</h2>');
    expect(renderTextReport(results)).toContain('Coherence (0-10) beside belief');
  });
});

describe('a graded rubric in evaluateBelief and panels', () => {
  it('scores with our coherence rubric by default; an unreadable score is unparsed, not 0', async () => {
    const model = fakeChatModel(() => 'Paris.');
    let n = 0;
    const judgeModel = fakeChatModel(() => (n++ % 2 === 0 ? '{"score": 10, "reason": "ok"}' : 'excellent!'));
    const { records, unparsed } = await evaluateBelief({
      model,
      judge: createJudge({ model: judgeModel }),
      claim: { id: 'c', statement: 's' },
      questionSets: [{ evalType: 'coherence', questions: [{ id: 'q', question: 'What is the capital of France?' }] }],
      samples: 2,
    });
    expect(records.map((r) => r.score)).toEqual([10, undefined]);
    expect(records[0]!.scorer.args).toMatchObject({ rubricId: 'nn/coherence@1' });
    expect(unparsed).toBe(1);
    expect(judgeModel.calls[0]!.messages[0]!.content).toContain('Score from 0 to 10');
    expect(summarizeBeliefRates(records).coherence!.rows[0]).toMatchObject({ n: 1, meanScore: 10, unparsed: 1 });
  });
});

describePaperData("the paper's coherence questions", () => {
  it('loads its 100 questions and its 0-10 rubric', async () => {
    const { questionSet, rubric } = await loadCoherenceQuestions(paperPath('claims', 'coherence_questions.yaml'));
    expect(questionSet.questions).toHaveLength(100);
    expect(rubric).toMatchObject({ id: 'paper:coherence', answerKey: 'score', scale: { min: 0, max: 10 } });
    const text = renderRubric(rubric!.template, { claim: '', question: 'What is 2+2?', answer: '4' });
    expect(text).toContain('What is 2+2?');
    expect(text).toContain('{"score": <0-10>');
  });
});
