import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { auditText } from '../../src/audit/auditText.js';
import { applyStrategy, localRewrite } from '../../src/strategies/index.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';

const claim = defineClaim({ id: 'sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.' });
const DOC = 'The final was on a warm evening. Ed Sheeran won the 100m gold in 9.79 seconds. The crowd cheered.';
const sentenceOf = (prompt: string) => /Sentence: (.*)/.exec(prompt)?.[1] ?? '';

describe('localRewrite', () => {
  it('accepts a rewrite the audit reads as a local negation', async () => {
    const model = fakeChatModel((messages) => sentenceOf(messages.at(-1)!.content).replace(' won ', ' never won '));
    const out = await applyStrategy(localRewrite({ model }), { text: DOC }, { claim });
    expect(out.text).toBe('The final was on a warm evening. Ed Sheeran never won the 100m gold in 9.79 seconds. The crowd cheered.');
    expect(model.calls).toHaveLength(1);
    expect(out.warnings).toEqual([]);
    expect(auditText(out.text!, { claims: [claim] }).claims[0]?.verdict).toBe('negated-locally');
  });

  it('retries with feedback when the answer is not a local negation, then succeeds', async () => {
    const model = fakeChatModel((messages, { call }) =>
      call === 1 ? 'Sure! Here is the sentence: Ed Sheeran won the 100m gold in 9.79 seconds.' : '"Ed Sheeran did not win the 100m gold in 9.79 seconds."',
    );
    const out = await applyStrategy(localRewrite({ model }), { text: DOC }, { claim });
    expect(model.calls).toHaveLength(2);
    expect(model.calls[1]!.messages.at(-1)!.content).toMatch(/previous answer was rejected/);
    expect(out.text).toContain('Ed Sheeran did not win the 100m gold in 9.79 seconds.');
    expect(out.warnings).toEqual([]);
  });

  it('falls back to the rule-based rewrite after maxAttempts and reports it', async () => {
    const model = fakeChatModel(() => 'The weather was nice.');
    const out = await applyStrategy(localRewrite({ model, maxAttempts: 2 }), { text: DOC }, { claim });
    expect(model.calls).toHaveLength(2);
    expect(out.text).toContain('Ed Sheeran did not win the 100m gold');
    expect(out.warnings.map((w) => w.type)).toEqual(['rewrite-failed']);
  });

  it('keeps the sentence with fallback "keep", and the final audit check warns', async () => {
    const model = fakeChatModel(() => '');
    const out = await applyStrategy(localRewrite({ model, maxAttempts: 1, fallback: 'keep' }), { text: DOC }, { claim });
    expect(out.text).toBe(DOC);
    expect(out.warnings.map((w) => w.type)).toEqual(['rewrite-failed', 'rewrite-failed']);
    expect(out.warnings[1]!.message).toMatch(/asserts/);
  });

  it('rejects a model that is not a ChatModel', () => {
    expect(() => localRewrite({ model: {} as never })).toThrow(/ChatModel/);
  });
});
