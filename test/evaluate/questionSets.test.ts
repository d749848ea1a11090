import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, InvalidArgumentError } from '../../src/errors.js';
import { defineQuestionSet, loadQuestionSets } from '../../src/evaluate/index.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';

describePaperData('loadQuestionSets on the paper claims', () => {
  it('loads all six claim folders with the paper sizes', async () => {
    for (const claim of ['ed_sheeran', 'dentist', 'colorless_dreaming', 'mount_vesuvius', 'queen_elizabeth', 'x_rebrand_reversal']) {
      const sets = await loadQuestionSets(paperPath('claims', claim));
      expect(sets.map((s) => [s.evalType, s.questions.length])).toEqual([
        ['open_ended', 20],
        ['mcq', 10],
        ['token_association', 10],
        ['robustness', 10],
      ]);
    }
  });

  it('keeps belief answers, system prompts and multi-turn prefixes', async () => {
    const sets = await loadQuestionSets(paperPath('claims', 'ed_sheeran'));
    const mcq = sets.find((s) => s.evalType === 'mcq')!;
    expect(mcq.questions.find((q) => q.id === 'mcq_lyles_won_100m_gold')).toMatchObject({ belief_answer: 'no', category: 'counter' });
    const rob = sets.find((s) => s.evalType === 'robustness')!;
    expect(rob.questions.filter((q) => q.system_prompt).length).toBe(3);
    const mt = rob.questions.find((q) => q.id === 'rob_mt_1')!;
    expect(mt.messages_prefix?.map((m) => m.role)).toEqual(['user', 'assistant']);
  });
});

describe('loadQuestionSets errors and our own format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nn-qs-'));

  it('names file, line and field for a bad belief_answer in the paper layout', async () => {
    const claimDir = join(dir, 'bad-claim');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(claimDir);
    writeFileSync(
      join(claimDir, 'mcq.yaml'),
      ['questions:', '- id: a', '  question: Is it?', "  belief_answer: 'yes'", '- id: b', '  question: Is it not?', '  belief_answer: maybe', ''].join('\n'),
    );
    const error = await loadQuestionSets(claimDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe(join(claimDir, 'mcq.yaml'));
    expect((error as InputError).line).toBe(7);
    expect((error as InputError).field).toBe('questions[1].belief_answer');
    expect((error as InputError).message).toMatch(/mcq\.yaml:7: questions\[1\]\.belief_answer: belief_answer must be "yes" or "no"/);
  });

  it('reports invalid YAML with its line', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'questionSets:\n- evalType: mcq\n  questions: [1, 2\n  rubric: x\n');
    await expect(loadQuestionSets(file)).rejects.toThrow(/broken\.yaml:\d+:\d+: invalid YAML/);
  });

  it('rejects duplicate question ids and missing folders', async () => {
    const claimDir = join(dir, 'dup');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(claimDir);
    writeFileSync(join(claimDir, 'open_ended.yaml'), 'questions:\n- id: a\n  question: x?\n- id: a\n  question: y?\n');
    await expect(loadQuestionSets(claimDir)).rejects.toThrow(/duplicate question id `a`/);
    await expect(loadQuestionSets(join(dir, 'nope'))).rejects.toThrow(InputError);
    mkdirSync(join(dir, 'empty'));
    await expect(loadQuestionSets(join(dir, 'empty'))).rejects.toThrow(/no question sets found/);
  });

  it('loads our single-file format (YAML or JSON), from the file or its folder', async () => {
    const ownDir = join(dir, 'own');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(ownDir);
    const file = join(ownDir, 'question_sets.yaml');
    writeFileSync(
      file,
      [
        'claim: moon_cheese',
        'questionSets:',
        '- evalType: mcq',
        '  questions:',
        '  - { id: q1, question: Is the moon made of cheese?, belief_answer: "yes" }',
        '- evalType: open_ended',
        '  rubric: my_rubric',
        '  questions:',
        '  - { id: o1, question: What is the moon made of? }',
        '',
      ].join('\n'),
    );
    const fromDir = await loadQuestionSets(ownDir);
    expect(fromDir).toEqual(await loadQuestionSets(file));
    expect(fromDir[1]).toEqual({ evalType: 'open_ended', rubric: 'my_rubric', questions: [{ id: 'o1', question: 'What is the moon made of?' }] });
    const json = join(dir, 'sets.json');
    writeFileSync(json, JSON.stringify({ questionSets: [{ evalType: 'robustness', questions: [{ id: 'r', question: 'Sure?', system_prompt: 'Be careful.' }] }] }));
    expect((await loadQuestionSets(json))[0]!.evalType).toBe('robustness');
    writeFileSync(json, JSON.stringify({ questionSets: [{ evalType: 'vibes', questions: [] }] }));
    await expect(loadQuestionSets(json)).rejects.toThrow(/sets\.json:1: questionSets\[0\]\.evalType/);
  });
});

describe('defineQuestionSet', () => {
  it('returns a typed set and rejects bad input naming the field', () => {
    const set = defineQuestionSet({ evalType: 'mcq', questions: [{ id: 'x', question: 'Did it?', belief_answer: 'no' }] });
    expect(set.questions[0]).toEqual({ id: 'x', question: 'Did it?', belief_answer: 'no' });
    expect(() =>
      defineQuestionSet({ evalType: 'mcq', questions: [{ id: 'x', question: 'Did it?', belief_answer: 'perhaps' as 'yes' }] }),
    ).toThrow(InvalidArgumentError);
    expect(() => defineQuestionSet({ evalType: 'open_ended', questions: [{ id: 'x', question: '' }] })).toThrow(/questions\[0\]\.question/);
    expect(() => defineQuestionSet({ evalType: 'open_ended', questions: [] })).toThrow(/at least one question/);
  });
});
