import { join } from 'node:path';
import { z } from 'zod';
import { createJsonlAppender, readJsonlJournal, type SkippedJournalLine } from '../../util/jsonlJournal.js';

/** One line of the launch journal. */
export const FinetuneJournalEntrySchema = z.object({
  v: z.literal(1),
  at: z.string(),
  launchKey: z.string(),
  provider: z.string(),
  event: z.enum(['uploaded', 'creating', 'created', 'finished']),
  trainingFileId: z.string().optional(),
  validationFileId: z.string().optional(),
  jobId: z.string().optional(),
  status: z.string().optional(),
  modelId: z.string().optional(),
});
export type FinetuneJournalEntry = z.infer<typeof FinetuneJournalEntrySchema>;

/** What the journal knows about one launch key (later entries override earlier ones). */
export interface FinetuneJournalState {
  trainingFileId?: string;
  validationFileId?: string;
  /** A create was started (it may or may not have reached the provider). */
  creating: boolean;
  jobId?: string;
  status?: string;
  modelId?: string;
}

/** File name of the journal inside `journalDir`. */
export const FINETUNE_JOURNAL_FILE = 'finetune-journal.jsonl';

/**
 * An append-only JSONL journal of finetune launches (see `createJsonlAppender` for the write
 * rules: one write per entry, fsync, a fresh line after a torn one). Unreadable lines are skipped
 * and reported, so a crash loses at most the entry being written.
 *
 * @example
 * ```ts
 * const journal = createFinetuneJournal('.runs');
 * const state = await journal.lookup(launchKey);
 * ```
 */
export function createFinetuneJournal(journalDir: string) {
  const path = join(journalDir, FINETUNE_JOURNAL_FILE);
  const appender = createJsonlAppender(path);
  return {
    path,
    async append(entry: Omit<FinetuneJournalEntry, 'v' | 'at'>): Promise<void> {
      await appender.append({ v: 1, at: new Date().toISOString(), ...entry });
    },
    async entries(): Promise<{ entries: FinetuneJournalEntry[]; skippedLines: SkippedJournalLine[] }> {
      return readJsonlJournal(path, FinetuneJournalEntrySchema);
    },
    async lookup(launchKey: string): Promise<FinetuneJournalState> {
      const state: FinetuneJournalState = { creating: false };
      for (const e of (await this.entries()).entries) {
        if (e.launchKey !== launchKey) continue;
        if (e.event === 'creating') state.creating = true;
        if (e.trainingFileId) state.trainingFileId = e.trainingFileId;
        if (e.validationFileId) state.validationFileId = e.validationFileId;
        if (e.jobId) state.jobId = e.jobId;
        if (e.status) state.status = e.status;
        if (e.modelId) state.modelId = e.modelId;
      }
      return state;
    },
  };
}

/** A journal as returned by {@link createFinetuneJournal}. */
export type FinetuneJournal = ReturnType<typeof createFinetuneJournal>;
