import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { createJsonlAppender, readJsonlJournal, type SkippedJournalLine } from '../util/jsonlJournal.js';
import { NegationNeglectError } from '../errors.js';

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
  /** A step ran but its output is not whole (failed samples): reported, not reused; the next run runs it again. */
  z.object({ type: z.literal('step-incomplete'), at: z.string(), key: z.string(), step: z.string(), inputHash: z.string(), output: z.string() }),
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
  readonly skippedLines: readonly SkippedJournalLine[];
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
  const { entries: events, skippedLines } = await readJsonlJournal(file, JournalEventSchema);
  const appender = createJsonlAppender(file);
  const completedByKey = new Map<string, StepCompletedEvent[]>();
  const remember = (e: JournalEvent) => {
    if (e.type === 'step-completed') completedByKey.set(e.key, [...(completedByKey.get(e.key) ?? []), e]);
  };
  events.forEach(remember);
  return {
    runDir,
    file,
    events,
    skippedLines,
    completed(key, inputHash) {
      return completedByKey.get(key)?.findLast((e) => e.inputHash === inputHash);
    },
    async append(event) {
      if (options.readOnly) throw new NegationNeglectError(`The run journal ${file} was opened read-only`, 'read_only');
      await appender.append(event);
      events.push(event);
      remember(event);
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
