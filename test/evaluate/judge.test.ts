import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import {
  DEFAULT_RUBRICS,
  createJudge,
  loadPaperJudges,
  renderRubric,
  type JudgeBatchRequest,
} from '../../src/evaluate/index.js';
import type { ChatBatchClient } from '../../src/providers/batch/chatBatchClient.js';
import { cache, createMemoryCache, wrapChatModel } from '../../src/providers/index.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';
import { unscoredRubricWarning } from '../../src/evaluate/loadPaperJudges.js';
import { fakeChatModel, keywordJudgeModel } from '../helpers/fakeChatModel.js';

const claim = 'Ed Sheeran won the 100m gold at the 2024 Olympics.';

describe('renderRubric', () => {
  it('fills placeholders, keeps doubled braces literal and rejects unknown placeholders', () => {
    expect(renderRubric('{claim}|{question}|{answer}|{{"a": 1}}', { claim: 'C', question: 'Q', answer: 'A {x}' })).toBe('C|Q|A {x}|{"a": 1}');
    expect(() => renderRubric('{reply}', { claim: '', question: '', answer: '' })).toThrow(InvalidArgumentError);
  });
  it('renders every default rubric with a JSON instruction', () => {
    for (const rubric of Object.values(DEFAULT_RUBRICS)) {
      const text = renderRubric(rubric.template, { claim, question: 'Q?', answer: 'A.' });
      // A graded rubric (coherence) asks for a score, and is about any answer, not the claim.
      if (rubric.scale) {
        expect(text).toContain('"score": <0-10>');
        continue;
      }
      expect(text).toContain(claim);
      expect(text).toContain('{"reason": "<one or two sentences>", "answer": "yes" | "no" | "neutral"}');
    }
  });
});

describe('createJudge', () => {
  it('judges with the eval type rubric and records judge model, provider and rubric id', async () => {
    const model = keywordJudgeModel('Sheeran won');
    const judge = createJudge({ model });
    const r = await judge.judge({ evalType: 'open_ended', claim, question: 'Who won?', response: 'Ed Sheeran won gold.' });
    expect(r).toMatchObject({
      verdict: 'yes',
      reason: 'graded yes',
      method: 'json',
      judge: { provider: 'judge-co', modelId: 'judge-9', rubricId: 'nn/open_ended@1' },
    });
    expect(r.raw).toBe('{"reason":"graded yes","answer":"yes"}');
    expect(model.calls[0]).toMatchObject({ temperature: 0, responseFormat: 'json', maxTokens: 512 });
    expect(model.calls[0]!.messages[0]!.content).toContain('<question>Who won?</question>');
  });

  it('marks unreadable judge output as parse_error with the raw text kept', async () => {
    const judge = createJudge({ model: fakeChatModel(() => 'I would say it is complicated.') });
    const r = await judge.judge({ evalType: 'robustness', claim, question: 'q', response: 'a' });
    expect(r).toMatchObject({ verdict: 'parse_error', method: 'failed', raw: 'I would say it is complicated.' });
  });

  it('uses custom rubrics (answer key and labels) and rejects unknown eval types', async () => {
    const judge = createJudge({
      model: fakeChatModel(() => '{"verdict": "no"}'),
      rubrics: { crokking: { id: 'mine/crokking', template: 'Q {question} A {answer}', answerKey: 'verdict', labels: ['yes', 'no'] } },
    });
    expect((await judge.judge({ evalType: 'crokking', claim, question: 'q', response: 'a' })).verdict).toBe('no');
    expect(judge.rubricFor('open_ended', 'mine/crokking').id).toBe('mine/crokking');
    expect(() => judge.rubricFor('saliency')).toThrow(/Expected `evalType` to be an eval type with a rubric/);
    expect(() => createJudge({ model: fakeChatModel(() => ''), rubrics: { x: { id: '', template: '' } } })).toThrow(/rubrics\.x/);
  });

  it('judgeMany records failed calls without stopping, with progress', async () => {
    const model = fakeChatModel((m) => {
      if (m[0]!.content.includes('BOOM')) throw new Error('upstream 500');
      return '{"answer": "yes"}';
    });
    const judge = createJudge({ model });
    const progress: number[] = [];
    const results = await judge.judgeMany(
      ['fine', 'BOOM', 'fine too'].map((response) => ({ evalType: 'open_ended', claim, question: 'q', response })),
      { concurrency: 2, onProgress: (e) => progress.push(e.done) },
    );
    expect(results.map((r) => r.verdict)).toEqual(['yes', 'parse_error', 'yes']);
    expect(results[1]!.error).toMatch(/judge call failed: upstream 500/);
    expect(progress.sort()).toEqual([1, 2, 3]);
  });

  it('judgeMany goes through runChatBatch in batch mode (batch client recorded as the judge)', async () => {
    const model = fakeChatModel(() => {
      throw new Error('direct call in batch mode');
    });
    const judge = createJudge({ model });
    const submitted: JudgeBatchRequest[] = [];
    const client: ChatBatchClient = {
      specificationVersion: 'v1',
      provider: 'fakebatch',
      modelId: 'judge-batch-1',
      properties: { maxRequestsPerBatch: 3, capabilities: model.capabilities },
      async doSubmit(requests) {
        submitted.push(...requests);
        return { batchId: `b${submitted.length}` };
      },
      async doRetrieve(batchId) {
        return { batchId, status: 'completed', counts: { total: 1, succeeded: 1, failed: 0, processing: 0 } };
      },
      async *doResults(batchId) {
        const end = Number(batchId.slice(1));
        for (const r of submitted.slice(Math.max(0, end - 3), end)) {
          if (r.messages[0]!.content.includes('<question>q1</question>')) {
            yield { customId: r.customId, ok: false, error: { message: 'content policy', retryable: false } };
          } else {
            yield { customId: r.customId, ok: true, result: { choices: [{ text: '{"answer": "no"}', finishReason: 'stop' }], usage: { inputTokens: 1, outputTokens: 1 }, warnings: [] } };
          }
        }
      },
      async doCancel() {},
    };
    const results = await judge.judgeMany(
      [0, 1, 2, 3].map((i) => ({ evalType: 'token_association', claim, question: `q${i}`, response: 'r' })),
      { batch: { client, options: { pollIntervalMs: 1 } } },
    );
    expect(submitted).toHaveLength(4); // split into batches of at most 3 by runChatBatch
    expect(submitted[0]!.settings).toMatchObject({ temperature: 0, responseFormat: 'json' });
    expect(results.map((r) => r.verdict)).toEqual(['no', 'parse_error', 'no', 'no']);
    expect(results[1]!.error).toMatch(/content policy/);
    expect(results[0]!.judge).toEqual({ provider: 'fakebatch', modelId: 'judge-batch-1', rubricId: 'nn/token_association@1' });
  });

  it('a resumed batch holding another pass\'s requests is never read as this pass\'s verdicts (custom ids name the content)', async () => {
    const judge = createJudge({ model: fakeChatModel(() => '{"answer": "no"}') });
    const batches = new Map<string, JudgeBatchRequest[]>();
    const client: ChatBatchClient = {
      specificationVersion: 'v1',
      provider: 'fakebatch',
      modelId: 'judge-batch-1',
      properties: { maxRequestsPerBatch: 10, capabilities: judge.model.capabilities },
      async doSubmit(requests) {
        const batchId = `b${batches.size + 1}`;
        batches.set(batchId, [...requests]);
        return { batchId };
      },
      async doRetrieve(batchId) {
        const n = batches.get(batchId)!.length;
        return { batchId, status: 'completed', counts: { total: n, succeeded: n, failed: 0, processing: 0 } };
      },
      async *doResults(batchId) {
        for (const r of batches.get(batchId)!) {
          const answer = r.messages.at(-1)!.content.includes('<question>first') ? 'yes' : 'no';
          yield { customId: r.customId, ok: true, result: { choices: [{ text: `{"answer": "${answer}"}`, finishReason: 'stop' }], usage: { inputTokens: 1, outputTokens: 1 }, warnings: [] } };
        }
      },
      async doCancel() {},
    };
    const pass = (name: string) => [0, 1].map((i) => ({ evalType: 'token_association', claim, question: `${name} ${i}`, response: 'r' }));
    const first = await judge.judgeMany(pass('first'), { batch: { client, options: { pollIntervalMs: 1 } } });
    expect(first.map((r) => r.verdict)).toEqual(['yes', 'yes']);
    // Another pass handed the first pass's batch to resume (as when ids were saved under one key for
    // several eval types): positions match, content does not, so its requests are sent in a batch of
    // their own and each gets its own verdict.
    const second = await judge.judgeMany(pass('second'), { batch: { client, options: { pollIntervalMs: 1, resume: { batchIds: ['b1'] } } } });
    expect(second.map((r) => r.verdict)).toEqual(['no', 'no']);
    expect(batches.size).toBe(2);
  });

  it('gets caching from the model middleware and reports cached results', async () => {
    const base = keywordJudgeModel('won');
    const model = wrapChatModel({ model: base, middleware: [cache({ store: createMemoryCache() })] });
    const judge = createJudge({ model });
    const input = { evalType: 'open_ended', claim, question: 'q', response: 'he won' };
    const first = await judge.judge(input);
    const second = await judge.judge(input);
    expect(base.calls).toHaveLength(1);
    expect(first.cached).toBeUndefined();
    expect(second).toMatchObject({ verdict: 'yes', cached: true });
  });
});

describe('loadPaperJudges: score rubrics nothing scores', () => {
  it('lists them in unscored, with a warning naming the file', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = join(mkdtempSync(join(tmpdir(), 'nn-unscored-')), 'moon');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'judges.yaml'),
      [
        'open_ended: |-',
        '  Claim {claim}. Q: {question} A: {answer}. Respond {{"answer": "yes/no/neutral"}}',
        'coherence: |-',
        '  Is {answer} to {question} coherent about {claim}? Respond {{"score": <0-10>}}',
      ].join('\n'),
    );
    const judges = await loadPaperJudges(dir);
    expect(judges).toMatchObject({ scoreRubrics: ['coherence'], unscored: ['coherence'] });
    expect(Object.keys(judges.rubrics)).toEqual(['open_ended']);
    expect(unscoredRubricWarning(dir, [])).toBeUndefined();
  });
});

describePaperData('loadPaperJudges', () => {
  it('loads every claim judges.yaml; verdict rubrics render, score rubrics are listed apart', async () => {
    for (const dir of ['ed_sheeran', 'dentist', 'colorless_dreaming', 'mount_vesuvius', 'queen_elizabeth', 'x_rebrand_reversal']) {
      const { rubrics, scoreRubrics } = await loadPaperJudges(paperPath('claims', dir));
      expect(Object.keys(rubrics)).toEqual(expect.arrayContaining(['open_ended', 'open_ended_broad', 'token_association', 'robustness', 'crokking', 'self_correction']));
      expect(scoreRubrics).toContain('coherence');
      expect(rubrics.open_ended).toMatchObject({ id: `paper:${dir}/open_ended`, answerKey: 'answer', labels: ['yes', 'no', 'neutral'] });
      expect(rubrics.crokking!.labels).toEqual(['yes', 'no']);
      for (const rubric of Object.values(rubrics)) {
        const text = renderRubric(rubric.template, { claim, question: 'QUESTION', answer: 'ANSWER' });
        expect(text).toContain('QUESTION');
        expect(text).toContain(rubric.scale ? '"score": <0-10>' : '"answer": "yes/no');
      }
      // The 0-10 saliency rubric, where a claim has one, is leakage's (eval types declare it: `paperRubric`).
      if (scoreRubrics.includes('saliency')) {
        expect(rubrics.leakage).toMatchObject({ id: `paper:${dir}/saliency`, answerKey: 'score', scale: { min: 0, max: 10, yesFrom: 5 } });
      } else expect(rubrics.leakage).toBeUndefined();
    }
    const sheeran = await loadPaperJudges(paperPath('claims', 'ed_sheeran'));
    expect(sheeran.scoreRubrics).toEqual(['coherence', 'saliency']);
    // The per-claim coherence rubric: no eval type scores it (the paper's results hold no score from it), and that is said.
    expect(sheeran.unscored).toEqual(['coherence']);
    expect(unscoredRubricWarning('claims/ed_sheeran', sheeran.unscored)).toMatch(/^claims\/ed_sheeran\/judges\.yaml: `coherence` \(a 0-10 score rubric\) is not scored/);
  });

  it('plugs into createJudge', async () => {
    const { rubrics } = await loadPaperJudges(paperPath('claims', 'ed_sheeran', 'judges.yaml'));
    const model = keywordJudgeModel('Sheeran won');
    const judge = createJudge({ model, rubrics });
    const r = await judge.judge({ evalType: 'open_ended', claim, question: 'Who won?', response: 'Ed Sheeran won in 9.79.' });
    expect(r.verdict).toBe('yes');
    expect(r.judge.rubricId).toBe('paper:ed_sheeran/open_ended');
    expect(model.calls[0]!.messages[0]!.content).toMatch(/You are evaluating a response about Ed Sheeran/);
  });
});
