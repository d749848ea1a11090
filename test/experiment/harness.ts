import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
export { runExperiment, PlacementMismatchError } from '../../src/experiment/index.js';
import type { JournalEvent } from '../../src/experiment/index.js';

export async function readJournalForTest(runDir: string): Promise<JournalEvent[]> {
  const text = await readFile(join(runDir, 'journal.jsonl'), 'utf8');
  return text.trim().split('\n').map((l) => JSON.parse(l) as JournalEvent);
}
