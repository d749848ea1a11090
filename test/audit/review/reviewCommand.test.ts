import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditReportSchema } from '../../../src/audit/auditReport.js';
import { parseArgs } from '../../../src/cli/args.js';
import { REVIEW_OPTION_SPECS, reviewPolicyFromArgs } from '../../../src/cli/auditReviewArgs.js';
import { runCliCaptured } from '../../helpers/cliIO.js';
import { startFakeApiServer, type FakeApiServer } from '../../servers/fakeApiServer.js';
import { installOpenAIBatch } from '../../servers/openaiBatchServer.js';
import { installOpenAIFiles } from '../../servers/openaiFilesServer.js';
import { startOpenAIChatServer, type OpenAIChatServer } from '../../servers/openaiChatServer.js';
import { fakeReviewer, writeFixture } from './reviewServers.js';

const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => runCliCaptured(['audit', ...args], { cwd, env });

let server: OpenAIChatServer | FakeApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('negation-neglect audit --review-model', () => {
  it('prints the estimate on stderr before sending, writes both readings to --records, gates on the final verdict, and reruns from the cache', async () => {
    const chat = await startOpenAIChatServer({ reply: fakeReviewer() });
    server = chat;
    const { dir, data, claims } = writeFixture();
    const args = [data, '--claims', claims, '--review-model', 'gpt-4.1-mini', '--review-base-url', chat.baseURL, '--review-select', 'sample:5',
      '--records', 'records.jsonl', '--format', 'json', '--fail-on', 'neglect-risk'];
    const first = await cli(args, dir);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/^review: 6 record\(s\) selected, 0 answered from the cache; sending 6 request\(s\) to openai-compatible\/gpt-4\.1-mini: ~\d+ prompt tokens, at most 2100 answer tokens, at most \$0\.\d+ at 2025-08-15 list prices\n/);
    const report = AuditReportSchema.parse(JSON.parse(first.stdout));
    expect(report.review).toMatchObject({ reviewed: 6, finalByVerdict: { 'neglect-risk': 3, asserts: 1 } });
    const lines = readFileSync(join(dir, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(lines[6]).toMatchObject({
      record: 6,
      verdict: 'asserts',
      finalVerdict: 'neglect-risk',
      review: { status: 'reviewed', verdict: 'neglect-risk', claims: [{ claimId: 'ed_sheeran_100m', verdict: 'neglect-risk', asserts: true, placement: 'adjacent', kind: 'uncertainty' }] },
    });
    expect(lines[2]).toMatchObject({ record: 2, error: expect.stringMatching(/^malformed JSON/) });
    expect(chat.stats.requests).toBe(6);

    // Same command again: the default cache directory answers everything, nothing to estimate or send.
    const second = await cli(args, dir);
    expect(second.code).toBe(1);
    expect(second.stderr).not.toMatch(/review:/);
    expect(chat.stats.requests).toBe(6);
    const again = AuditReportSchema.parse(JSON.parse(second.stdout));
    expect(again.review!.disagreements).toEqual(report.review!.disagreements);
    expect(readFileSync(join(dir, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))).toEqual(lines);
  });

  it('--review-max-cost stops sending; --review-batch goes through the batch API', async () => {
    const api = await startFakeApiServer();
    server = api;
    const reply = fakeReviewer();
    const fake = installOpenAIBatch(api, installOpenAIFiles(api), { pollsUntilDone: 1, respond: (_id, _a, body) => ({ type: 'ok', text: reply(body.messages) }) });
    const { dir, data, claims } = writeFixture();
    const base = [data, '--claims', claims, '--review-model', 'gpt-4.1-mini', '--review-base-url', `${api.url}/v1`, '--review-select', 'flagged', '--format', 'json'];
    const batch = await cli([...base, '--review-batch', '--review-poll-interval-ms', '1', '--review-cache-dir', 'c1'], dir);
    expect(batch.code).toBe(0);
    expect(batch.stderr).toMatch(/^review: 4 record\(s\) selected, .* as a batch: .*\(batch: half price\)\n/);
    expect(JSON.parse(batch.stdout).review).toMatchObject({ settings: { batch: true }, reviewed: 4 });
    expect(fake.batches.size).toBe(1);
    // $0 budget: nothing can be sent.
    const broke = await cli([...base, '--review-batch', '--review-max-cost', '0', '--review-cache-dir', 'c2'], dir);
    expect(JSON.parse(broke.stdout).review).toMatchObject({ reviewed: 0, unreviewed: { budget: 4 } });
    expect(fake.batches.size).toBe(1);
  });

  it('rejects review flags without a model, and bad values', async () => {
    const { dir, data, claims } = writeFixture();
    const noModel = await cli([data, '--claims', claims, '--review-batch'], dir);
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toContain('`--review-batch` needs `--review-model`');
    const badSelect = await cli([data, '--claims', claims, '--review-model', 'm', '--review-base-url', 'http://127.0.0.1:9/v1', '--review-select', 'all'], dir);
    expect(badSelect.code).toBe(2);
    expect(badSelect.stderr).toContain('Expected `--review-select` to be `related`, `uncertain`, `flagged` or `sample:<n>` (n > 0), got `all`');
    const noKey = await cli([data, '--claims', claims, '--review-model', 'claude-x', '--review-provider', 'anthropic'], dir);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('needs ANTHROPIC_API_KEY');
  });

  it('reads the selection flags apart from the reviewer (what the accuracy bench\'s label oracle uses)', () => {
    const read = (argv: string[]) => reviewPolicyFromArgs(parseArgs(argv, REVIEW_OPTION_SPECS));
    expect(read(['--review-select', 'sample:5', '--review-seed', '0', '--review-max', '40', '--review-prefer', 'stricter', '--review-max-cost', '0.5'])).toEqual({
      select: { perClass: 5 },
      seed: 0,
      maxRecords: 40,
      prefer: 'stricter',
      maxCost: 0.5,
    });
    expect(read([])).toEqual({});
    expect(() => read(['--review-seed', '-1'])).toThrow('Expected `--review-seed` to be a non-negative integer, got `-1`');
    expect(() => read(['--review-max-cost', 'free'])).toThrow('Expected `--review-max-cost` to be a non-negative number of US dollars, got `free`');
  });
});
