/**
 * Live-provider checks, opt-in: NEGATION_NEGLECT_LIVE=1 plus the provider's API key. They never
 * create a job (that costs money): they exercise the reattach lookup against the real APIs.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createOpenAIFinetune } from '../../../src/providers/finetune/createOpenAIFinetune.js';
import { createTogetherFinetune } from '../../../src/providers/finetune/createTogetherFinetune.js';

const live = process.env.NEGATION_NEGLECT_LIVE === '1';

describe.skipIf(!live || !process.env.OPENAI_API_KEY)('live: OpenAI fine-tuning', () => {
  it('finds no job for a fresh launch key (metadata-filtered job list)', async () => {
    const client = createOpenAIFinetune({ apiKey: process.env.OPENAI_API_KEY! });
    expect(await client.doFindJob(randomBytes(32).toString('hex'))).toBeUndefined();
  });
});

describe.skipIf(!live || !process.env.TOGETHER_API_KEY)('live: Together fine-tuning', () => {
  it('lists jobs through the zod-validated REST client', async () => {
    const client = createTogetherFinetune({ apiKey: process.env.TOGETHER_API_KEY! });
    expect(await client.doFindJob(randomBytes(32).toString('hex'))).toBeUndefined();
  });
});
