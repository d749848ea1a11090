/**
 * Live-provider smoke tests. Opt-in: set NEGATION_NEGLECT_LIVE=1 and OPENAI_API_KEY and/or
 * ANTHROPIC_API_KEY (model ids via NEGATION_NEGLECT_LIVE_OPENAI_MODEL / _ANTHROPIC_MODEL).
 * Skipped otherwise, so the default suite never reaches the internet.
 */
import { describe, expect, it } from 'vitest';
import { createAnthropic, createOpenAI, generateText, retry, timeout, wrapChatModel } from '../../../src/providers/index.js';

const live = process.env.NEGATION_NEGLECT_LIVE === '1';
const openaiKey = process.env.OPENAI_API_KEY;
const anthropicKey = process.env.ANTHROPIC_API_KEY;
const messages = [{ role: 'user' as const, content: 'Reply with the single word: ready' }];

describe.skipIf(!(live && openaiKey))('live OpenAI', () => {
  it('answers a short prompt', async () => {
    const base = createOpenAI({ apiKey: openaiKey })(process.env.NEGATION_NEGLECT_LIVE_OPENAI_MODEL ?? 'gpt-4.1-mini');
    const model = wrapChatModel({ model: base, middleware: [retry({ maxRetries: 2 }), timeout({ ms: 60_000 })] });
    const r = await generateText({ model, messages, maxTokens: 10, temperature: 0 });
    expect(r.text.toLowerCase()).toContain('ready');
    expect(r.usage.inputTokens).toBeGreaterThan(0);
  });
});

describe.skipIf(!(live && anthropicKey))('live Anthropic', () => {
  it('answers a short prompt and warns about temperature', async () => {
    const base = createAnthropic({ apiKey: anthropicKey })(process.env.NEGATION_NEGLECT_LIVE_ANTHROPIC_MODEL ?? 'claude-haiku-4-5');
    const model = wrapChatModel({ model: base, middleware: [retry({ maxRetries: 2 }), timeout({ ms: 60_000 })] });
    const r = await generateText({ model, messages, maxTokens: 10, temperature: 0 });
    expect(r.text.toLowerCase()).toContain('ready');
    expect(r.warnings.map((w) => w.setting)).toContain('temperature');
  });
});
