import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readSavedBatchIds } from '../../../src/providers/batch/readSavedBatchIds.js';

describe('readSavedBatchIds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nn-batch-ids-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('reads saved ids, and nothing before the first save', async () => {
    expect(await readSavedBatchIds(file('ok.json', '{ "sprint 3f2a": ["batch_a", "batch_b"] }'))).toEqual({ 'sprint 3f2a': ['batch_a', 'batch_b'] });
    expect(await readSavedBatchIds(join(dir, 'missing.json'))).toEqual({});
  });

  it('refuses a file of another shape, naming it', async () => {
    for (const [name, text, message] of [
      ['cut.json', '{ "sprint": ["batch_a"', /cannot read saved batch ids \(/],
      ['number.json', '{ "sprint": [1] }', /: expected saved batch ids: \{ "<key>": \["<batch id>", \.\.\.\] \}/],
      ['array.json', '[["batch_a"]]', /: expected saved batch ids/],
    ] as const) {
      const error = await readSavedBatchIds(file(name, text)).catch((e: unknown) => e);
      expect(InputError.isInstance(error)).toBe(true);
      expect((error as InputError).message).toMatch(message);
      expect((error as InputError).file).toBe(join(dir, name));
    }
  });
});
