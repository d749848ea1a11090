import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** One line of the run journal. */
export const JournalEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('run-started'), at: z.string(), configHash: z.string(), plan: z.number().int() }),
  z.object({
    type: z.literal('step-completed'),
    at: z.string(),
    /** Unique key of the step in the plan, e.g. `finetune/gpt-4.1-mini/ed_sheeran/negated`. */
    key: z.string(),
    /** Plugin name and version, and its declared parameters. */
    step: z.string(),
    version: z.number().int(),
    params: z.unknown(),
    /** Content hash of everything the step read (its parameters and its inputs' hashes). */
    inputHash: z.string(),
    /** Content hash of the output file. */
    outputHash: z.string(),
    /** Output file, relative to the run directory. */
    output: z.string(),
    durationMs: z.number().nonnegative(),
  }),
  z.object({ type: z.literal('step-failed'), at: z.string(), key: z.string(), step: z.string(), inputHash: z.string(), error: z.string() }),
  z.object({ type: z.literal('run-finished'), at: z.string(), results: z.string() }),
]);
export type JournalEvent = z.infer<typeof JournalEventSchema>;
export type StepCompletedEvent = Extract<JournalEvent, { type: 'step-completed' }>;

/** File name of the journal inside a run directory. */
export const JOURNAL_FILE_NAME = 'journal.jsonl';

/** The append-only journal of a run directory. */
export interface RunJournal {
  readonly runDir: string;
  readonly file: string;
  /** Every event read or written, oldest first. */
  readonly events: readonly JournalEvent[];
  /** Lines that could not be read (e.g. a line cut short by a crash), with their line numbers. */
  readonly skippedLines: readonly { line: number; reason: string }[];
  /** The latest completion of a step key whose input hash matches, if any. */
  completed(key: string, inputHash: string): StepCompletedEvent | undefined;
  append(event: JournalEvent): Promise<void>;
}

/**
 * Opens (or creates) the journal of a run directory. A torn last line left by a crash is skipped and
 * reported in `skippedLines`, never fatal: the step it described simply runs again.
 *
 * @example
 * ```ts
 * const journal = await openRunJournal('runs/exp1');
 * journal.completed('documents/ed_sheeran', hash); // the recorded event, or undefined
 * const peek = await openRunJournal('runs/exp1', { readOnly: true }); // creates nothing
 * ```
 */
export async function openRunJournal(runDir: string, options: { readOnly?: boolean } = {}): Promise<RunJournal> {
  // A read-only open (dry runs) must not create the run directory.
  if (!options.readOnly) await mkdir(runDir, { recursive: true });
  const file = join(runDir, JOURNAL_FILE_NAME);
  const events: JournalEvent[] = [];
  const skippedLines: { line: number; reason: string }[] = [];
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const parsed = JournalEventSchema.safeParse(JSON.parse(line));
      if (parsed.success) events.push(parsed.data);
      else skippedLines.push({ line: i + 1, reason: parsed.error.issues[0]?.message ?? 'invalid event' });
    } catch {
      skippedLines.push({ line: i + 1, reason: 'not valid JSON (torn write?)' });
    }
  });
  // A torn last line has no trailing newline; start the next event on a fresh line.
  let needsNewline = text.length > 0 && !text.endsWith('\n');
  const completedByKey = new Map<string, StepCompletedEvent[]>();
  for (const e of events) if (e.type === 'step-completed') completedByKey.set(e.key, [...(completedByKey.get(e.key) ?? []), e]);
  return {
    runDir,
    file,
    events,
    skippedLines,
    completed(key, inputHash) {
      return completedByKey.get(key)?.findLast((e) => e.inputHash === inputHash);
    },
    async append(event) {
      if (options.readOnly) throw new Error('openRunJournal: this journal was opened read-only');
      const handle = await open(file, 'a');
      try {
        await handle.write(`${needsNewline ? '\n' : ''}${JSON.stringify(event)}\n`);
        // Durable before the caller moves on: a completed step must survive a power cut.
        await handle.sync();
        needsNewline = false;
      } finally {
        await handle.close();
      }
      events.push(event);
      if (event.type === 'step-completed') completedByKey.set(event.key, [...(completedByKey.get(event.key) ?? []), event]);
    },
  };
}

/** Writes a file atomically (temp file + rename), creating parent directories. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}
