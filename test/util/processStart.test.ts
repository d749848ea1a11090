import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireRunDirLock } from '../../src/experiment/runDirLock.js';
import { commandFinetune } from '../../src/providers/finetune/commandFinetune.js';
import { finetune } from '../../src/providers/finetune/finetune.js';
import { withLaunchLock } from '../../src/providers/finetune/launchLock.js';
import { sleep } from '../../src/util/abort.js';
import { isProcessAlive, processStartMarker } from '../../src/util/isProcessAlive.js';

const linux = process.platform === 'linux';
const trainer = fileURLToPath(new URL('../providers/finetune/fakeTrainer.mjs', import.meta.url));

/** A live process that is not ours to track: stands in for whatever got a crashed job's pid. */
function bystander(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore', detached: true });
  return child;
}

async function waitGone(pid: number): Promise<void> {
  for (let i = 0; i < 300 && isProcessAlive(pid); i++) await sleep(10);
}

describe.runIf(linux)('pid reuse: a recorded start time tells the process that was started from a later one', () => {
  let dir: string;
  let others: ChildProcess[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nn-pidreuse-'));
  });
  afterEach(async () => {
    for (const child of others) child.kill('SIGKILL');
    others = [];
    await rm(dir, { recursive: true, force: true });
  });

  it('processStartMarker is stable for one process and differs between processes', async () => {
    const mine = processStartMarker(process.pid);
    expect(mine).toMatch(/^linux:[0-9a-f-]*:\d+$/);
    expect(processStartMarker(process.pid)).toBe(mine);
    expect(isProcessAlive(process.pid, mine)).toBe(true);
    expect(isProcessAlive(process.pid, 'linux:another-boot:1')).toBe(false);
    expect(isProcessAlive(process.pid)).toBe(true);
    const other = bystander();
    others.push(other);
    await sleep(20);
    expect(processStartMarker(other.pid!)).not.toBe(mine);
  });

  it('commandFinetune: a crashed job whose pid now names another process is failed, not running forever; cancel leaves that process alone', async () => {
    const client = commandFinetune({ command: process.execPath, args: [trainer, '--manifest', '{manifest}'], workDir: join(dir, 'jobs') });
    const started = await finetune({ client, trainingData: [{ prompt: 'Q', completion: 'A' }], baseModel: 'b', hyperparameters: { extra: { steps: 1000, stepMs: 20 } }, wait: false, pollIntervalMs: 5 });
    const jobDir = join(dir, 'jobs', started.jobId);
    const pid = Number(await readFile(join(jobDir, 'pid'), 'utf8'));
    expect(await readFile(join(jobDir, 'pid.start'), 'utf8')).toBe(processStartMarker(pid));
    // The machine "crashes": the command dies and nobody records its exit.
    process.kill(-pid, 'SIGKILL');
    await waitGone(pid);
    await sleep(50);
    await rm(join(jobDir, 'exit.json'), { force: true });
    // Its pid is handed to an unrelated process.
    const other = bystander();
    others.push(other);
    await writeFile(join(jobDir, 'pid'), String(other.pid));
    const job = await client.doRetrieve(started.jobId);
    expect(job.status).toBe('failed');
    expect(job.error?.message).toMatch(/is no longer running/);
    await client.doCancel(started.jobId);
    expect(isProcessAlive(other.pid!)).toBe(true);
  });

  it('run-directory and launch locks held by a reused pid are taken over', async () => {
    const other = bystander();
    others.push(other);
    await sleep(20);
    const stale = JSON.stringify({ pid: other.pid, start: 'linux:old-boot:42', startedAt: '2026-01-01T00:00:00Z' });
    await writeFile(join(dir, 'run.lock'), stale);
    const release = await acquireRunDirLock(dir);
    expect(JSON.parse(await readFile(join(dir, 'run.lock'), 'utf8')).pid).toBe(process.pid);
    await release();

    const key = 'k'.repeat(64);
    await writeFile(join(dir, `launch-${key.slice(0, 32)}.lock`), JSON.stringify({ pid: other.pid, start: 'linux:old-boot:42', token: 't', at: '2026-01-01T00:00:00Z' }));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5_000);
    await expect(withLaunchLock(dir, key, async () => 'ran', controller.signal)).resolves.toBe('ran');
    clearTimeout(timer);
  });

  it('a lock or job written without a start (older versions, other systems) still goes by the pid alone', async () => {
    await writeFile(join(dir, 'run.lock'), JSON.stringify({ pid: process.pid, startedAt: '2026-01-01T00:00:00Z' }));
    await expect(acquireRunDirLock(dir)).rejects.toThrow(/in use by process/);
  });
});
