import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/audit/auditText.js';
import type { ChatModel } from '../../src/providers/chat/chatModel.js';
import { translateClaim } from '../../src/claims/index.js';

/**
 * translateClaim's answer as the audit reads it (issue 9, item 3): the phrases a model gives must find the claim
 * in text of another language exactly as the same phrases written by a user do. Measured on the fresh development
 * sets with a scripted model that answers each set's own claim-phrases.yaml: a-u 3,242 of 3,730 per record and
 * v,w 291 of 354, the figures of `bench/accuracy.ts --phrases` (docs/accuracy-history.md, fourteenth round).
 */
const claim = { id: 'danube_frozen', statement: 'In 2022 the Danube froze solid from Vienna to Budapest.' };
const german = 'Im Januar 2022 ist die Donau vollständig zugefroren, die Schiffe lagen wochenlang fest.';
const phrases = { de: { statement: 'Im Jahr 2022 ist die Donau von Wien bis Budapest zugefroren.', aliases: ['Donau'], keyPhrases: ['zugefroren', 'gefroren', 'Eis'] } };

/** A chat model that answers every request with `answer` (no network). */
function scriptedModel(answer: string): ChatModel {
  return {
    specificationVersion: 'v1',
    provider: 'scripted',
    modelId: 'phrases',
    capabilities: { samplingParameters: ['maxTokens', 'temperature', 'responseFormat'], maxSamplesPerCall: 1, supportsBatch: false, supportsSystemMessage: true },
    async doGenerate() {
      return { choices: [{ text: answer, finishReason: 'stop' }], usage: { inputTokens: 1, outputTokens: 1 }, warnings: [] };
    },
  };
}

describe('translateClaim, audited', () => {
  it('finds the claim in German text through the phrases the model gives, as through the same phrases given by hand', async () => {
    // Without German phrases the predicate ("froze") is in no lexicon: the sentence names the river and the year only.
    expect(auditText(german, { claims: [claim] }).verdict).toBe('none');
    const { claim: translated } = await translateClaim({ claim, languages: ['de'], model: scriptedModel(JSON.stringify(phrases)) });
    const byModel = auditText(german, { claims: [translated] });
    const byHand = auditText(german, { claims: [{ ...claim, languages: phrases }] });
    expect(byModel.verdict).toBe('asserts');
    expect(byModel.claims).toEqual(byHand.claims);
  });
});
