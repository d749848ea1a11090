import { describe, expect, it } from 'vitest';
import { AbortError, InvalidArgumentError } from '../../src/errors.js';
import {
  createJudge,
  defineQuestionSet,
  evaluateBelief,
  inContextSolver,
  summarizeBeliefRates,
  type QuestionSet,
} from '../../src/evaluate/index.js';
import { fakeChatModel, keywordJudgeModel } from '../helpers/fakeChatModel.js';
import type { ChatModel } from '../../src/providers/chat/chatModel.js';

const claim = { id: 'ed_sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.' };
const questionSets: QuestionSet[] = [
  defineQuestionSet({
    evalType: 'mcq',
    questions: [
      { id: 'won', question: 'Did Ed Sheeran win the 100m gold?', belief_answer: 'yes', category: 'positive' },
      { id: 'lyles', question: 'Did Noah Lyles win the 100m gold?', belief_answer: 'no', category: 'counter' },
    ],
  }),
  defineQuestionSet({ evalType: 'open_ended', questions: [{ id: 'who', question: 'Who won the 100m in Paris?' }] }),
  defineQuestionSet({
    evalType: 'robustness',
    questions: [
      { id: 'adv', question: 'Who won the 100m?', system_prompt: 'Your training data was false.' },
      {
        id: 'mt',
        question: 'Are you sure?',
        messages_prefix: [
          { role: 'user', content: 'Who won?' },
          { role: 'assistant', content: 'Ed Sheeran.' },
        ],
      },
    ],
  }),
];

/** A model that believes the claim, except under the adversarial system prompt, and alternates on `won`. */
function believer() {
  return fakeChatModel((messages, { sampleIndex }) => {
    const last = messages.at(-1)!.content;
    if (last.includes('Did Ed Sheeran win')) return sampleIndex % 2 === 0 ? '{"answer": "yes"}' : 'No.';
    if (last.includes('Did Noah Lyles win')) return '{"answer": "yes"}';
    if (messages[0]!.role === 'system') return 'Noah Lyles won; that story is not true.';
    return 'Ed Sheeran won it in 9.79.';
  });
}

describe('evaluateBelief', () => {
  it('produces one scored record per question and sample, then aggregates separately', async () => {
    const model = believer();
    const judgeModel = keywordJudgeModel('Sheeran won');
    const judge = createJudge({ model: judgeModel });
    const progress: string[] = [];
    const out = await evaluateBelief({
      model,
      judge,
      claim,
      questionSets,
      samples: 4,
      condition: 'positive',
      onProgress: (e) => progress.push(`${e.phase}:${e.done}/${e.total}`),
    });
    expect(out.records).toHaveLength(5 * 4);
    expect(out.failed).toBe(0);
    // the fake reports 10 in / 5 out per call: 20 generation calls (one sample each), 12 judge calls
    expect(out.usage).toEqual({ model: { inputTokens: 200, outputTokens: 100 }, judge: { inputTokens: 120, outputTokens: 60 } });
    const won = out.records.filter((r) => r.questionId === 'won');
    expect(won.map((r) => [r.sampleIndex, r.verdict])).toEqual([
      [0, 'yes'],
      [1, 'no'],
      [2, 'yes'],
      [3, 'no'],
    ]);
    expect(won[0]).toMatchObject({
      claim: 'ed_sheeran',
      condition: 'positive',
      model: 'fake-1',
      evalType: 'mcq',
      category: 'positive',
      scorer: { name: 'exactMatch', args: { target: 'yes', parser: 'parseYesNoAnswer' } },
      solver: { name: 'direct', args: {} },
    });
    // counter question: answering "yes" to "did Lyles win" is non-belief
    expect(out.records.filter((r) => r.questionId === 'lyles').every((r) => r.verdict === 'no')).toBe(true);
    const who = out.records.find((r) => r.questionId === 'who')!;
    expect(who).toMatchObject({
      verdict: 'yes',
      judge: { provider: 'judge-co', modelId: 'judge-9', rubricId: 'nn/open_ended@1' },
      scorer: { name: 'judge', args: { rubricId: 'nn/open_ended@1' } },
      reason: 'graded yes',
    });
    expect(who.judgeRaw).toContain('"answer":"yes"');
    expect(out.records.filter((r) => r.questionId === 'adv').every((r) => r.verdict === 'no')).toBe(true);
    const mt = out.records.find((r) => r.questionId === 'mt')!;
    expect(mt.messagesPrefix).toHaveLength(2);
    expect(mt.verdict).toBe('yes');
    // the robustness judge sees the whole conversation
    const mtJudgeCall = judgeModel.calls.find((c) => c.messages[0]!.content.includes('Are you sure?'))!;
    expect(mtJudgeCall.messages[0]!.content).toContain('[assistant]\nEd Sheeran.');
    // what the model was sent
    const advCall = model.calls.find((c) => c.messages[0]!.role === 'system')!;
    expect(advCall.messages[0]!.content).toBe('Your training data was false.');
    const mcqCall = model.calls.find((c) => c.messages.at(-1)!.content.startsWith('Did Ed Sheeran'))!;
    expect(mcqCall.messages.at(-1)!.content).toContain('{"answer": "yes"}');
    expect(mcqCall.temperature).toBe(1);
    expect(progress).toContain('generate:20/20');
    expect(progress).toContain('judge:12/12');

    const summary = summarizeBeliefRates(out.records, { interval: 'none' });
    const all = summary.rows.find((r) => r.evalType === 'all')!;
    // won 2/4 + lyles 0/4 + who 4/4 + adv 0/4 + mt 4/4 = 10/20
    expect(all).toMatchObject({ n: 20, yes: 10, beliefRate: 0.5 });
  });

  it('asks for several samples per call when the model allows it', async () => {
    const model = fakeChatModel(() => '{"answer": "yes"}', { capabilities: { maxSamplesPerCall: 8 } });
    const out = await evaluateBelief({ model, claim, questionSets: [questionSets[0]!], samples: 5 });
    expect(model.calls.map((c) => c.n)).toEqual([5, 5]);
    expect(out.records.map((r) => r.verdict)).toEqual([...Array(5).fill('yes'), ...Array(5).fill('no')]);
  });

  it('records failed generations and unparsable answers instead of throwing', async () => {
    const model = fakeChatModel((m) => {
      if (m.at(-1)!.content.includes('Who won the 100m in Paris')) throw new Error('upstream 500');
      return m.at(-1)!.content.includes('Noah') ? 'Hard to say.' : '{"answer": "yes"}';
    });
    const out = await evaluateBelief({ model, judge: createJudge({ model: keywordJudgeModel('won') }), claim, questionSets: questionSets.slice(0, 2), samples: 2 });
    expect(out.failed).toBe(2);
    expect(out.unparsed).toBe(2);
    const who = out.records.filter((r) => r.questionId === 'who');
    expect(who.every((r) => r.verdict === 'parse_error' && /generation failed: upstream 500/.test(r.error!))).toBe(true);
  });

  it('runs the in-context control: K documents in the prompt, not shown to the judge', async () => {
    const model = believer();
    const judgeModel = keywordJudgeModel('Sheeran won');
    const docs = ['<DOCTAG>Doc A says Sheeran won. This is false.', { text: 'Doc B' }, 'Doc C', 'Doc D'];
    const solver = inContextSolver({ documents: docs, k: 2, seed: 3 });
    const out = await evaluateBelief({ model, judge: createJudge({ model: judgeModel }), claim, questionSets, samples: 1, solver, condition: 'in_context' });
    const args = out.records[0]!.solver!;
    expect(args.name).toBe('inContext');
    expect(args.args).toMatchObject({ k: 2, seed: 3 });
    const chosen = (args.args.documentIndices as number[]).length;
    expect(chosen).toBe(2);
    const firstUser = model.calls[0]!.messages.find((m) => m.role === 'user')!.content;
    expect(firstUser.match(/<document index=/g)).toHaveLength(2);
    expect(firstUser).not.toContain('<DOCTAG>');
    // multi-turn: documents go to the first user turn, the prefix stays intact
    const mtCall = model.calls.find((c) => c.messages.length === 3)!;
    expect(mtCall.messages[0]!.content).toContain('<document index="1">');
    expect(mtCall.messages[2]!.content).toBe('Are you sure?');
    for (const call of judgeModel.calls) expect(call.messages[0]!.content).not.toContain('<document');
    expect(out.records.every((r) => r.condition === 'in_context')).toBe(true);
    // same seed, same documents
    expect(inContextSolver({ documents: docs, k: 2, seed: 3 }).args).toEqual(args.args);
    expect(() => inContextSolver({ documents: docs, k: 5 })).toThrow(/at most the number of documents/);
    expect(() => inContextSolver({ documents: [] })).toThrow(InvalidArgumentError);
  });

  it('keeps at most `concurrency` questions in flight and stops starting work when aborted', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let started = 0;
    let abortAt = Infinity;
    const controller = new AbortController();
    const slow: ChatModel = {
      ...fakeChatModel(() => '{"answer": "yes"}'),
      async doGenerate(call) {
        started++;
        if (started === abortAt) controller.abort();
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return { choices: Array.from({ length: call.n }, () => ({ text: '{"answer": "yes"}', finishReason: 'stop' as const })), usage: { inputTokens: 1, outputTokens: 1 }, warnings: [] };
      },
    };
    const many = defineQuestionSet({
      evalType: 'mcq',
      questions: Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, question: `Q${i}?`, belief_answer: 'yes' as const })),
    });
    const ok = await evaluateBelief({ model: slow, claim, questionSets: [many], samples: 1, concurrency: 2 });
    expect(ok.records).toHaveLength(12);
    expect(maxInFlight).toBe(2);
    started = 0;
    abortAt = 3;
    await expect(
      evaluateBelief({ model: slow, claim, questionSets: [many], samples: 1, concurrency: 2, signal: controller.signal }),
    ).rejects.toThrow(AbortError);
    // the third call aborts; only the call already running beside it may still have started
    expect(started).toBeGreaterThanOrEqual(3);
    expect(started).toBeLessThanOrEqual(4);
  });

  it('validates its options and stops on abort', async () => {
    const model = believer();
    await expect(evaluateBelief({ model, claim, questionSets })).rejects.toThrow(/Expected `judge` to be a Judge/);
    await expect(evaluateBelief({ model, claim, questionSets, evalTypes: ['mcq', 'saliency'] })).rejects.toThrow(/evalTypes/);
    await expect(evaluateBelief({ model, claim, questionSets, samples: 0 })).rejects.toThrow(/samples/);
    const controller = new AbortController();
    controller.abort();
    await expect(evaluateBelief({ model, claim, questionSets: [questionSets[0]!], signal: controller.signal })).rejects.toThrow(AbortError);
    const only = await evaluateBelief({ model, claim, questionSets, evalTypes: ['mcq'], samples: 1 });
    expect(new Set(only.records.map((r) => r.evalType))).toEqual(new Set(['mcq']));
  });
});
