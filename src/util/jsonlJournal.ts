import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../errors.js';

/** A journal line that could not be read, with its 1-based line number. */
export interface SkippedJournalLine {
  line: number;
  reason: string;
}

/** What {@link readJsonlJournal} found in a journal file. */
export interface JsonlJournalContents<T> {
  /** Entries that parsed and matched the schema, oldest first. */
  entries: T[];
  /** Lines that did not (a torn write, a foreign line), in file order. */
  skippedLines: SkippedJournalLine[];
}

/** Appends entries to one JSONL journal file; see {@link createJsonlAppender}. */
export interface JsonlAppender {
  readonly file: string;
  /** Resolves once the entry is on disk (fsync'd). */
  append(entry: unknown): Promise<void>;
}

/**
 * Reads a JSONL journal; a missing file is an empty journal.
 *
 * One policy for every journal of the SDK: a line that is not JSON or does not match `schema` is
 * skipped and reported in `skippedLines`, never fatal. A crash tears at most the line being
 * written, and after a resume more lines follow it, so "only the last line may be bad" cannot be
 * the rule; the work the torn entry described is simply done again.
 *
 * @example
 * ```ts
 * const { entries, skippedLines } = await readJsonlJournal('runs/x/journal.jsonl', EventSchema);
 * ```
 */
export async function readJsonlJournal<T>(file: string, schema: z.ZodType<T>): Promise<JsonlJournalContents<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], skippedLines: [] };
    throw new InputError(`cannot read journal: ${(error as Error).message}`, { file }, { cause: error });
  }
  const entries: T[] = [];
  const skippedLines: SkippedJournalLine[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      skippedLines.push({ line: i + 1, reason: 'not valid JSON (torn write?)' });
      continue;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) entries.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      skippedLines.push({ line: i + 1, reason: `${field}${issue?.message ?? 'invalid entry'}` });
    }
  }
  return { entries, skippedLines };
}

/**
 * Creates the appender of a JSONL journal. Each entry is one `write()` on an `O_APPEND`
 * descriptor, so writers in other processes never interleave inside a line; it is fsync'd before
 * `append` resolves, so a finished step survives a power cut. When the file ends in a torn line
 * (a crash mid-write, by this process or another), the entry starts on a fresh line instead of
 * being glued onto the torn one and lost with it. Appends from one appender run in call order.
 *
 * @example
 * ```ts
 * const journal = createJsonlAppender('runs/x/journal.jsonl');
 * await journal.append({ type: 'started', at: new Date().toISOString() });
 * ```
 */
export function createJsonlAppender(file: string): JsonlAppender {
  let chain: Promise<void> = Promise.resolve();
  let dirReady = false;
  const write = async (entry: unknown): Promise<void> => {
    const line = `${JSON.stringify(entry)}\n`;
    if (!dirReady) {
      await mkdir(dirname(file), { recursive: true });
      dirReady = true;
    }
    const handle = await open(file, 'a+');
    try {
      const { size } = await handle.stat();
      let prefix = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      await handle.write(prefix + line);
      await handle.sync();
    } finally {
      await handle.close();
    }
  };
  return {
    file,
    append(entry) {
      const next = chain.then(() => write(entry));
      // A failed append must not wedge the ones after it.
      chain = next.catch(() => undefined);
      return next;
    },
  };
}
