import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '../errors.js';
import type { GeneratedDocument } from './types.js';

/** One line of the append-only generation journal. */
export type JournalEntry =
  | { type: 'header'; version: 1; claimId: string; model: string }
  | { type: 'doc-types'; docTypes: string[] }
  | { type: 'ideas'; docType: string; ideas: string[] }
  | { type: 'document'; key: string; document: GeneratedDocument }
  | { type: 'dropped'; key: string; reason: string };

/** What a journal already holds. */
export interface JournalState {
  header?: { claimId: string; model: string };
  docTypes?: string[];
  ideas: Map<string, string[]>;
  documents: Map<string, GeneratedDocument>;
  dropped: Map<string, string>;
  /** Lines that could not be parsed (a crash can leave a torn last line). */
  skippedLines: number;
}

/**
 * Reads a journal file (missing file = empty journal). A torn last line is skipped; a corrupt line
 * elsewhere is an `InputError` with file and line.
 */
export async function readJournal(path: string): Promise<JournalState> {
  const state: JournalState = { ideas: new Map(), documents: new Map(), dropped: new Map(), skippedLines: 0 };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return state;
    throw new InputError(`cannot read journal: ${(error as Error).message}`, { file: path });
  }
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(line) as JournalEntry;
    } catch {
      if (lines.slice(i + 1).every((l) => l.trim() === '')) {
        state.skippedLines++;
        continue;
      }
      throw new InputError('corrupt journal line (not JSON)', { file: path, line: i + 1 });
    }
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
      default:
        throw new InputError('unknown journal entry type', { file: path, line: i + 1, field: 'type' });
    }
  }
  return state;
}

/** Serialised appends (one line per entry) so concurrent writers never interleave lines. */
export function createJournalWriter(path: string | undefined): { append(entry: JournalEntry): Promise<void> } {
  let chain: Promise<void> = path ? mkdir(dirname(path), { recursive: true }).then(() => undefined) : Promise.resolve();
  return {
    append(entry) {
      if (!path) return Promise.resolve();
      chain = chain.then(() => appendFile(path, `${JSON.stringify(entry)}\n`, 'utf8'));
      return chain;
    },
  };
}
