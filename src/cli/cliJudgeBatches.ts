import { writeFile } from 'node:fs/promises';
import type { JudgeBatchOptions, PanelBatchOptions } from '../evaluate/judge.js';
import type { ChatBatchClient } from '../providers/batch/chatBatchClient.js';
import { readSavedBatchIds } from '../providers/batch/readSavedBatchIds.js';
import { runChatBatch } from '../providers/batch/runChatBatch.js';
import { contentHash } from '../util/contentHash.js';
import { intOption, type ParsedArgs } from './args.js';
import type { CliJudge } from './cliJudges.js';

/** The parseArgs declarations of batch judging (eval and rejudge). */
export const JUDGE_BATCH_ARGS = {
  'judge-batch': { type: 'boolean' },
  'poll-interval-ms': { type: 'string' },
} as const;

/** Usage lines of batch judging. */
export const JUDGE_BATCH_USAGE = `  --judge-batch           Judge through the provider's batch API (about half price, can take hours);
                          a panel sends one batch per judge, each to its own provider, and combines
                          the votes when all are back. Batch ids are saved to <out>.batches.json;
                          re-running the same command collects those batches instead of paying again.
  --poll-interval-ms <n>  First batch poll interval (default 30000).`;

/** A judge pass's batch options by key (eval: the claim and reasoning mode), or undefined without `--judge-batch`. */
export type BatchFor = (key: string) => JudgeBatchOptions | PanelBatchOptions | undefined;

/**
 * The batch options of `--judge-batch`: one batch client per judge (a panel's judges each send their
 * own batch to their own provider), with the batch ids saved to `<out>.batches.json` before polling
 * and resumed from it, so rerunning the same command collects the batches instead of paying again.
 * A single judge's ids are saved under `<key> <fingerprint>`; a panel's under `<key> <provider>:<model> <fingerprint>`
 * per judge, where the fingerprint is a hash of the batch's requests.
 *
 * @example
 * ```ts
 * const batchFor = await cliJudgeBatches(parsed, judges, '/abs/results.jsonl');
 * await evaluateBelief({ ...options, ...(batchFor('sprint') ? { batch: batchFor('sprint') } : {}) });
 * ```
 */
export async function cliJudgeBatches(parsed: ParsedArgs, judges: readonly CliJudge[], out: string): Promise<BatchFor> {
  if (!parsed.options['judge-batch']) return () => undefined;
  const pollIntervalMs = intOption(parsed, 'poll-interval-ms') ?? 30_000;
  const clients = judges.map((j) => j.chat.batch(j.model, 'judge-batch'));
  const batchFile = `${out}.batches.json`;
  const batchIds = await readSavedBatchIds(batchFile);
  // Saves run one after another, each writing every id known by then: two judges' batches created
  // at once must both end up in the file.
  let saving = Promise.resolve();
  // One judge pass can send several batches under one key (every eval type of a claim is its own
  // judgeMany call, and rejudge uses one key for everything). The saved ids are therefore keyed by the
  // key plus a hash of the requests themselves, so a rerun resumes exactly the batch that holds its
  // requests instead of the last one saved under the key.
  const judgeBatch = (client: ChatBatchClient, key: string): JudgeBatchOptions => ({
    client,
    options: { pollIntervalMs },
    runChatBatch: (options) => {
      const saved = `${key} ${contentHash(options.requests).slice(0, 16)}`;
      return runChatBatch({
        ...options,
        ...(batchIds[saved]?.length ? { resume: { batchIds: batchIds[saved]! } } : {}),
        // Persist before polling: a crash or Ctrl-C while waiting must not lose paid batches.
        onBatchCreated: async (ids: string[]) => {
          batchIds[saved] = ids;
          saving = saving.then(() => writeFile(batchFile, `${JSON.stringify(batchIds, null, 2)}\n`));
          await saving;
        },
      });
    },
  });
  return (key) => (clients.length === 1 ? judgeBatch(clients[0]!, key) : { judges: clients.map((c, k) => judgeBatch(c, `${key} ${judges[k]!.name}`)) });
}
