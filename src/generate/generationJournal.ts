import { z } from 'zod';
import { createJsonlAppender, readJsonlJournal, type SkippedJournalLine } from '../util/jsonlJournal.js';
import { GeneratedDocumentSchema, type GeneratedDocument } from './types.js';

/** One line of the append-only generation journal. */
export const GenerationJournalEntrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('header'), version: z.literal(1), claimId: z.string(), model: z.string() }),
  z.object({ type: z.literal('doc-types'), docTypes: z.array(z.string()) }),
  z.object({ type: z.literal('ideas'), docType: z.string(), ideas: z.array(z.string()) }),
  z.object({ type: z.literal('document'), key: z.string(), document: GeneratedDocumentSchema }),
  z.object({ type: z.literal('dropped'), key: z.string(), reason: z.string() }),
]);
export type JournalEntry = z.infer<typeof GenerationJournalEntrySchema>;

/** What a journal already holds. */
export interface JournalState {
  header?: { claimId: string; model: string };
  docTypes?: string[];
  ideas: Map<string, string[]>;
  documents: Map<string, GeneratedDocument>;
  dropped: Map<string, string>;
  /** Lines that could not be read (a crash can tear the line being written); their work is redone. */
  skippedLines: SkippedJournalLine[];
}

/** An empty journal state (no journal file, or nothing in it yet). */
export function emptyJournalState(): JournalState {
  return { ideas: new Map(), documents: new Map(), dropped: new Map(), skippedLines: [] };
}

/**
 * Reads a journal file (missing file = empty journal). Unreadable lines are skipped and reported
 * (the policy of every SDK journal, see `readJsonlJournal`).
 */
export async function readJournal(path: string): Promise<JournalState> {
  const { entries, skippedLines } = await readJsonlJournal(path, GenerationJournalEntrySchema);
  const state = emptyJournalState();
  state.skippedLines = skippedLines;
  for (const entry of entries) {
    switch (entry.type) {
      case 'header':
        state.header = { claimId: entry.claimId, model: entry.model };
        break;
      case 'doc-types':
        state.docTypes = entry.docTypes;
        break;
      case 'ideas':
        state.ideas.set(entry.docType, entry.ideas);
        break;
      case 'document':
        state.documents.set(entry.key, entry.document);
        break;
      case 'dropped':
        state.dropped.set(entry.key, entry.reason);
        break;
    }
  }
  return state;
}

/** The journal's appender; without a path (no journal asked for) appends do nothing. */
export function createJournalWriter(path: string | undefined): { append(entry: JournalEntry): Promise<void> } {
  if (!path) return { append: () => Promise.resolve() };
  const appender = createJsonlAppender(path);
  return { append: (entry) => appender.append(entry) };
}
