/**
 * Child process for the crash test: runs finetune() against the fake server named in the env and
 * reports progress over IPC until the parent SIGKILLs it mid-poll.
 */
import OpenAI from 'openai';
import { createOpenAIFinetune } from '../../../src/providers/finetune/createOpenAIFinetune.js';
import { finetune } from '../../../src/providers/finetune/finetune.js';
import { chatExamples } from './fixtures.js';

const sdk = new OpenAI({ apiKey: 'sk-child-key-000000', baseURL: process.env.FAKE_OPENAI_URL!, maxRetries: 0 });
finetune({
  client: createOpenAIFinetune({ client: sdk }),
  trainingData: chatExamples(10, 'crash'),
  baseModel: 'gpt-4.1-mini-2025-04-14',
  suffix: 'crash',
  journalDir: process.env.JOURNAL_DIR!,
  pollIntervalMs: 30,
  maxPollIntervalMs: 30,
  onProgress: (p) => process.send?.(p),
}).then(
  (r) => process.send?.({ type: 'done', result: r }),
  (e) => process.send?.({ type: 'error', message: String(e) }),
);
