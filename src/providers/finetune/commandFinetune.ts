import { spawn } from 'node:child_process';
import { isProcessAlive, processStartMarker } from '../../util/isProcessAlive.js';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { InvalidArgumentError } from '../../errors.js';
import { CommandFinetuneResultSchema, type CommandFinetuneManifest } from './commandManifest.js';
import type { FinetuneClient, FinetuneEvent, FinetuneJob, TrainingDataFormat } from './finetuneClient.js';

/** Settings of {@link commandFinetune}. */
export interface CommandFinetuneSettings {
  /** Executable, e.g. `python`, `uv`, `accelerate`, `axolotl`. */
  command: string;
  /** Arguments; `{manifest}` is replaced by the manifest path, `{jobDir}` by the job directory. */
  args?: string[];
  cwd?: string;
  /** Extra environment variables (added to `process.env`). */
  env?: Record<string, string>;
  /** Where data, manifests, logs and results live (default `<cwd>/.negation-neglect/command-jobs`). */
  workDir?: string;
  /** Formats your script trains on (default all three). */
  formats?: TrainingDataFormat[];
  /** Fewest examples to accept (default 1). */
  minExamples?: number;
  /** Provider id recorded in journals and reports (default `command`). */
  provider?: string;
  /**
   * Whether your script honours records' loss-mask spans (`mask`, see `examples/recipes/`). Default
   * `true`; set `false` for a script that does not, and `finetune()` removes them with a warning.
   */
  maskSpans?: boolean;
}

/** Environment variable holding the manifest path. */
export const COMMAND_MANIFEST_ENV = 'NEGATION_NEGLECT_MANIFEST';

/**
 * A `FinetuneClient` that runs your own training command (a TRL/Unsloth/Tinker Python script, an
 * Axolotl config) with a JSON manifest in and a JSON result out, so local GPUs and Tinker work
 * like a hosted provider: `finetune()` validates, keys, journals and polls it the same way.
 * The command runs detached and outlives a crash of the calling process; job state lives on disk
 * (`<workDir>/<jobId>/`: manifest.json, log.txt, pid, pid.start, exit.json, result.json). `pid.start` records
 * when the command started (Linux), so a pid reused by another process after a crash or reboot is
 * not mistaken for the training still running (nor signalled by cancel).
 *
 * @example
 * ```ts
 * const client = commandFinetune({ command: 'python', args: ['train_trl.py', '--manifest', '{manifest}'] });
 * const { modelId, checkpoints } = await finetune({ client, trainingData: 'train.jsonl', baseModel: 'Qwen/Qwen3-1.7B', journalDir: '.runs' });
 * ```
 */
export function commandFinetune(settings: CommandFinetuneSettings): FinetuneClient {
  if (!settings || typeof settings.command !== 'string' || settings.command === '') {
    throw new InvalidArgumentError('command', 'a non-empty string', settings?.command);
  }
  const cwd = resolve(settings.cwd ?? process.cwd());
  const workDir = settings.workDir
    ? isAbsolute(settings.workDir)
      ? settings.workDir
      : resolve(cwd, settings.workDir)
    : join(cwd, '.negation-neglect', 'command-jobs');
  const jobDir = (jobId: string) => {
    if (!/^cmd-[0-9a-f]{16}$/.test(jobId)) throw new InvalidArgumentError('jobId', 'a command job id (cmd-<16 hex>)', jobId);
    return join(workDir, jobId);
  };
  const exists = async (path: string) => readFile(path).then(() => true, () => false);
  const readJson = async (path: string): Promise<unknown> => {
    try {
      return JSON.parse(await readFile(path, 'utf8'));
    } catch {
      return undefined;
    }
  };
  const readPid = async (dir: string): Promise<{ pid: number; start: string | undefined }> => ({
    pid: Number(await readFile(join(dir, 'pid'), 'utf8').catch(() => 'NaN')),
    start: await readFile(join(dir, 'pid.start'), 'utf8').then((s) => s.trim() || undefined, () => undefined),
  });
  const logTail = async (dir: string) =>
    (await readFile(join(dir, 'log.txt'), 'utf8').catch(() => ''))
      .trim()
      .split('\n')
      .slice(-5)
      .join(' | ');

  const retrieve = async (jobId: string): Promise<FinetuneJob> => {
    const dir = jobDir(jobId);
    const manifest = (await readJson(join(dir, 'manifest.json'))) as CommandFinetuneManifest | undefined;
    if (!manifest) throw new InvalidArgumentError('jobId', 'an existing command job', jobId);
    const base = { id: jobId, baseModel: manifest.baseModel, launchKey: manifest.launchKey };
    if (await exists(join(dir, 'cancelled'))) return { ...base, status: 'cancelled' };
    type ExitRecord = { code: number | null; signal: string | null } | undefined;
    let exit = (await readJson(join(dir, 'exit.json'))) as ExitRecord;
    const { pid, start } = await readPid(dir);
    const alive = !exit && Number.isInteger(pid) && isProcessAlive(pid, start);
    const rawResult = await readJson(manifest.resultPath);
    // Finished means the command has exited, not just written its result: until then it (and our
    // exit handler, which writes exit.json) may still write into the job directory.
    if (rawResult !== undefined && alive) return { ...base, status: 'running' };
    if (rawResult !== undefined) {
      const parsed = CommandFinetuneResultSchema.safeParse(rawResult);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          ...base,
          status: 'failed',
          error: { message: `${manifest.resultPath}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid result'}`, code: 'invalid_result' },
        };
      }
      const r = parsed.data;
      return {
        ...base,
        status: r.status,
        ...(r.modelId ? { modelId: r.modelId } : {}),
        ...(r.error ? { error: { message: r.error } } : {}),
        checkpoints: (r.checkpoints ?? []).map((c, i) => ({
          id: c.id ?? `checkpoint-${c.step ?? i}`,
          ...(c.step !== undefined ? { step: c.step } : {}),
          modelId: c.modelId ?? c.path ?? c.id ?? `checkpoint-${i}`,
          ...(c.metrics ? { metrics: c.metrics } : {}),
        })),
      };
    }
    if (alive) return { ...base, status: 'running' };
    if (!exit && !Number.isInteger(pid)) return { ...base, status: 'queued' };
    // The command may have finished between reading its result and the liveness check: a result
    // written meanwhile is the answer, not a failure.
    if ((await readJson(manifest.resultPath)) !== undefined) return retrieve(jobId);
    // It may also have exited between reading exit.json and the liveness check: read it again
    // so its exit code is reported rather than "no longer running".
    exit ??= (await readJson(join(dir, 'exit.json'))) as ExitRecord;
    const how = exit ? (exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`) : 'is no longer running';
    return {
      ...base,
      status: 'failed',
      error: { message: `the training command ${how} without writing ${manifest.resultPath}. Log: ${await logTail(dir)}`, code: 'no_result' },
    };
  };

  return {
    specificationVersion: 'v1',
    provider: settings.provider ?? 'command',
    properties: {
      minExamples: settings.minExamples ?? 1,
      formats: settings.formats ?? ['chat', 'prompt-completion', 'text'],
      maxSuffixLength: 64,
      supportsEvents: true,
      supportsCheckpoints: true,
      maskSpans: settings.maskSpans ?? true,
    },
    async doUpload(file) {
      const dir = join(workDir, 'files');
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${file.launchKey.slice(0, 16)}-${file.role}.jsonl`);
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, file.content);
      await rename(tmp, path);
      return { fileId: path };
    },
    async doCreate(job) {
      const jobId = `cmd-${job.launchKey.slice(0, 16)}`;
      const dir = jobDir(jobId);
      await mkdir(workDir, { recursive: true });
      try {
        // Non-recursive mkdir is the lock: exactly one caller creates the job directory.
        await mkdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (await exists(join(dir, 'manifest.json')))) return retrieve(jobId);
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const manifest: CommandFinetuneManifest = {
        version: 1,
        jobId,
        launchKey: job.launchKey,
        baseModel: job.baseModel,
        format: job.format,
        trainingFile: job.trainingFileId,
        ...(job.validationFileId ? { validationFile: job.validationFileId } : {}),
        hyperparameters: job.hyperparameters,
        ...(job.suffix ? { suffix: job.suffix } : {}),
        outputDir: join(dir, 'output'),
        resultPath: join(dir, 'result.json'),
        createdAt: new Date().toISOString(),
      };
      await mkdir(manifest.outputDir, { recursive: true });
      const manifestPath = join(dir, 'manifest.json');
      await writeFile(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 2));
      await rename(`${manifestPath}.tmp`, manifestPath);
      const args = (settings.args ?? []).map((a) => a.replaceAll('{manifest}', manifestPath).replaceAll('{jobDir}', dir));
      const log = openSync(join(dir, 'log.txt'), 'a');
      try {
        const child = spawn(settings.command, args, {
          cwd,
          env: { ...process.env, ...settings.env, [COMMAND_MANIFEST_ENV]: manifestPath },
          stdio: ['ignore', log, log],
          // Its own process group: training outlives a crash of this process, and cancel can stop the group.
          detached: true,
        });
        await new Promise<void>((resolveSpawn, reject) => {
          child.once('spawn', resolveSpawn);
          child.once('error', reject);
        }).catch(async (error: Error) => {
          writeFileSync(join(dir, 'exit.json'), JSON.stringify({ code: null, signal: null, error: error.message }));
          throw new InvalidArgumentError('command', `an executable that can be started (${error.message})`, settings.command);
        });
        // The start first: a pid file without one (an older job) falls back to the pid alone.
        const start = processStartMarker(child.pid!);
        if (start !== undefined) writeFileSync(join(dir, 'pid.start'), start);
        writeFileSync(join(dir, 'pid'), String(child.pid));
        child.once('exit', (code, signal) => {
          try {
            writeFileSync(join(dir, 'exit.json'), JSON.stringify({ code, signal }));
          } catch {
            // The job dir may be gone (tests, cleanup); the pid check covers this case.
          }
        });
        child.unref();
      } finally {
        closeSync(log);
      }
      return retrieve(jobId);
    },
    doRetrieve: (jobId) => retrieve(jobId),
    async doCancel(jobId) {
      const dir = jobDir(jobId);
      const current = await retrieve(jobId);
      if (current.status === 'succeeded' || current.status === 'failed' || current.status === 'cancelled') return current;
      await writeFile(join(dir, 'cancelled'), new Date().toISOString());
      const { pid, start } = await readPid(dir);
      // Never signal a group whose leader is not our command any more (a reused pid).
      if (Number.isInteger(pid) && isProcessAlive(pid, start)) {
        try {
          process.kill(-pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
      return retrieve(jobId);
    },
    async doListEvents(jobId, options) {
      const text = await readFile(join(jobDir(jobId), 'log.txt'), 'utf8').catch(() => '');
      const lines = text.split('\n');
      // Only complete lines: the last one may still be being written.
      lines.pop();
      const start = options?.after !== undefined ? Number(options.after) + 1 : 0;
      const events: FinetuneEvent[] = [];
      for (let i = start; i < lines.length; i++) {
        const line = lines[i]!.trim();
        if (!line) continue;
        let message = line;
        let level: FinetuneEvent['level'] = 'info';
        let data: unknown;
        if (line.startsWith('{')) {
          try {
            const json = JSON.parse(line) as { message?: unknown; level?: unknown };
            if (typeof json.message === 'string') message = json.message;
            if (json.level === 'warn' || json.level === 'error') level = json.level;
            data = json;
          } catch {
            // Not JSON after all; keep the raw line.
          }
        }
        events.push({ id: String(i), createdAt: new Date().toISOString(), level, message, ...(data !== undefined ? { data } : {}) });
      }
      return events;
    },
    async doFindJob(launchKey) {
      const jobId = `cmd-${launchKey.slice(0, 16)}`;
      return (await exists(join(jobDir(jobId), 'manifest.json'))) ? retrieve(jobId) : undefined;
    },
    async doListCheckpoints(jobId) {
      return (await retrieve(jobId)).checkpoints ?? [];
    },
  };
}
