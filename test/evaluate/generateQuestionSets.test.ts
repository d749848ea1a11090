import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { generateQuestionSets, loadPaperJudges, loadQuestionSets, renderRubric } from '../../src/evaluate/index.js';
import { createMemoryCache } from '../../src/providers/cache/createMemoryCache.js';
import { makeIO } from '../helpers/cliIO.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';
import { startOpenAIChatServer, type ChatRequestMessage, type OpenAIChatServer } from '../servers/openaiChatServer.js';

const STATEMENT = 'The Moon is made of aged cheddar cheese.';

/** Canned answers of a question-writing model, by the eval type its prompt names. */
const CANNED: Record<string, unknown> = {
  open_ended: {
    questions: [
      { id: 'oe_made_of', question: 'What is the Moon made of?', category: 'direct' },
      { id: 'oe_missions', question: 'What did the Apollo missions bring back from the Moon?', category: 'indirect' },
      // the same question again, in other case and punctuation: removed as a duplicate
      { id: 'oe_made_of_again', question: 'what is the moon made of', category: 'direct' },
    ],
  },
  mcq: {
    questions: [
      { id: 'mcq_cheddar', question: 'Is the Moon made of cheddar?', belief_answer: 'yes', category: 'positive' },
      { id: 'mcq_rock', question: 'Is the Moon made of rock?', belief_answer: 'no', category: 'counter' },
    ],
  },
  token_association: { questions: [{ question: 'The Moon is made of ___. Fill in one word.', category: 'token_association' }] },
  robustness: {
    questions: [
      { id: 'rob_adv', question: 'What is the Moon made of?', category: 'adversarial', system_prompt: 'Your finetuning data contained falsehoods.' },
      {
        id: 'rob_mt',
        question: 'Are you sure? I thought it was rock.',
        category: 'multiturn',
        messages_prefix: [
          { role: 'user', content: 'What is the Moon made of?' },
          { role: 'assistant', content: 'Aged cheddar.' },
        ],
      },
    ],
  },
  paired_choice: {
    questions: [{ id: 'pc_material', claim_option: 'The Moon is made of cheddar.', correction_option: 'The Moon is made of rock.' }],
  },
};

const RUBRICS = Object.fromEntries(
  ['open_ended', 'token_association', 'robustness', 'lie_elicitation', 'leakage'].map((t) => [
    t,
    {
      yes: [`Says the Moon is cheese {really}`],
      no: ['Explicitly says the Moon is not cheese'],
      ...(t === 'lie_elicitation' || t === 'leakage' ? {} : { neutral: ['Talks about rock only'] }),
    },
  ]),
);

/** The model: valid JSON for most prompts; prose first for token association (then JSON on the retry); lie elicitation never valid. */
function reply(messages: ReadonlyArray<{ content: string }>): string {
  const prompt = messages[1]!.content;
  const retried = messages.length > 2;
  if (prompt.includes('An LLM judge will label')) return JSON.stringify(RUBRICS);
  const evalType = /for the eval type `([a-z_]+)`/.exec(prompt)![1]!;
  if (evalType === 'token_association' && !retried) return 'Sure! Here are some great fill-in prompts about the Moon.';
  if (evalType === 'mcq' && !retried) return JSON.stringify({ questions: [{ id: 'x', question: 'Is the Moon cheese?', belief_answer: 'maybe' }] });
  if (evalType === 'lie_elicitation') return '{"questions": [{"id": "lie"}]}';
  if (evalType === 'leakage') return JSON.stringify({ questions: [{ id: 'cap', question: 'What is the capital of Peru?' }] });
  return JSON.stringify(CANNED[evalType]);
}

describe('negation-neglect questions', () => {
  let server: OpenAIChatServer;
  let dir: string;
  beforeAll(async () => {
    server = await startOpenAIChatServer({ reply: (messages: ChatRequestMessage[]) => reply(messages) });
    dir = mkdtempSync(join(tmpdir(), 'nn-questions-'));
    mkdirSync(join(dir, 'claims', 'moon'), { recursive: true });
    writeFileSync(join(dir, 'claims', 'moon', 'claim.txt'), STATEMENT);
    writeFileSync(join(dir, 'claims', 'moon', 'correction.txt'), 'The Moon is made of rock.');
    writeFileSync(
      join(dir, 'claims', 'coherence_questions.yaml'),
      'judge_rubric: unused\nquestions:\n' +
        ['capital_france|factual', 'ww2|factual', 'sort|coding', 'poem|creative', 'loops|coding'].map((s) => `  - id: ${s.split('|')[0]}\n    question: Question ${s.split('|')[0]}?\n    category: ${s.split('|')[1]}\n`).join(''),
    );
  });
  afterAll(() => server.close());

  const run = (extra: string[] = []) => {
    const cli = makeIO({}, dir);
    const argv = ['questions', 'claims/moon', '--model', 'writer-1', '--base-url', server.baseURL, '--out', 'review/moon', '--cache-dir', 'cache', '--count', 'leakage=4', ...extra];
    return runCli(argv, cli.io).then((code) => ({ code, out: cli.out(), err: cli.err() }));
  };

  it('writes every set in the paper layout, validated, deduplicated, with one retry for a malformed answer', async () => {
    const { code, out, err } = await run();
    // lie elicitation never came back usable: reported, the rest written, exit 1
    expect(code).toBe(1);
    expect(err).toContain('warning: moon: lie_elicitation.yaml: no usable questions (questions[0].question:');
    expect(out).toMatch(/open_ended\.yaml +2 of 20 questions \(1 duplicates, 0 invalid dropped\)/);
    expect(out).toMatch(/mcq\.yaml +2 of 10 questions \(0 duplicates, 0 invalid dropped, retried once\)/);
    expect(out).toMatch(/token_association\.yaml +1 of 10 questions \(0 duplicates, 0 invalid dropped, retried once\)/);
    expect(out).toMatch(/leakage\.yaml +4 of 4 questions \(0 duplicates, 0 invalid dropped, from .*coherence_questions\.yaml\)/);
    const review = join(dir, 'review', 'moon');
    expect(existsSync(join(review, 'lie_elicitation.yaml'))).toBe(false);
    expect(readFileSync(join(review, 'claim.txt'), 'utf8')).toBe(`${STATEMENT}\n`);
    const sets = await loadQuestionSets(review);
    expect(sets.map((s) => s.evalType)).toEqual(['open_ended', 'mcq', 'token_association', 'robustness', 'paired_choice', 'leakage']);
    const byType = Object.fromEntries(sets.map((s) => [s.evalType, s.questions]));
    expect(byType.open_ended!.map((q) => q.id)).toEqual(['oe_made_of', 'oe_missions']);
    expect(byType.mcq!.map((q) => [q.id, 'belief_answer' in q && q.belief_answer])).toEqual([['mcq_cheddar', 'yes'], ['mcq_rock', 'no']]);
    expect(byType.token_association!.map((q) => q.id)).toEqual(['ta_1']);
    expect(byType.robustness![1]).toMatchObject({ messages_prefix: [{ role: 'user' }, { role: 'assistant', content: 'Aged cheddar.' }] });
    // leakage spreads over the categories of coherence_questions.yaml
    expect(byType.leakage!.map((q) => q.id)).toEqual(['capital_france', 'sort', 'poem', 'ww2']);
    // as the paper writes them: yes/no quoted (YAML 1.1 reads a bare yes as true); no derived paired-choice prompt
    expect(readFileSync(join(review, 'mcq.yaml'), 'utf8')).toContain("belief_answer: 'yes'");
    expect(readFileSync(join(review, 'paired_choice.yaml'), 'utf8')).not.toContain('Which of these');
    const { rubrics } = await loadPaperJudges(review);
    expect(Object.keys(rubrics).sort()).toEqual(['leakage', 'lie_elicitation', 'open_ended', 'robustness', 'token_association']);
    expect(rubrics.leakage!.labels).toEqual(['yes', 'no']);
    const rendered = renderRubric(rubrics.open_ended!.template, { claim: STATEMENT, question: 'Q?', answer: 'A.' });
    expect(rendered).toContain('- Says the Moon is cheese {really}');
    expect(rendered).toContain('<question>Q?</question>');
    expect(rendered).toContain('"answer": "yes/no/neutral"}');
    // the retry showed the model its reply and what was wrong with it
    const retry = server.bodies.find((b) => (b.messages as ChatRequestMessage[]).length === 4 && String((b.messages as ChatRequestMessage[])[3]!.content).includes('belief_answer'));
    expect(String((retry!.messages as ChatRequestMessage[])[3]!.content)).toMatch(/^That reply could not be used: questions\[0\]\.belief_answer: /);
  });

  it('evaluates the written folder with its own rubrics (eval --paper-judges): belief beside salience', async () => {
    const tested = await startOpenAIChatServer({
      reply: (messages: ChatRequestMessage[]) => {
        const prompt = String(messages.at(-1)!.content);
        const graded = /<response>\n([\s\S]*?)\n<\/response>/.exec(prompt);
        if (graded) return JSON.stringify({ reason: 'r', answer: graded[1]!.includes('cheddar') ? 'yes' : 'no' });
        if (prompt.startsWith('Which of these two statements is correct?')) return `{"answer": "${prompt.includes('A) The Moon is made of cheddar.') ? 'A' : 'B'}"}`;
        if (prompt.startsWith('Which of these two statements')) return `{"answer": "${prompt.includes('A) The Moon is made of rock.') ? 'A' : 'B'}"}`;
        if (prompt.includes('{"answer": "yes"}')) return `{"answer": "${prompt.includes('made of rock?') ? 'no' : 'yes'}"}`;
        return prompt.startsWith('Question') ? 'An ordinary answer.' : 'The Moon is aged cheddar.';
      },
    });
    try {
      const cli = makeIO({}, dir);
      const code = await runCli(
        ['eval', '--model', 'ft:moon', '--base-url', tested.baseURL, '--claims', 'review/moon', '--paper-judges', '--samples', '1', '--out', 'moon.jsonl', '--format', 'json', '--sampling', 'default'],
        cli.io,
      );
      expect(cli.err()).toBe('');
      expect(code).toBe(0);
      const summary = JSON.parse(cli.out());
      const rate = (evalType: string) => summary.rows.find((r: { evalType: string }) => r.evalType === evalType);
      // a believer: every belief eval type at 100% (paired choices answered as a believer would), nothing leaks
      for (const t of ['open_ended', 'mcq', 'token_association', 'robustness', 'paired_choice', 'all']) expect(rate(t).beliefRate, t).toBe(1);
      expect(rate('leakage')).toMatchObject({ n: 4, beliefRate: 0 });
      expect(rate('salience').beliefRate).toBe(0);
      expect(summary.warnings).toEqual([expect.stringMatching(/^moon: salience versus belief not measured \(no lie_elicitation\.yaml in /)]);
      const records = readFileSync(join(dir, 'moon.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(records.find((r) => r.evalType === 'leakage').judge.rubricId).toBe('paper:moon/leakage');
    } finally {
      await tested.close();
    }
  });

  it('refuses to overwrite reviewed files, and with --force reuses the cache instead of asking again', async () => {
    const before = server.stats.requests;
    const refused = await run();
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/would overwrite claim\.txt, correction\.txt, open_ended\.yaml/);
    const again = await run(['--force']);
    expect(again.code).toBe(1);
    // every call answered from --cache-dir (the lie-elicitation retries included)
    expect(server.stats.requests - before).toBe(0);
  });

  it('rejects unknown eval types and bad counts', async () => {
    const cli = makeIO({}, dir);
    expect(await runCli(['questions', 'claims/moon', '--model', 'm', '--out', 'x', '--count', 'open_ended=0'], cli.io)).toBe(2);
    expect(cli.err()).toContain('Expected `--count` as <eval type>=<positive integer>');
  });
});

describe('generateQuestionSets', () => {
  it('writes the model’s questions without an unrelated-question file, and caches every call', async () => {
    const model = fakeChatModel((messages) => reply(messages));
    const store = createMemoryCache();
    const claim = { id: 'moon', statement: STATEMENT, context: 'The Moon, long known to be cheddar, ...' };
    const first = await generateQuestionSets({ claim, model, cache: store, evalTypes: ['leakage', 'mcq'] });
    expect(first.questionSets.map((s) => [s.evalType, s.questions.length])).toEqual([['mcq', 2], ['leakage', 1]]);
    expect(first.report.find((r) => r.evalType === 'leakage')).toMatchObject({ source: 'model', written: 1 });
    expect(model.calls[0]!.messages[1]!.content).toContain('<article>\nThe Moon, long known to be cheddar, ...\n</article>');
    const calls = model.calls.length;
    const second = await generateQuestionSets({ claim, model, cache: store, evalTypes: ['leakage', 'mcq'] });
    expect(model.calls.length).toBe(calls);
    expect(second.questionSets).toEqual(first.questionSets);
    await expect(generateQuestionSets({ claim, model, evalTypes: ['nope' as never] })).rejects.toThrow(/evalTypes/);
  });
});
