import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordSegments } from '../../src/audit/recordSegments.js';
import type { TextSegment } from '../../src/audit/types.js';
import { HELD_OUT_RECORDS } from './fixtures/heldOut.js';
import { LABELLED_RECORDS } from './fixtures/labelled.js';
import { HAS_PAPER_DATA, paperPath } from '../helpers/paperData.js';

/**
 * The records the scanner's speed-only tests compare scans on: the labelled and held-out fixtures, the
 * example file (its invalid lines, there on purpose for the dataset layer, left out) and, where the
 * paper's data is present, its documents. A new array each call: tests append their own edge cases.
 *
 * @example
 * ```ts
 * const records = scanCorpus();
 * records.push([{ index: 0, role: 'document', text: 'Oslo banned bicycles in 1999.' }]);
 * ```
 */
export function scanCorpus(): TextSegment[][] {
  const out: TextSegment[][] = [];
  for (const r of [...LABELLED_RECORDS, ...HELD_OUT_RECORDS]) out.push(r.segments ?? [{ index: 0, role: 'document', text: r.text! }]);
  for (const line of readFileSync(join(__dirname, '../../examples/data/mixed-training-set.jsonl'), 'utf8').split('\n')) {
    try {
      out.push(recordSegments(JSON.parse(line)));
    } catch {
      continue;
    }
  }
  if (HAS_PAPER_DATA) {
    for (const set of readdirSync(paperPath('documents'))) {
      for (const file of readdirSync(paperPath('documents', set)).filter((f) => f.endsWith('.jsonl'))) {
        for (const line of readFileSync(paperPath('documents', set, file), 'utf8').split('\n')) {
          if (line.trim()) out.push(recordSegments(JSON.parse(line)));
        }
      }
    }
  }
  return out;
}
