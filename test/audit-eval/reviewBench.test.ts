import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createLabelReviewer, reviewedRecordPart } from '../../bench/labelReviewer.js';
import { buildReviewMessages } from '../../src/audit/review/reviewPrompt.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { mostSeriousVerdict } from '../../src/audit/decideVerdict.js';
import { recordSegments } from '../../src/audit/recordSegments.js';
import type { Verdict } from '../../src/audit/types.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import type { ChatMessage } from '../../src/providers/chat/chatModel.js';
import { startOpenAIChatServer, type ChatRequestMessage, type OpenAIChatServer } from '../servers/openaiChatServer.js';
import { auditInput, loadFreshSets } from './evalSet.js';

// bench/accuracy.ts --review-model against a loopback OpenAI-compatible server whose model answers the writer's
// labels (an oracle), with and without injected faults: its figures must be the ones worked out here from an
// audit of our own, the requests the server saw, and the answers it gave.
const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const set = loadFreshSets(undefined, (name) => name === 'p');
const records = set.records;
const claims = await loadClaims(set.claimsFiles);
const auditor = createAuditor({ claims });
const findings = new Map(records.map((r) => [r.id, auditor.auditSegments(recordSegments(auditInput(r)))]));
const oracle = createLabelReviewer(records.map((r) => ({ id: r.id, input: auditInput(r), labels: r.labels })));
const idByRecordPart = new Map(records.map((r) => [reviewedRecordPart(buildReviewMessages(recordSegments(auditInput(r)), [])), r.id]));
const PRICE = { input: 0.4, output: 1.6 }; // gpt-4.1-mini per million tokens, DEFAULT_PRICES
const tokens = (text: string) => Math.ceil(text.length / 4);

interface BenchOutput {
  records: { id: string; expected: Verdict; lexical: Verdict; final: Verdict; review: string }[];
  sent: number;
  reviewed: number;
  unreviewed: Record<string, number>;
  lexicalRight: number;
  finalRight: number;
  agreement: { records: number };
  usage: { requests: number; cachedAnswers: number; inputTokens: number; outputTokens: number; costUsd: number | null };
}

async function bench(server: OpenAIChatServer, cacheDir: string, extra: string[] = []): Promise<BenchOutput> {
  const args = ['--import', 'tsx', 'bench/accuracy.ts', '--half', 'fresh-dev', '--sets', 'p', '--review-model', 'gpt-4.1-mini', '--review-base-url', server.baseURL];
  const env = { ...process.env, OPENAI_API_KEY: undefined, NO_COLOR: '1' };
  const { stdout } = await run(process.execPath, [...args, '--review-cache-dir', cacheDir, '--json', ...extra], { cwd: ROOT, env, maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as BenchOutput;
}

/** The server's reply function, logging what it was asked and answered (as the server bills it). */
function logged(reply: (messages: ChatMessage[]) => string) {
  const asked: { id: string; text: string; billed: number }[] = [];
  return {
    asked,
    reply(messages: ChatRequestMessage[]) {
      const text = reply(messages as ChatMessage[]);
      const id = idByRecordPart.get(reviewedRecordPart(messages))!;
      const promptTokens = messages.reduce((n, m) => n + tokens(m.content), 0);
      asked.push({ id, text, billed: (promptTokens * PRICE.input + tokens(text) * PRICE.output) / 1e6 });
      return text;
    },
  };
}

/**
 * The final verdict of a record whose review answered the writer's labels: the labels' verdict; a notice tied to no
 * claim counts only when the labels name no claim in the record.
 */
function reviewedFinal(id: string): Verdict {
  const record = records.find((r) => r.id === id)!;
  if (record.verdict !== 'none') return record.verdict;
  return mostSeriousVerdict(findings.get(id)!.claims.filter((c) => c.claimId === null).map((c) => c.verdict));
}

let server: OpenAIChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('bench/accuracy.ts --review-model (loopback server, no network)', () => {
  it('with an oracle reviewer: lexical and reviewed figures, agreement and spend as worked out by hand; a rerun costs nothing', async () => {
    const log = logged(oracle);
    server = await startOpenAIChatServer({ reply: log.reply });
    const cacheDir = mkdtempSync(join(tmpdir(), 'nn-review-bench-'));
    const out = await bench(server, cacheDir, ['--review-select', 'related']);

    const lexical = new Map(records.map((r) => [r.id, findings.get(r.id)!.verdict]));
    const sent = new Set(log.asked.map((a) => a.id));
    expect(log.asked).toHaveLength(sent.size); // one request per record, no retries
    expect(out.sent).toBe(sent.size);
    expect(out.reviewed).toBe(sent.size);
    // 'related' sends every record the lexical pass gives a verdict, and more.
    for (const r of records) if (lexical.get(r.id) !== 'none') expect(sent.has(r.id), r.id).toBe(true);
    expect(sent.size).toBeGreaterThan(records.filter((r) => lexical.get(r.id) !== 'none').length);

    const expectedFinal = (id: string) => (sent.has(id) ? reviewedFinal(id) : lexical.get(id)!);
    expect(out.records.map((r) => [r.id, r.lexical, r.final])).toEqual(records.map((r) => [r.id, lexical.get(r.id), expectedFinal(r.id)]));
    expect(out.lexicalRight).toBe(records.filter((r) => lexical.get(r.id) === r.verdict).length);
    expect(out.finalRight).toBe(records.filter((r) => expectedFinal(r.id) === r.verdict).length);
    expect(out.finalRight).toBeGreaterThan(out.lexicalRight);
    expect(out.agreement.records).toBe(sent.size);
    expect(out.usage.requests).toBe(sent.size);
    expect(out.usage.costUsd).toBeCloseTo(log.asked.reduce((n, a) => n + a.billed, 0), 10);

    const again = await bench(server, cacheDir, ['--review-select', 'related']);
    expect(log.asked).toHaveLength(sent.size);
    expect(again.usage).toMatchObject({ requests: 0, cachedAnswers: sent.size, costUsd: 0 });
    expect(again.records).toEqual(out.records);
  }, 240_000);

  it('with a 500 and a malformed answer: those records keep their lexical verdict and are counted unreviewed', async () => {
    // Two records the lexical pass flags (so any policy sends them): one always fails, one is always answered badly.
    const flagged = records.filter((r) => ['asserts', 'neglect-risk'].includes(findings.get(r.id)!.verdict));
    const [failing, garbled] = [flagged[0]!, flagged[1]!];
    const marker = (id: string) => JSON.stringify(recordSegments(auditInput(records.find((r) => r.id === id)!))[0]!.text).slice(1, 60);
    const log = logged((messages) => (idByRecordPart.get(reviewedRecordPart(messages)) === garbled.id ? 'I think it asserts it.' : oracle(messages)));
    server = await startOpenAIChatServer({ reply: log.reply, faults: ({ key }) => (key.includes(marker(failing.id)) ? 'server-error' : undefined) });
    const out = await bench(server, mkdtempSync(join(tmpdir(), 'nn-review-bench-')), ['--review-select', 'flagged']);

    expect(out.sent).toBe(flagged.length);
    expect(out.unreviewed).toMatchObject({ error: 1, malformed: 1 });
    expect(out.reviewed).toBe(flagged.length - 2);
    expect(log.asked.filter((a) => a.id === garbled.id)).toHaveLength(2); // retried once, then unreviewed
    expect(log.asked.some((a) => a.id === failing.id)).toBe(false); // every attempt got the 500
    const byId = new Map(out.records.map((r) => [r.id, r]));
    expect(byId.get(failing.id)).toMatchObject({ review: 'error', final: findings.get(failing.id)!.verdict });
    expect(byId.get(garbled.id)).toMatchObject({ review: 'malformed', final: findings.get(garbled.id)!.verdict });
    const reviewedIds = new Set(flagged.map((r) => r.id).filter((id) => id !== failing.id && id !== garbled.id));
    const expectedFinal = (id: string) => (reviewedIds.has(id) ? reviewedFinal(id) : findings.get(id)!.verdict);
    expect(out.finalRight).toBe(records.filter((r) => expectedFinal(r.id) === r.verdict).length);
    expect(out.usage.requests).toBe(log.asked.length);
    expect(out.usage.costUsd).toBeCloseTo(log.asked.reduce((n, a) => n + a.billed, 0), 10);
  }, 240_000);
});
