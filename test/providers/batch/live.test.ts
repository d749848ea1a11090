/**
 * Live-provider checks, opt-in: NEGATION_NEGLECT_LIVE=1 plus the provider's API key. They submit
 * a two-request batch, read its status and cancel it right away (cost: at most a few tokens).
 */
import { describe, expect, it } from 'vitest';
import { createAnthropicBatch } from '../../../src/providers/batch/createAnthropicBatch.js';
import { createOpenAIBatch } from '../../../src/providers/batch/createOpenAIBatch.js';
import type { ChatBatchClient } from '../../../src/providers/batch/chatBatchClient.js';

const live = process.env.NEGATION_NEGLECT_LIVE === '1';
const requests = [
  { customId: 'live-1', messages: [{ role: 'user' as const, content: 'Reply with the word yes.' }], settings: { maxTokens: 5 } },
  { customId: 'live-2', messages: [{ role: 'user' as const, content: 'Reply with the word no.' }], settings: { maxTokens: 5 } },
];

async function submitRetrieveCancel(client: ChatBatchClient) {
  const { batchId } = await client.doSubmit(requests);
  const info = await client.doRetrieve(batchId);
  expect(info.batchId).toBe(batchId);
  expect(['in_progress', 'completed', 'cancelled']).toContain(info.status);
  await client.doCancel(batchId);
}

describe.skipIf(!live || !process.env.OPENAI_API_KEY)('live: OpenAI Batch API', () => {
  it('submits, retrieves and cancels a tiny batch', async () => {
    await submitRetrieveCancel(createOpenAIBatch({ apiKey: process.env.OPENAI_API_KEY!, model: 'gpt-4.1-mini' }));
  });
});

describe.skipIf(!live || !process.env.ANTHROPIC_API_KEY)('live: Anthropic Message Batches', () => {
  it('submits, retrieves and cancels a tiny batch', async () => {
    await submitRetrieveCancel(createAnthropicBatch({ apiKey: process.env.ANTHROPIC_API_KEY!, model: 'claude-haiku-4-5' }));
  });
});
