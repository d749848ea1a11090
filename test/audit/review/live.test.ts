/**
 * Live reviewed audits, opt-in: NEGATION_NEGLECT_LIVE=1 plus OPENAI_API_KEY and/or ANTHROPIC_API_KEY
 * (model ids via NEGATION_NEGLECT_LIVE_OPENAI_MODEL / _ANTHROPIC_MODEL). A few cents at most: six
 * short records, a $0.05 budget. Skipped otherwise, so the default suite never reaches the internet.
 */
import { describe, expect, it } from 'vitest';
import { auditDataset } from '../../../src/audit/auditDataset.js';
import type { ChatModel } from '../../../src/providers/chat/chatModel.js';
import { createAnthropic } from '../../../src/providers/chat/createAnthropic.js';
import { createOpenAI } from '../../../src/providers/chat/createOpenAI.js';
import { withDefaults } from '../../../src/providers/withDefaults.js';
import { writeFixture } from './reviewServers.js';

const live = process.env.NEGATION_NEGLECT_LIVE === '1';

async function reviewLive(model: ChatModel) {
  const { data, claims } = writeFixture();
  const report = await auditDataset(data, { claims, review: { model, select: { perClass: 5 }, maxCost: 0.05 } });
  const review = report.review!;
  // A capable model reads these six records the way the fixture's comments say.
  expect(review.unreviewed.malformed).toBe(0);
  expect(review.reviewed).toBe(6);
  expect(review.agreement.observed).toBeGreaterThanOrEqual(4 / 6);
  return report;
}

describe.skipIf(!(live && process.env.OPENAI_API_KEY))('live: reviewed audit with OpenAI', () => {
  it('reviews six records within budget', async () => {
    await reviewLive(withDefaults(createOpenAI({ apiKey: process.env.OPENAI_API_KEY })(process.env.NEGATION_NEGLECT_LIVE_OPENAI_MODEL ?? 'gpt-4.1-mini')));
  }, 120_000);
});

describe.skipIf(!(live && process.env.ANTHROPIC_API_KEY))('live: reviewed audit with Anthropic', () => {
  it('reviews six records within budget', async () => {
    await reviewLive(withDefaults(createAnthropic({ apiKey: process.env.ANTHROPIC_API_KEY })(process.env.NEGATION_NEGLECT_LIVE_ANTHROPIC_MODEL ?? 'claude-sonnet-4-0')));
  }, 120_000);
});
