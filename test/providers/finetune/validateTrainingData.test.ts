import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { computeLaunchKey } from '../../../src/providers/finetune/launchKey.js';
import { createFinetuneJournal } from '../../../src/providers/finetune/finetuneJournal.js';
import { assertValidTrainingData, validateTrainingData } from '../../../src/providers/finetune/validateTrainingData.js';
import { chatExamples, toJsonl } from './fixtures.js';

describe('validateTrainingData', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nn-val-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('detects the three formats and normalises to compact JSONL', async () => {
    const chat = await validateTrainingData(chatExamples(2));
    expect(chat).toMatchObject({ ok: true, format: 'chat', exampleCount: 2, blankLines: 0 });
    expect(chat.content.split('\n')).toHaveLength(3);
    expect((await validateTrainingData([{ prompt: 'p', completion: 'c' }])).format).toBe('prompt-completion');
    expect((await validateTrainingData({ jsonl: '{"text": "a document"}\n' })).format).toBe('text');
  });

  it('names file, line and field for every problem, and counts blank lines', async () => {
    const path = join(dir, 'train.jsonl');
    const lines = toJsonl(chatExamples(3)).trim().split('\n');
    lines.splice(1, 0, '{not json');
    lines.splice(2, 0, '');
    lines.push(JSON.stringify({ messages: [{ role: 'user', content: 'no answer' }] }));
    lines.push(JSON.stringify({ messages: [{ role: 'robot', content: 'x' }, { role: 'assistant', content: 'y' }] }));
    lines.push('[1,2]');
    await writeFile(path, `${lines.join('\n')}\n`);
    const v = await validateTrainingData(path, { format: 'chat', minExamples: 10 });
    expect(v.ok).toBe(false);
    expect(v.exampleCount).toBe(3);
    expect(v.blankLines).toBe(1);
    expect(v.issues.map((i) => [i.line, i.field])).toEqual([
      [2, undefined],
      [6, 'messages'],
      [7, 'messages[0].role'],
      [8, undefined],
      [undefined, undefined],
    ]);
    expect(v.issues.every((i) => i.file === path)).toBe(true);
    expect(v.issues.at(-1)!.message).toBe('has 3 valid example(s); at least 10 required');
    const error = (() => {
      try {
        assertValidTrainingData(v);
      } catch (e) {
        return e as InputError;
      }
    })()!;
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid JSON.*\\(and 4 more issue\\(s\\)\\)$`));
  });

  it('rejects records of the wrong declared format', async () => {
    const v = await validateTrainingData([{ text: 'doc' }], { format: 'prompt-completion' });
    expect(v.issues.map((i) => [i.line, i.field])).toEqual([
      [1, 'prompt'],
      [1, 'completion'],
      [undefined, undefined],
    ]);
  });
});

describe('launch keys and the journal', () => {
  it('keys change with any input and ignore hyperparameter key order', () => {
    const base = { provider: 'openai', baseModel: 'm', trainingContent: 'a\n', hyperparameters: { epochs: 3, batchSize: 8 } };
    const key = computeLaunchKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(computeLaunchKey({ ...base, hyperparameters: { batchSize: 8, epochs: 3 } })).toBe(key);
    for (const change of [
      { trainingContent: 'b\n' },
      { validationContent: 'a\n' },
      { baseModel: 'n' },
      { hyperparameters: { epochs: 2, batchSize: 8 } },
      { suffix: 's' },
      { provider: 'together' },
    ]) {
      expect(computeLaunchKey({ ...base, ...change })).not.toBe(key);
    }
  });

  it('survives concurrent appends and a torn last line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-journal-'));
    const journal = createFinetuneJournal(dir);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => journal.append({ launchKey: `k${i % 5}`, provider: 'p', event: 'created', jobId: `job-${i}` })),
    );
    await writeFile(journal.path, '{"v":1,"at":"x","launchKey":"k0","prov', { flag: 'a' });
    const { entries, skippedLines } = await journal.entries();
    expect(entries).toHaveLength(50);
    expect(skippedLines).toEqual([{ line: 51, reason: 'not valid JSON (torn write?)' }]);
    expect((await journal.lookup('k1')).jobId).toMatch(/^job-\d+$/);
    // The next entry starts a fresh line instead of being glued onto the torn one and lost with it.
    await journal.append({ launchKey: 'k9', provider: 'p', event: 'creating' });
    expect((await journal.lookup('k9')).creating).toBe(true);
    expect((await journal.entries()).entries).toHaveLength(51);
    await rm(dir, { recursive: true, force: true });
  });
});
