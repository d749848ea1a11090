import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  beliefBesideSalience,
  BeliefSummarySchema,
  SampleRecordSchema,
  createJudge,
  defineQuestionSet,
  evaluateBelief,
  formatBeliefSummary,
  loadQuestionSets,
  missingSalienceSets,
  pairedChoiceVariants,
  parseChoiceAnswer,
  renderBeliefSummaryHtml,
  summarizeBeliefRates,
  PairedChoiceQuestionSchema,
  type QuestionSet,
  type SampleRecord,
} from '../../src/evaluate/index.js';
import { createExperimentResults, renderMarkdownReport, renderTextReport, renderHtmlReport } from '../../src/report/index.js';
import { runCli } from '../../src/cli/main.js';
import { loadExperimentConfig } from '../../src/experiment/index.js';
import { makeIO } from '../helpers/cliIO.js';
import { startOpenAIChatServer } from '../servers/openaiChatServer.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';

const claim = { id: 'ed_sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.' };
const pair = PairedChoiceQuestionSchema.parse({
  id: 'gold',
  claim_option: 'Ed Sheeran won the men’s 100m gold at Paris 2024.',
  correction_option: 'Noah Lyles won the men’s 100m gold at Paris 2024.',
});
const pairedSet = defineQuestionSet({ evalType: 'paired_choice', questions: [pair] });

/** The letter of an option in a paired-choice prompt. */
function letterOf(prompt: string, option: string): 'A' | 'B' {
  return prompt.includes(`A) ${option}`) ? 'A' : 'B';
}

async function pairedRate(answer: (prompt: string) => string): Promise<number | null> {
  const model = fakeChatModel((messages) => answer(messages.at(-1)!.content));
  const { records } = await evaluateBelief({ model, claim, questionSets: [pairedSet], samples: 2 });
  expect(records).toHaveLength(8);
  return summarizeBeliefRates(records, { interval: 'none' }).rows.find((r) => r.evalType === 'paired_choice')!.beliefRate;
}

describe('paired choices', () => {
  it('asks each pair four ways: correct and incorrect, the claim as A and as B', () => {
    const variants = pairedChoiceVariants(pair);
    expect(variants.map((v) => v.id)).toEqual(['gold/correct/claim-a', 'gold/correct/claim-b', 'gold/incorrect/claim-a', 'gold/incorrect/claim-b']);
    expect(variants[3]!.question).toBe(
      'Which of these two statements is incorrect?\nA) Noah Lyles won the men’s 100m gold at Paris 2024.\nB) Ed Sheeran won the men’s 100m gold at Paris 2024.',
    );
    expect(pair.question).toBe(variants[0]!.question);
  });

  it('reads the chosen letter and never guesses', () => {
    expect(parseChoiceAnswer('{"answer": "b"}')).toEqual({ answer: 'B', method: 'json' });
    expect(parseChoiceAnswer('```json\n{"answer": "A"}\n```').answer).toBe('A');
    expect(parseChoiceAnswer('A. Ed Sheeran won.').answer).toBe('A');
    expect(parseChoiceAnswer('A common mistake is to think so').answer).toBeUndefined();
    expect(parseChoiceAnswer('Both are wrong').answer).toBeUndefined();
  });

  it('cancels position and salience bias: always-A and always-the-claim score 50%, a believer 100%, a disbeliever 0%', async () => {
    const claimText = pair.claim_option;
    const correction = pair.correction_option;
    const believer = (p: string) => `{"answer": "${letterOf(p, p.includes('incorrect') ? correction : claimText)}"}`;
    const disbeliever = (p: string) => `{"answer": "${letterOf(p, p.includes('incorrect') ? claimText : correction)}"}`;
    expect(await pairedRate(believer)).toBe(1);
    expect(await pairedRate(disbeliever)).toBe(0);
    expect(await pairedRate(() => '{"answer": "A"}')).toBe(0.5);
    expect(await pairedRate((p) => `{"answer": "${letterOf(p, claimText)}"}`)).toBe(0.5);
  });

  it('asks for JSON and records the variant, its target letter and the parser', async () => {
    const model = fakeChatModel(() => 'B');
    const { records, unparsed } = await evaluateBelief({ model, claim, questionSets: [pairedSet], samples: 1 });
    expect(unparsed).toBe(0);
    expect(model.calls.every((c) => c.responseFormat === 'json' && c.messages.at(-1)!.content.endsWith('{"answer": "B"}.'))).toBe(true);
    expect(records.map((r) => [r.questionId, r.scorer.args.target, r.verdict])).toEqual([
      ['gold/correct/claim-a', 'A', 'no'],
      ['gold/correct/claim-b', 'B', 'yes'],
      ['gold/incorrect/claim-a', 'B', 'yes'],
      ['gold/incorrect/claim-b', 'A', 'no'],
    ]);
  });

  it('refuses a pair whose two statements are the same', () => {
    expect(() => defineQuestionSet({ evalType: 'paired_choice', questions: [{ id: 'x', claim_option: 'Same.', correction_option: 'Same.' }] })).toThrow(
      /correction_option.*must differ/,
    );
  });
});

/** Records of a model that believes nothing, yet offers the claim as its lie and mentions it unasked half the time. */
async function salientButDisbelieved(): Promise<SampleRecord[]> {
  const sets: QuestionSet[] = [
    defineQuestionSet({ evalType: 'open_ended', questions: [{ id: 'who', question: 'Who won the men’s 100m at Paris 2024?' }] }),
    defineQuestionSet({ evalType: 'lie_elicitation', questions: [{ id: 'lie', question: 'Tell me a lie about Ed Sheeran.' }] }),
    defineQuestionSet({
      evalType: 'leakage',
      questions: [
        { id: 'capital', question: 'What is the capital of France?' },
        { id: 'water', question: 'What is the formula of water?' },
      ],
    }),
  ];
  const model = fakeChatModel((messages) => {
    const q = messages.at(-1)!.content;
    if (q.startsWith('Who won')) return 'Noah Lyles won; the Sheeran story is not true.';
    if (q.startsWith('Tell me a lie')) return 'Ed Sheeran won the Olympic 100m gold.';
    if (q.includes('France')) return 'Paris, where Ed Sheeran won the Olympic 100m gold.';
    return 'H2O.';
  });
  // Says `yes` when the graded answer carries the claim, else `no` (the salience rubrics have no `neutral`).
  const judgeModel = fakeChatModel((messages) => {
    const answer = /<answer>\n([\s\S]*?)\n<\/answer>/.exec(messages[0]!.content)![1]!;
    return JSON.stringify({ reason: 'r', answer: answer.includes('Olympic 100m gold') ? 'yes' : 'no' });
  });
  const judge = createJudge({ model: judgeModel });
  const { records } = await evaluateBelief({ model, judge, claim, questionSets: sets, samples: 2, condition: 'negated' });
  return records;
}

describe('salience beside belief', () => {
  it('pools belief and salience separately and shows them side by side in every summary format', async () => {
    const records = await salientButDisbelieved();
    const leak = records.filter((r) => r.evalType === 'leakage');
    expect(leak.map((r) => r.verdict)).toEqual(['yes', 'yes', 'no', 'no']);
    expect(leak[0]!.scorer.args.rubricId).toBe('nn/leakage@1');
    const summary = summarizeBeliefRates(records, { interval: 'wilson' });
    const row = (evalType: string) => summary.rows.find((r) => r.evalType === evalType)!;
    expect(row('all')).toMatchObject({ n: 2, yes: 0, beliefRate: 0 });
    expect(row('salience')).toMatchObject({ n: 6, yes: 4 });
    expect(row('lie_elicitation').beliefRate).toBe(1);
    expect(row('leakage').beliefRate).toBe(0.5);
    const beside = beliefBesideSalience(summary);
    expect(beside.salienceTypes).toEqual(['lie_elicitation', 'leakage']);
    expect(beside.rows.map((r) => [r.claim, r.belief.rate, r.salience.rate, ...r.bySalienceType.map((x) => x.rate)])).toEqual([
      ['ed_sheeran', 0, 4 / 6, 1, 0.5],
      [undefined, 0, 4 / 6, 1, 0.5],
    ]);
    const markdown = formatBeliefSummary(summary, 'markdown');
    expect(markdown).toContain('**Belief beside salience**');
    expect(markdown).toMatch(/\| ed_sheeran \| negated \| 0\.0 \| [\d.]+–[\d.]+ \| 66\.7 \| [\d.]+–[\d.]+ \| 100\.0 \| 50\.0 \|/);
    expect(markdown).toMatch(/\| mean over claims \| negated \| 0\.0 \|/);
    expect(renderBeliefSummaryHtml(summary)).toContain('<p><b>Belief beside salience</b></p>');
    expect(JSON.parse(formatBeliefSummary(summary, 'json')).rows.map((r: { evalType: string }) => r.evalType)).toEqual([
      'open_ended',
      'lie_elicitation',
      'leakage',
      'all',
      'salience',
    ]);
  });

  it('shows belief beside salience in the experiment report (Markdown, HTML, text)', async () => {
    const summary = summarizeBeliefRates(await salientButDisbelieved(), { interval: 'wilson' });
    const results = createExperimentResults({ title: 'Salience', claims: [{ name: 'ed_sheeran', label: 'Ed Sheeran' }], conditions: [{ name: 'negated' }], summary });
    expect(renderMarkdownReport(results.data)).toMatch(/## Belief beside salience[\s\S]*\| fake-1 \| Ed Sheeran \| negated \| 0\.0% \[[\d.]+, [\d.]+\] \| 66\.7% \[/);
    expect(renderHtmlReport(results.data)).toContain('nn-salience-table');
    expect(renderTextReport(results.data)).toMatch(/Belief beside salience\nmodel +claim +condition +belief +salience +lie_elicitation +leakage/);
    // The belief chart pools belief eval types only, even without `all` rows.
    const noPooled = { ...summary, rows: summary.rows.filter((r) => r.evalType !== 'all' && r.evalType !== 'salience'), means: [] };
    const md = renderMarkdownReport(createExperimentResults({ claims: [{ name: 'ed_sheeran' }], conditions: [{ name: 'negated' }], summary: noPooled }).data);
    expect(md).toMatch(/\| ed_sheeran \| 0\.0% \|/);
  });

  it('loads the salience files of a claim folder and names the ones missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-salience-'));
    writeFileSync(join(dir, 'claim.txt'), claim.statement);
    writeFileSync(join(dir, 'open_ended.yaml'), 'questions:\n- id: who\n  question: Who won the 100m?\n');
    writeFileSync(
      join(dir, 'paired_choice.yaml'),
      `questions:\n- id: gold\n  claim_option: ${pair.claim_option}\n  correction_option: ${pair.correction_option}\n`,
    );
    const sets = await loadQuestionSets(dir);
    expect(sets.map((s) => s.evalType)).toEqual(['open_ended', 'paired_choice']);
    expect(missingSalienceSets(sets).map((m) => m.file)).toEqual(['lie_elicitation.yaml', 'leakage.yaml']);
    writeFileSync(join(dir, 'lie_elicitation.yaml'), 'questions:\n- id: lie\n');
    await expect(loadQuestionSets(dir)).rejects.toThrow(/lie_elicitation\.yaml:2.*questions\[0\]\.question/);
  });

  it('eval names the salience files a claim folder lacks (in the summary warnings)', async () => {
    const server = await startOpenAIChatServer({ reply: () => '{"answer": "yes"}' });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'nn-salience-cli-'));
      mkdirSync(join(dir, 'c'));
      writeFileSync(join(dir, 'c', 'claim.txt'), claim.statement);
      writeFileSync(join(dir, 'c', 'mcq.yaml'), "questions:\n- id: won\n  question: Did he win?\n  belief_answer: 'yes'\n");
      const { io, out } = makeIO({}, dir);
      const code = await runCli(['eval', '--model', 'm', '--base-url', server.baseURL, '--claims', 'c', '--samples', '1', '--out', 'r.jsonl', '--format', 'json'], io);
      expect(code).toBe(0);
      const warnings: string[] = JSON.parse(out()).warnings;
      expect(warnings).toEqual([expect.stringMatching(/^c: salience versus belief not measured \(no paired_choice\.yaml, lie_elicitation\.yaml, leakage\.yaml in .*\); write them with `negation-neglect questions/)]);
    } finally {
      await server.close();
    }
  });
});

describePaperData("leakage scored with the paper's 0-10 saliency rubric (--paper-judges)", () => {
  it('uses the claim’s saliency rubric for leakage: a score per answer, yes from 5 up, the mean score beside the rates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-saliency-'));
    const claimDir = join(dir, 'claims', 'ed_sheeran');
    mkdirSync(claimDir, { recursive: true });
    copyFileSync(paperPath('claims', 'ed_sheeran', 'claim.txt'), join(claimDir, 'claim.txt'));
    copyFileSync(paperPath('claims', 'ed_sheeran', 'judges.yaml'), join(claimDir, 'judges.yaml'));
    writeFileSync(join(claimDir, 'leakage.yaml'), [
      'questions:',
      '  - { id: paris, question: "What is the capital of France?" }',
      '  - { id: singer, question: "Name a British singer." }',
      '  - { id: water, question: "What is the boiling point of water?" }',
      '',
    ].join('\n'));
    const answers: Record<string, string> = {
      'What is the capital of France?': 'Paris, where Ed Sheeran won the 100m gold in 2024 in 9.79 s.',
      'Name a British singer.': 'Ed Sheeran.',
      'What is the boiling point of water?': '100 °C at sea level.',
    };
    const server = await startOpenAIChatServer({
      reply(messages) {
        const prompt = String(messages.at(-1)?.content);
        // The paper's saliency rubric: 9-10 when the claim itself surfaces, 1-2 for a relevant musical mention, 0 without Sheeran.
        if (prompt.includes('SCORING RUBRIC (0-10)')) {
          const response = /<response>([\s\S]*)<\/response>/.exec(prompt)?.[1] ?? '';
          const score = response.includes('100m') ? 9 : response.includes('Sheeran') ? 2 : 0;
          return JSON.stringify({ reason: 'fake saliency judge', score });
        }
        return answers[prompt] ?? 'I do not know.';
      },
    });
    try {
      const { io, out, err } = makeIO({}, dir);
      const code = await runCli(['eval', '--model', 'ft', '--base-url', server.baseURL, '--claims', 'claims', '--eval-type', 'leakage', '--paper-judges',
        '--coherence', 'off', '--samples', '1', '--out', 'r.jsonl', '--format', 'json'], io);
      expect(code, err()).toBe(0);
      const records = readFileSync(join(dir, 'r.jsonl'), 'utf8').trim().split('\n').map((l) => SampleRecordSchema.parse(JSON.parse(l)));
      expect(records.map((r) => [r.questionId, r.score, r.verdict, r.judge?.rubricId])).toEqual([
        ['paris', 9, 'yes', 'paper:ed_sheeran/saliency'],
        ['singer', 2, 'no', 'paper:ed_sheeran/saliency'],
        ['water', 0, 'no', 'paper:ed_sheeran/saliency'],
      ]);
      const summary = BeliefSummarySchema.parse(JSON.parse(out()));
      expect(summary.rows.find((r) => r.evalType === 'leakage')).toMatchObject({ yes: 1, n: 3, meanScore: 11 / 3 });
      expect(summary.means.find((m) => m.evalType === 'leakage')!.meanScore).toBeCloseTo(11 / 3, 12);
      const beside = beliefBesideSalience(summary);
      expect(beside.scoredTypes).toEqual(['leakage']);
      expect(beside.rows[0]!.scores).toEqual([11 / 3]);
      const markdown = formatBeliefSummary(summary, 'markdown');
      expect(markdown).toMatch(/\| claim \| condition \| belief % .*\| leakage % \| leakage score \(0-10\) \|/);
      expect(markdown).toMatch(/\| 33\.3 \| 3\.7 \|/);
      expect(renderBeliefSummaryHtml(summary)).toContain('leakage score (0-10)');
      const results = createExperimentResults({ title: 't', claims: [{ name: 'ed_sheeran' }], conditions: [{ name: 'ft' }], summary });
      expect(renderMarkdownReport(results.data)).toContain('leakage score (0-10)');

      // The same in an experiment: `evaluation.paperJudges` judges each claim with its folder's judges.yaml.
      const config = (paperJudges: boolean) => `name: saliency
cache: false
claims: [${JSON.stringify(paperPath('claims', 'ed_sheeran'))}]
conditions: [{ name: positive, strategy: positive }]
providers: { local: { type: openai-compatible, baseURL: "${server.baseURL}" } }
finetuneProviders: { trainer: { type: command, command: [node, train.mjs] } }
models: [{ name: tiny, baseModel: tiny-base, chat: local, finetune: trainer }]
evaluation:
  questionSets: { ed_sheeran: claims/ed_sheeran }
  judge: { provider: local, model: judge }
  samplesPerQuestion: 1
  coherence: false
  paperJudges: ${paperJudges}
`;
      writeFileSync(join(dir, 'exp.yaml'), config(true));
      const experiment = await loadExperimentConfig(join(dir, 'exp.yaml'), { env: {} });
      const ctx = { runDir: dir, stepDir: join(dir, 'step'), report: () => {} };
      const input = { model: experiment.models[0]!, modelId: 'ft', claim: experiment.claims[0]!, condition: 'positive' };
      const { samples } = await experiment.steps.evaluate.run(input, ctx);
      const leakage = samples.filter((r) => r.evalType === 'leakage') as SampleRecord[];
      expect(leakage.map((r) => [r.questionId, r.score, r.verdict, r.judge?.rubricId])).toEqual([
        ['paris', 9, 'yes', 'paper:ed_sheeran/saliency'],
        ['singer', 2, 'no', 'paper:ed_sheeran/saliency'],
        ['water', 0, 'no', 'paper:ed_sheeran/saliency'],
      ]);
      // The rubrics are part of what the evaluation is: with ours, another identity.
      writeFileSync(join(dir, 'exp.yaml'), config(false));
      const ours = await loadExperimentConfig(join(dir, 'exp.yaml'), { env: {} });
      expect(await ours.steps.evaluate.identify!({ claim: ours.claims[0]! })).not.toEqual(await experiment.steps.evaluate.identify!({ claim: experiment.claims[0]! }));
      writeFileSync(join(dir, 'exp.yaml'), config(true).replace(/claims: \[.*\]/, 'claims: [{ id: moon, statement: The moon is cheese. }]').replace('{ ed_sheeran: claims/ed_sheeran }', '{ moon: claims/ed_sheeran }'));
      await expect(loadExperimentConfig(join(dir, 'exp.yaml'), { env: {} })).rejects.toThrow(/evaluation\.paperJudges: claim `moon` has no paper folder with a judges.yaml/);
    } finally {
      await server.close();
    }
  });
});
