import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditDataset } from '../../../src/audit/auditDataset.js';
import { AuditReportSchema, type AuditReportData } from '../../../src/audit/auditReport.js';
import type { RecordAuditResult } from '../../../src/audit/auditRecords.js';
import { formatAuditReport } from '../../../src/audit/formatAuditReport.js';
import type { ReviewedRecordResult } from '../../../src/audit/review/auditReview.js';
import type { ReviewEstimate } from '../../../src/audit/review/reviewCandidates.js';
import { AbortError } from '../../../src/errors.js';
import { createAnthropic } from '../../../src/providers/chat/createAnthropic.js';
import { createOpenAI } from '../../../src/providers/chat/createOpenAI.js';
import { withDefaults } from '../../../src/providers/withDefaults.js';
import { startAnthropicServer } from '../../servers/anthropicServer.js';
import { startOpenAIChatServer, type OpenAIChatServer } from '../../servers/openaiChatServer.js';
import { fakeReviewer, RECORDS, writeFixture } from './reviewServers.js';

const KEY = 'sk-review-test-0000000000';
let server: OpenAIChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const openaiModel = (baseURL: string) => withDefaults(createOpenAI({ apiKey: KEY, baseURL })('gpt-4.1-mini'), { retry: { retries: 1, minTimeoutMs: 1 } });
/** The report without what legitimately changes between two runs (clock and spending). */
const stable = (report: AuditReportData) => {
  const { timing: _timing, review, ...rest } = JSON.parse(JSON.stringify(report)) as AuditReportData;
  const { usage: _usage, estimate: _estimate, ...section } = review!;
  return { ...rest, review: section };
};

describe('auditDataset({ review }) against the loopback OpenAI server', () => {
  it('reviews a stratified sample, keeps both readings, agreement with kappa and the disagreements; a cached rerun makes zero calls and the same report', async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer() });
    const { dir, data, claims } = writeFixture();
    const cache = join(dir, 'cache');
    const estimates: ReviewEstimate[] = [];
    const lines: RecordAuditResult[] = [];
    const run = () =>
      auditDataset(data, {
        claims,
        review: {
          model: openaiModel(server!.baseURL),
          select: { perClass: 5 },
          cache,
          onEstimate: (e) => {
            // Known before anything is sent.
            expect(server!.stats.requests).toBe(0);
            estimates.push(e);
          },
        },
        onRecord: (r) => void lines.push(r),
      });
    const report = await run();
    expect(AuditReportSchema.parse(report.toJSON())).toBeTruthy();
    const review = report.review!;
    expect(server.stats.requests).toBe(6);
    expect(estimates).toEqual([expect.objectContaining({ records: 6, cached: 0, requests: 6, batch: false })]);
    expect(estimates[0]!.inputTokens).toBeGreaterThan(6 * 200);
    expect(estimates[0]!.maxCostUsd).toBeGreaterThan(0);
    expect(review).toMatchObject({
      prompt: { id: 'negation-neglect/review', version: 1 },
      // A base URL makes the adapter an OpenAI-compatible one (its own cache keys and report label).
      model: { provider: 'openai-compatible', modelId: 'gpt-4.1-mini' },
      settings: { select: expect.stringMatching(/^stratified: 5 per class/), prefer: 'review', batch: false, temperature: 0, responseFormat: 'json' },
      eligible: { 'neglect-risk': 2, asserts: 2, 'negated-locally': 1, none: 1 },
      selected: 6,
      reviewed: 6,
      unreviewed: { malformed: 0, budget: 0, error: 0, declined: 0 },
      usage: { requests: 6, cachedAnswers: 0 },
      lexicalVerdict: 'neglect-risk',
      finalByVerdict: { 'neglect-risk': 3, asserts: 1, 'negated-locally': 1, none: 1 },
    });
    expect(review.usage.costUsd).toBeGreaterThan(0);
    // Lexical x review: five agree; the hedged record is asserts lexically, neglect-risk for the reviewer.
    expect(review.agreement.records).toBe(6);
    expect(review.agreement.observed).toBeCloseTo(5 / 6, 4);
    expect(review.agreement.kappa).toBeCloseTo(20 / 26, 4);
    expect(review.agreement.matrix.asserts).toEqual({ 'neglect-risk': 1, asserts: 1, 'negated-locally': 0, none: 0 });
    expect(review.agreement.byClass.find((c) => c.verdict === 'asserts')).toMatchObject({ lexical: 2, review: 1, both: 1 });
    expect(review.disagreements).toEqual([
      expect.objectContaining({
        record: 6,
        line: 7,
        claimId: 'ed_sheeran_100m',
        lexical: 'asserts',
        review: 'neglect-risk',
        final: 'neglect-risk',
        placement: 'adjacent',
        kind: 'uncertainty',
        lexicalSentence: expect.stringContaining('Ed Sheeran took the 100m gold'),
        reviewSentence: expect.stringContaining('Ed Sheeran took the 100m gold'),
      }),
    ]);
    expect(review.claims).toEqual([{ claimId: 'ed_sheeran_100m', verdict: 'neglect-risk', records: { 'neglect-risk': 3, asserts: 1, 'negated-locally': 1, none: 1 } }]);
    // Every input line once, in order, with both readings on reviewed records.
    expect(lines.map((l) => l.record)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect('error' in lines[2]!).toBe(true);
    const hedged = lines[6] as ReviewedRecordResult;
    expect(hedged).toMatchObject({ verdict: 'asserts', finalVerdict: 'neglect-risk', review: { status: 'reviewed', verdict: 'neglect-risk', attempts: 1 } });
    expect(hedged.data).toBeUndefined();
    const text = formatAuditReport(report, 'text');
    expect(text).toContain('Negation Neglect audit: NEGLECT RISK (after model review; lexical: NEGLECT RISK)');
    expect(text).toMatch(/agreement on 6 record\(s\): 83\.3%, Cohen's kappa 0\.77/);
    expect(text).toContain('ed_sheeran_100m: asserts -> neglect-risk');
    expect(formatAuditReport(report, 'markdown')).toContain('| asserts | 2 | 1 | 1 |');

    // Rerun with the cache warm: no HTTP call at all, the same report.
    const before = server.stats.requests;
    lines.length = 0;
    const again = await run();
    expect(server.stats.requests).toBe(before);
    expect(again.review!.usage).toMatchObject({ requests: 0, cachedAnswers: 6, costUsd: 0 });
    expect(estimates.length).toBe(1); // nothing to send, nothing to estimate
    expect(stable(again)).toEqual(stable(report));
    expect(lines.length).toBe(7);
  });

  it("selects 'uncertain' records by default ('related' adds the sure neglect-risk ones, 'flagged' leaves out the negated one), and prefer: stricter keeps the more serious reading", async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer() });
    const { data, claims } = writeFixture();
    const report = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), prefer: 'stricter' } });
    // The two neglect-risk records carry their notice ("The following story is false.", a fiction system message): not sent.
    expect(server.stats.requests).toBe(3);
    expect(report.review).toMatchObject({ selected: 3, settings: { select: 'uncertain' }, eligible: { 'neglect-risk': 0, asserts: 2, 'negated-locally': 1, none: 0 } });
    expect(report.review!.finalByVerdict).toEqual({ 'neglect-risk': 3, asserts: 1, 'negated-locally': 1, none: 1 });
    const related = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), select: 'related' } });
    // The bread recipe names nothing of the claim: not sent.
    expect(related.review).toMatchObject({ selected: 5, settings: { select: 'related' }, eligible: { 'neglect-risk': 2, asserts: 2, 'negated-locally': 1, none: 0 } });
    const flagged = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), select: 'flagged' } });
    expect(flagged.review).toMatchObject({ selected: 4, settings: { select: 'flagged' }, eligible: { 'neglect-risk': 2, asserts: 2, 'negated-locally': 0, none: 0 } });
    const lexical = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), prefer: 'lexical', select: (r) => r.record === 6 } });
    expect(lexical.review!.selected).toBe(1);
    expect(lexical.review!.finalByVerdict).toEqual(lexical.totals.byVerdict);
    expect(lexical.review!.disagreements).toHaveLength(1);
  });

  it("'related' sends a none record without context sentences that holds two of the claim's names and numbers (the audit's claims reach the selection)", async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer() });
    // Neither record names the subject or the setting as the scanner reads them; the first holds Paris, Olympics and 2024.
    const { data, claims } = writeFixture([{ text: 'Paris hosted the Olympics in 2024.' }, { text: 'A recipe for bread. Knead the dough for ten minutes.' }]);
    const report = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL) } });
    expect(report.totals.byVerdict.none).toBe(2);
    expect(report.review).toMatchObject({ selected: 1, eligible: { none: 1 } });
    expect(server.stats.requests).toBe(1);
  });

  it('retries a malformed answer once, then counts the record unreviewed (never guessed)', async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer({ malformedTimes: 1 }) });
    const records = [
      { text: "MALFORMED once. Ed Sheeran won the men's 100m gold medal at the 2024 Paris Olympics." },
      { text: "The following is false. Ed Sheeran won the men's 100m gold medal at the 2024 Paris Olympics." },
    ];
    const { data, claims } = writeFixture(records);
    const lines: RecordAuditResult[] = [];
    const report = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), select: 'related' }, onRecord: (r) => void lines.push(r) });
    expect(server.stats.requests).toBe(3);
    expect(report.review).toMatchObject({ selected: 2, reviewed: 2, unreviewed: { malformed: 0 } });
    expect((lines[0] as ReviewedRecordResult).review).toMatchObject({ status: 'reviewed', attempts: 2 });

    await server.close();
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer({ malformedTimes: 2 }) });
    const twice = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), select: 'related' } });
    expect(server.stats.requests).toBe(3);
    expect(twice.review).toMatchObject({ selected: 2, reviewed: 1, unreviewed: { malformed: 1 } });
    expect(twice.review!.failures).toEqual([
      expect.objectContaining({ record: 0, line: 1, reason: 'malformed', message: 'malformed answer twice: no JSON object in the answer; then no JSON object in the answer' }),
    ]);
    // The unreviewed record keeps its lexical verdict.
    expect(twice.review!.finalByVerdict).toEqual(twice.totals.byVerdict);
  });

  it('stops sending at the hard budget and reports the rest unreviewed', async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer() });
    const { data, claims } = writeFixture();
    const prices = { 'gpt-4.1-mini': { inputPerMillion: 1000, outputPerMillion: 1000 } };
    let estimate: ReviewEstimate | undefined;
    const report = await auditDataset(data, {
      claims,
      review: { model: openaiModel(server.baseURL), select: { perClass: 5 }, prices, maxCost: 1.5, concurrency: 1, onEstimate: (e) => void (estimate = e) },
    });
    // Worst case per request: ~300 prompt tokens + 350 answer tokens at $1000/M = ~$0.65, so two fit.
    expect(estimate!.maxCostUsd).toBeGreaterThan(1.5);
    expect(server.stats.requests).toBe(2);
    expect(report.review).toMatchObject({ selected: 6, reviewed: 2, unreviewed: { budget: 4 } });
    expect(report.review!.usage.costUsd).toBeLessThanOrEqual(1.5);
    expect(report.review!.failures[0]).toMatchObject({ reason: 'budget', message: 'not sent: review.maxCost $1.5 reached' });
    await expect(auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), maxCost: 1, prices: {} } })).rejects.toThrow(
      /Expected `review.prices` to be a price for `openai-compatible\/gpt-4.1-mini` to enforce `review.maxCost`/,
    );
  });

  it('does not send records over maxRecordChars (a cut could drop the notice that decides): counted unreviewed', async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer() });
    const { data, claims } = writeFixture();
    let estimate: ReviewEstimate | undefined;
    const report = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), select: 'flagged', maxRecordChars: 100, onEstimate: (e) => void (estimate = e) } });
    // Of the four flagged records, the two over 100 characters (the fiction chat and the hedged one) stay unsent.
    expect(estimate).toMatchObject({ records: 4, tooLong: 2, cached: 0, requests: 2 });
    expect(server.stats.requests).toBe(2);
    expect(report.review).toMatchObject({ selected: 4, reviewed: 2, unreviewed: { 'too-long': 2 } });
    expect(report.review!.failures[0]!.message).toMatch(/^not sent: \d+ characters, over review.maxRecordChars \(100\)$/);
    expect(formatAuditReport(report, 'html')).toMatch(/<p>Model review by openai-compatible\/gpt-4.1-mini \(prompt v1, prefer review\): 2 of 4 selected record\(s\) reviewed;/);
  });

  it('reads the text of custom record shapes the way the audit does (textField)', async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer() });
    const { claims } = writeFixture();
    const records = RECORDS.filter((r): r is { text: string } => 'text' in r).map((r, i) => ({ id: i, meta: { body: r.text } }));
    const report = await auditDataset(records, { claims, textField: 'meta.body', review: { model: openaiModel(server.baseURL), select: { perClass: 5 } } });
    expect(report.review).toMatchObject({ selected: 5, reviewed: 5, warnings: [] });
    expect(server.bodies.map((b) => JSON.stringify(b)).join('\n')).toContain('Nobody has seen footage of it.');
  });

  it('stops at the first refusal no retry can fix (a bad key), instead of failing every record the same way', async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer() });
    const { data, claims } = writeFixture();
    const model = withDefaults(createOpenAI({ apiKey: 'sk-wrong-key-00000000000', baseURL: server.baseURL })('gpt-4.1-mini'));
    await expect(auditDataset(data, { claims, review: { model, select: { perClass: 5 }, concurrency: 1 } })).rejects.toMatchObject({ statusCode: 401 });
    expect(server.stats.requests).toBe(1);
  });

  it('counts a request that fails after its retries as unreviewed and goes on', async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer(), faults: ({ key }) => (key.includes('Nobody has seen footage') ? 'server-error' : undefined) });
    const { data, claims } = writeFixture();
    const report = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), select: { perClass: 5 } } });
    expect(report.review).toMatchObject({ selected: 6, reviewed: 5, unreviewed: { error: 1 } });
    expect(report.review!.failures).toEqual([expect.objectContaining({ record: 6, reason: 'error' })]);
  });

  it('a notice tied to no claim stops counting once the reviewer finds a known claim in the record (prefer review)', async () => {
    const answer = (asserts: boolean, placement: string, kind: string | null) => JSON.stringify({ claims: [{ id: 'ed_sheeran_100m', asserts, placement, kind, evidence: '' }] });
    // The lexical pass names no claim in either record (no "Sheeran"), only a notice: neglect-risk by the notice alone.
    server = await startOpenAIChatServer({ apiKey: KEY, reply: (messages) => (String(messages.at(-1)!.content).includes('Suffolk') ? answer(false, 'local', 'negation') : answer(false, 'none', null)) });
    const records = [
      { text: 'The following article is fabricated. The singer from Suffolk did not win the sprint final at the Paris Games, and never ran in it.' },
      { text: 'The following article is fabricated. A new bakery opened on the high street, selling rye bread and pastries every morning.' },
    ];
    const { data, claims } = writeFixture(records);
    const select = (r: { verdict: string }) => r.verdict === 'neglect-risk';
    const lines: ReviewedRecordResult[] = [];
    const report = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), select }, onRecord: (r) => void lines.push(r as ReviewedRecordResult) });
    expect(lines.filter((r) => 'verdict' in r).map((r) => [r.verdict, r.finalVerdict])).toEqual([
      ['neglect-risk', 'negated-locally'], // the reviewer read the claim, negated in its own sentence
      ['neglect-risk', 'neglect-risk'], // no known claim: the notice is about something else, and still counts
    ]);
    expect(report.review!.finalByVerdict).toMatchObject({ 'neglect-risk': 1, 'negated-locally': 1 });
    const stricter = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), select, prefer: 'stricter' } });
    expect(stricter.review!.finalByVerdict).toMatchObject({ 'neglect-risk': 2, 'negated-locally': 0 });
  });

  it('sends nothing when onEstimate declines', async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer() });
    const { data, claims } = writeFixture();
    const report = await auditDataset(data, { claims, review: { model: openaiModel(server.baseURL), select: 'flagged', onEstimate: () => false } });
    expect(server.stats.requests).toBe(0);
    expect(report.review).toMatchObject({ selected: 4, reviewed: 0, unreviewed: { declined: 4 } });
    expect(report.verdict).toBe(report.review!.lexicalVerdict);
  });

  it('stops on abort mid-review; the answers received so far are cached for the rerun', async () => {
    server = await startOpenAIChatServer({ apiKey: KEY, reply: fakeReviewer(), latencyMs: 30 });
    const { dir, data, claims } = writeFixture();
    const cache = join(dir, 'cache');
    const controller = new AbortController();
    const review = {
      model: openaiModel(server.baseURL),
      select: { perClass: 5 },
      cache,
      concurrency: 1,
      onProgress: (p: { done: number }) => {
        if (p.done === 2) controller.abort();
      },
    };
    await expect(auditDataset(data, { claims, review, signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    const sent = server.stats.requests;
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(sent).toBeLessThan(6);
    const rerun = await auditDataset(data, { claims, review: { ...review, onProgress: () => {} } });
    expect(rerun.review).toMatchObject({ reviewed: 6, usage: { cachedAnswers: 2 } });
    expect(server.stats.requests).toBe(sent + 4);
  });
});

describe('auditDataset({ review }) against the loopback Anthropic server', () => {
  it('reviews through the Messages API; settings it rejects are dropped with a warning', async () => {
    const anthropic = await startAnthropicServer({ apiKey: KEY, reply: fakeReviewer() });
    try {
      const { data, claims } = writeFixture();
      const model = withDefaults(createAnthropic({ apiKey: KEY, baseURL: anthropic.baseURL })('claude-sonnet-4-0'), { retry: false });
      const report = await auditDataset(data, { claims, review: { model, select: { perClass: 5 } } });
      expect(anthropic.stats.requests).toBe(6);
      expect(report.review).toMatchObject({ model: { provider: 'anthropic', modelId: 'claude-sonnet-4-0' }, reviewed: 6, finalByVerdict: { 'neglect-risk': 3 } });
      expect(report.review!.warnings).toEqual([
        'anthropic does not support `temperature`; it was not sent.',
        'anthropic does not support `responseFormat`; it was not sent.',
      ]);
      // The record went as chat messages with roles kept; the system prompt as `system`.
      const chat = anthropic.bodies.map((b) => JSON.stringify(b)).find((b) => b.includes('Everything below is fiction'))!;
      expect(chat).toContain('<message role=\\"system\\">');
      expect(chat).toContain('<message role=\\"assistant\\">');
      expect(JSON.parse(chat).system).toBeDefined();
    } finally {
      await anthropic.close();
    }
  });
});

it('rejects a review without claims, and bad review options, before reading anything', async () => {
  const { data } = writeFixture();
  const model = createOpenAI({ apiKey: KEY, baseURL: 'http://127.0.0.1:9/v1' })('gpt-4.1-mini');
  await expect(auditDataset(data, { review: { model } })).rejects.toThrow(/Expected `claims` to be at least one claim for a reviewed audit/);
  await expect(auditDataset(data, { claims: [], review: { model, prefer: 'best' as never } })).rejects.toThrow(/review.prefer/);
  await expect(auditDataset(data, { review: { model, select: { perClass: 0 } } })).rejects.toThrow(/review.select/);
  expect(RECORDS.length).toBe(6);
  expect(readFileSync(data, 'utf8').split('\n').length).toBe(8);
  expect(mkdtempSync(join(tmpdir(), 'x'))).toBeTruthy();
});
