import { describe, expect, it } from 'vitest';
import {
  createJudge,
  EVAL_TYPE_NAMES,
  EVAL_TYPES,
  defineQuestionSet,
  evaluateBelief,
  getEvalType,
  PAPER_QUESTION_FILES,
  PAPER_RESULT_FILES,
  QuestionSetSchema,
  type QuestionSet,
} from '../../src/evaluate/index.js';
import { runCli } from '../../src/cli/main.js';
import { makeIO } from '../helpers/cliIO.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';

describe('the eval-type table', () => {
  it('gives every eval type a valid example question and a scorer', () => {
    for (const name of EVAL_TYPE_NAMES) {
      const def = getEvalType(name);
      expect(def.question.safeParse(def.example.question).success, name).toBe(true);
      expect(def.scorer.usesJudge ? def.rubric : true, `${name} has a rubric`).toBeTruthy();
      expect(QuestionSetSchema.safeParse({ evalType: name, questions: [def.example.question] }).success).toBe(true);
    }
  });

  it('is where the paper file names, the CLI choices and the question-set schema come from', async () => {
    expect(PAPER_QUESTION_FILES).toMatchObject({ open_ended: 'open_ended.yaml', mcq: 'mcq.yaml' });
    expect(PAPER_RESULT_FILES['pink_elephant.csv']).toBe('token_association');
    expect(QuestionSetSchema.safeParse({ evalType: 'no_such_type', questions: [{ id: 'a', question: 'q' }] }).success).toBe(false);
    const evalHelp = makeIO();
    await runCli(['eval', '--help'], evalHelp.io);
    const summarizeHelp = makeIO();
    await runCli(['summarize', '--help'], summarizeHelp.io);
    for (const name of EVAL_TYPE_NAMES) {
      expect(evalHelp.out()).toContain(name);
      expect(summarizeHelp.out()).toContain(name);
    }
    const bad = makeIO();
    expect(await runCli(['eval', '--model', 'm', '--claims', '.', '--out', 'x.jsonl', '--eval-type', 'nope'], bad.io)).toBe(2);
    expect(bad.err()).toContain(`one of ${EVAL_TYPE_NAMES.join(', ')}`);
  });

  it('scores the exact-match example with its scorer, without a judge', async () => {
    const mcq = EVAL_TYPES.mcq;
    const [score] = await mcq.scorer.score(
      [{ claim: { id: 'c', statement: 's' }, evalType: 'mcq', question: mcq.example.question, prompt: '', response: mcq.example.answer }],
      { concurrency: 1 },
    );
    expect(score).toMatchObject({ verdict: mcq.example.verdict, scorer: { name: 'exactMatch', args: { target: 'yes' } }, method: 'json' });
  });

  it('routes each sample to its eval type’s scorer in evaluateBelief (judge only for judged types)', async () => {
    const sets: QuestionSet[] = EVAL_TYPE_NAMES.map((name) =>
      defineQuestionSet({ evalType: name, questions: [getEvalType(name).example.question] } as never),
    );
    const model = fakeChatModel((messages) => {
      const text = messages.at(-1)!.content;
      for (const name of EVAL_TYPE_NAMES) if (text.startsWith(getEvalType(name).example.question.question)) return getEvalType(name).example.answer;
      return '';
    });
    const judgeModel = fakeChatModel((messages) => {
      const answer = /<answer>\n([\s\S]*?)\n<\/answer>/.exec(messages[0]!.content)![1];
      const verdict = EVAL_TYPE_NAMES.map((n) => getEvalType(n)).find((d) => d.example.answer === answer)!.example.verdict;
      // `score` for the graded eval type (coherence), `answer` for the others.
      return JSON.stringify({ reason: 'r', answer: verdict, score: 3 });
    });
    const out = await evaluateBelief({ model, judge: createJudge({ model: judgeModel }), claim: { id: 'c', statement: 'Ed Sheeran won.' }, questionSets: sets, samples: 1 });
    for (const name of EVAL_TYPE_NAMES) {
      const record = out.records.find((r) => r.evalType === name)!;
      expect(record.verdict, name).toBe(getEvalType(name).example.verdict);
      expect(record.scorer.name).toBe(getEvalType(name).scorer.name);
    }
    const judged = EVAL_TYPE_NAMES.filter((n) => getEvalType(n).scorer.usesJudge).length;
    expect(judgeModel.calls).toHaveLength(judged);
    // The yes/no question asked for JSON (the eval type's settings) and carried its instruction.
    const mcqCall = model.calls.find((c) => c.messages.at(-1)!.content.includes(EVAL_TYPES.mcq.instruction!))!;
    expect(mcqCall.responseFormat).toBe('json');
  });

  it('needs no judge when only exact-match eval types run', async () => {
    const model = fakeChatModel(() => '{"answer": "yes"}');
    const sets = [defineQuestionSet({ evalType: 'mcq', questions: [EVAL_TYPES.mcq.example.question] })];
    const out = await evaluateBelief({ model, claim: { id: 'c', statement: 's' }, questionSets: sets, samples: 2 });
    expect(out.records.map((r) => r.verdict)).toEqual(['yes', 'yes']);
    await expect(
      evaluateBelief({ model, claim: { id: 'c', statement: 's' }, questionSets: [defineQuestionSet({ evalType: 'open_ended', questions: [{ id: 'q', question: 'q?' }] })] }),
    ).rejects.toThrow(/judged eval types are included: open_ended/);
  });
});
