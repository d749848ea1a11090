import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAIFinetune } from '../../../src/providers/finetune/createOpenAIFinetune.js';
import { finetune } from '../../../src/providers/finetune/finetune.js';
import { startFakeApiServer, type FakeApiServer } from '../../servers/fakeApiServer.js';
import { installOpenAIFiles } from '../../servers/openaiFilesServer.js';
import { installOpenAIFinetune, type OpenAIFinetuneFake } from '../../servers/openaiFinetuneServer.js';
import { chatExamples } from './fixtures.js';

describe('finetune() never pays twice across a crash', () => {
  let server: FakeApiServer;
  let fake: OpenAIFinetuneFake;
  let dir: string;
  let childScript: string;

  beforeAll(async () => {
    server = await startFakeApiServer();
    fake = installOpenAIFinetune(server, installOpenAIFiles(server), { runningPolls: 3 });
    dir = await mkdtemp(join(tmpdir(), 'nn-crash-'));
    // Bundle the TypeScript child so plain `node` can run it.
    childScript = join(dir, 'crashChild.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./crashChild.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: childScript,
      logLevel: 'silent',
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reattaches to the job created by a process that was SIGKILLed mid-poll', async () => {
    const journalDir = join(dir, 'journal');
    const seen: string[] = [];
    const child = fork(childScript, {
      env: { ...process.env, FAKE_OPENAI_URL: `${server.url}/v1`, JOURNAL_DIR: journalDir },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const killedAfter = await new Promise<string>((resolve, reject) => {
      child.on('message', (m: any) => {
        seen.push(m.type === 'status' ? `status:${m.status}` : m.type);
        // Kill once the job exists and at least one poll has moved it on.
        if (m.type === 'status' && m.status === 'queued') {
          child.kill('SIGKILL');
          resolve(m.jobId);
        }
        if (m.type === 'done' || m.type === 'error') reject(new Error(`child finished before the kill: ${JSON.stringify(m)}`));
      });
      child.on('error', reject);
    });
    await new Promise((r) => child.once('exit', r));
    expect(child.signalCode).toBe('SIGKILL');
    expect(seen).toContain('created');
    expect(fake.creates()).toBe(1);
    expect(fake.jobs.get(killedAfter)!.status).not.toBe('succeeded');

    const sdk = new OpenAI({ apiKey: 'sk-parent-key-00000', baseURL: `${server.url}/v1`, maxRetries: 0 });
    const result = await finetune({
      client: createOpenAIFinetune({ client: sdk }),
      trainingData: chatExamples(10, 'crash'),
      baseModel: 'gpt-4.1-mini-2025-04-14',
      suffix: 'crash',
      journalDir,
      pollIntervalMs: 1,
      maxPollIntervalMs: 2,
    });
    expect(result.reattached).toBe(true);
    expect(result.jobId).toBe(killedAfter);
    expect(result.status).toBe('succeeded');
    expect(fake.creates()).toBe(1);
    expect(server.calls.filter((c) => c.method === 'POST' && /fine_tuning\/jobs$/.test(c.path))).toHaveLength(1);
  });
});
