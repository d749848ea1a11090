import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { EVAL_TYPE_NAMES, getEvalType } from '../../src/evaluate/index.js';

// docs/evaluate.md shows every eval type with an example question and answer: the table's rows are
// checked against EVAL_TYPES, so a new eval type cannot ship undocumented.
it('documents every eval type with its example answer and verdict in docs/evaluate.md', () => {
  const docs = readFileSync(join(__dirname, '../../docs/evaluate.md'), 'utf8');
  for (const name of EVAL_TYPE_NAMES) {
    const { example } = getEvalType(name);
    const row = docs.split('\n').find((line) => line.startsWith(`| \`${name}\` |`) && line.includes(example.answer));
    expect(row, `docs/evaluate.md has no example row for ${name} with its example answer`).toBeDefined();
    expect(row!.split('|').at(-2)!.trim().startsWith(example.verdict), name).toBe(true);
  }
});
