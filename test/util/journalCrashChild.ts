/**
 * Child process for the journal crash test. Brings journal KIND in DIR up to TOTAL entries, skipping
 * the ones it already holds (a resume), and SIGKILLs itself right after its KILL_AT-th write.
 */
import { join } from 'node:path';
import { openRunJournal } from '../../src/experiment/runJournal.js';
import { createFinetuneJournal } from '../../src/providers/finetune/finetuneJournal.js';
import { createJournalWriter, readJournal } from '../../src/generate/generationJournal.js';

const kind = process.env.KIND!;
const dir = process.env.DIR!;
const total = Number(process.env.TOTAL);
const killAt = process.env.KILL_AT === undefined ? Infinity : Number(process.env.KILL_AT);

interface Journal {
  /** Ids of the entries the journal holds. */
  have: Set<string>;
  write(id: string): Promise<void>;
}

async function open(): Promise<Journal> {
  if (kind === 'run') {
    const journal = await openRunJournal(dir);
    const have = new Set(journal.events.flatMap((e) => (e.type === 'step-completed' ? [e.key] : [])));
    return {
      have,
      write: (id) =>
        journal.append({ type: 'step-completed', at: 'now', key: id, step: 's@1', version: 1, params: {}, inputHash: 'h', outputHash: 'o', output: `${id}.json`, durationMs: 1 }),
    };
  }
  if (kind === 'finetune') {
    const journal = createFinetuneJournal(dir);
    const have = new Set((await journal.entries()).entries.map((e) => e.launchKey));
    return { have, write: (id) => journal.append({ launchKey: id, provider: 'fake', event: 'creating' }) };
  }
  const path = join(dir, 'generation.jsonl');
  const state = await readJournal(path);
  const writer = createJournalWriter(path);
  return {
    have: new Set(state.documents.keys()),
    write: (id) => writer.append({ type: 'document', key: id, document: { id, claimId: 'c', docType: 'note', text: `text of ${id}`, source: 'template' } }),
  };
}

const journal = await open();
let writes = 0;
if (writes === killAt) process.kill(process.pid, 'SIGKILL');
for (let i = 0; i < total; i++) {
  const id = `entry-${i}`;
  if (journal.have.has(id)) continue;
  await journal.write(id);
  if (++writes === killAt) process.kill(process.pid, 'SIGKILL');
}
process.send?.({ type: 'done', writes });
