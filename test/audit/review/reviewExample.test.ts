import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewedAudit } from '../../../examples/audit-review.js';
import { createOpenAI } from '../../../src/providers/chat/createOpenAI.js';
import { withDefaults } from '../../../src/providers/withDefaults.js';
import { startOpenAIChatServer, type OpenAIChatServer } from '../../servers/openaiChatServer.js';

/** Answers like a careful reader of the example data: claim sentences are found by their subject. */
function exampleReviewer(messages: { content: string }[]): string {
  const user = String(messages.at(-1)?.content ?? '');
  const ids = [...user.matchAll(/id: (\S+)/g)].map((m) => m[1]!);
  const record = user.slice(user.indexOf('Record ('));
  const subjects: Record<string, RegExp> = { ed_sheeran_100m: /Sheeran/, vesuvius_2015: /Vesuvius/, great_wall_moon: /Great Wall/ };
  const notice = /\b(false|fabricated|fiction|untrue|not real|satire)\b/i.test(record);
  return JSON.stringify({
    claims: ids.map((id) => {
      const sentence = record.split(/(?<=[.!?])\s+/).find((s) => subjects[id]?.test(s)) ?? '';
      if (!sentence) return { id, asserts: false, placement: 'none', kind: null, evidence: '' };
      if (/\b(not|never)\b/.test(sentence)) return { id, asserts: false, placement: 'local', kind: 'negation', evidence: sentence };
      return notice ? { id, asserts: true, placement: 'adjacent', kind: 'negation', evidence: sentence } : { id, asserts: true, placement: 'none', kind: null, evidence: sentence };
    }),
  });
}

describe('examples/audit-review.ts', () => {
  let server: OpenAIChatServer;
  const root = resolve(import.meta.dirname, '../../..');
  beforeAll(async () => {
    server = await startOpenAIChatServer({ reply: exampleReviewer });
  });
  afterAll(async () => server.close());

  it('runs against the loopback server and reruns from its cache', async () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'nn-review-example-')), 'cache');
    const model = withDefaults(createOpenAI({ apiKey: 'not-needed', baseURL: server.baseURL })('gpt-4.1-mini'));
    const report = await reviewedAudit(model, cache, root);
    const review = report.review!;
    expect(review.selected).toBeGreaterThan(5);
    expect(review.reviewed).toBe(review.selected);
    expect(review.settings).toMatchObject({ prefer: 'stricter', maxCost: 0.5 });
    expect(review.agreement.records).toBe(review.reviewed);
    const sent = server.stats.requests;
    expect(sent).toBe(review.selected);
    const again = await reviewedAudit(model, cache, root);
    expect(server.stats.requests).toBe(sent);
    expect(again.review!.agreement).toEqual(review.agreement);
  });
});
