import { fork } from 'node:child_process';
import { mkdtemp, readFile, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRunJournal } from '../../src/experiment/runJournal.js';
import { readJournal } from '../../src/generate/generationJournal.js';
import { createFinetuneJournal } from '../../src/providers/finetune/finetuneJournal.js';

// Every SDK journal goes through one JSONL helper; this kills a real process at every write point
// (optionally tearing the line it was writing, as a kill mid-write would), resumes, kills the
// resume after one more write, and resumes again: nothing may be lost, glued or fatal.
const TOTAL = 3;
const KINDS = ['run', 'finetune', 'generation'] as const;
type Kind = (typeof KINDS)[number];

const FILES: Record<Kind, string> = { run: 'journal.jsonl', finetune: 'finetune-journal.jsonl', generation: 'generation.jsonl' };

/** Ids readable in the journal, and how many lines were skipped. */
async function readBack(kind: Kind, dir: string): Promise<{ ids: string[]; skipped: number }> {
  if (kind === 'run') {
    const j = await openRunJournal(dir, { readOnly: true });
    return { ids: j.events.flatMap((e) => (e.type === 'step-completed' ? [e.key] : [])), skipped: j.skippedLines.length };
  }
  if (kind === 'finetune') {
    const { entries, skippedLines } = await createFinetuneJournal(dir).entries();
    return { ids: entries.map((e) => e.launchKey), skipped: skippedLines.length };
  }
  const state = await readJournal(join(dir, FILES.generation));
  return { ids: [...state.documents.keys()], skipped: state.skippedLines.length };
}

describe('journals survive a crash at every write point', () => {
  let child: string;
  beforeAll(async () => {
    child = join(await mkdtemp(join(tmpdir(), 'nn-journal-crash-')), 'journalCrashChild.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./journalCrashChild.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: child,
      logLevel: 'silent',
    });
  });

  /** Runs the child; resolves with how it ended. */
  function run(kind: Kind, dir: string, killAt?: number): Promise<'killed' | 'done'> {
    return new Promise((resolve, reject) => {
      const env: NodeJS.ProcessEnv = { ...process.env, KIND: kind, DIR: dir, TOTAL: String(TOTAL) };
      if (killAt !== undefined) env.KILL_AT = String(killAt);
      const p = fork(child, { env, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      let stderr = '';
      p.stderr!.on('data', (d) => (stderr += d));
      let done = false;
      p.on('message', (m: any) => (done ||= m.type === 'done'));
      p.on('error', reject);
      p.on('exit', (code, signal) => {
        if (signal === 'SIGKILL') resolve('killed');
        else if (code === 0 && done) resolve('done');
        else reject(new Error(`child exited with ${code}: ${stderr}`));
      });
    });
  }

  /** Cuts the last line in half, as a kill in the middle of its write would. Returns whether there was one. */
  async function tear(file: string): Promise<boolean> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return false;
    }
    if (!text.endsWith('\n')) return false;
    const start = text.lastIndexOf('\n', text.length - 2) + 1;
    await truncate(file, start + Math.ceil((text.length - start) / 2));
    return true;
  }

  for (const kind of KINDS) {
    it(`${kind} journal`, async () => {
      for (let killAt = 0; killAt <= TOTAL; killAt++) {
        for (const torn of [false, true]) {
          const dir = await mkdtemp(join(tmpdir(), `nn-${kind}-`));
          const file = join(dir, FILES[kind]);
          let tears = 0;
          expect(await run(kind, dir, killAt)).toBe('killed');
          if (torn && (await tear(file))) tears++;
          // First resume: crashes again after one write.
          const second = await run(kind, dir, 1);
          if (second === 'killed' && torn && (await tear(file))) tears++;
          // Second resume finishes.
          await run(kind, dir);
          const { ids, skipped } = await readBack(kind, dir);
          const where = `${kind}, killed after write ${killAt}${torn ? ', torn' : ''}`;
          expect([...ids].sort(), where).toEqual(Array.from({ length: TOTAL }, (_, i) => `entry-${i}`));
          expect(skipped, where).toBe(tears);
        }
      }
    });
  }
});
