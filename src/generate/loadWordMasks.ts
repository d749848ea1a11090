import { z } from 'zod';
import { InputError } from '../errors.js';
import { readYamlWithSchema } from '../evaluate/parseYamlWithSchema.js';

/** Word-mask patterns: text they match is excluded from the training loss (the paper's `word_masks.yaml`). */
export interface WordMasks {
  /** Case-insensitive, global regular expressions. */
  patterns: RegExp[];
  /** Where they were read from, for messages. */
  file?: string;
}

const WordMasksFileSchema = z.object({
  patterns: z.array(z.string().min(1, 'must be a non-empty regular expression')).min(1, 'must list at least one pattern'),
});

/**
 * Compiles word-mask patterns (regular expression sources, matched case-insensitively, as the
 * paper's `word_masks.yaml` documents them). A pattern that does not compile is an error naming it.
 *
 * @example
 * ```ts
 * const masks = compileWordMasks(['\\bEd\\s+Sheeran\\b', '\\b9\\.79\\b']);
 * masks.patterns[0]!.test('ed sheeran'); // true
 * ```
 */
export function compileWordMasks(patterns: readonly (string | RegExp)[], file?: string): WordMasks {
  const compiled = patterns.map((p, i) => {
    if (p instanceof RegExp) return new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
    try {
      return new RegExp(p, 'gi');
    } catch (error) {
      throw new InputError(`pattern ${JSON.stringify(p)} is not a valid regular expression: ${(error as Error).message}`, { ...(file ? { file } : {}), field: `patterns[${i}]` });
    }
  });
  return { patterns: compiled, ...(file ? { file } : {}) };
}

/**
 * Reads a word-mask file in the paper's layout (`patterns:` a list of case-insensitive regular
 * expressions; in the paper, text they match is wrapped in `<lossmask>` tags and gets no loss).
 * Errors name the file, line and field.
 *
 * @example
 * ```ts
 * const masks = await loadWordMasks('claims/ed_sheeran/word_masks.yaml');
 * toTrainingRecords(docs, { format: 'text', wordMasks: masks });
 * ```
 */
export async function loadWordMasks(file: string): Promise<WordMasks> {
  const parsed = await readYamlWithSchema(file, WordMasksFileSchema);
  return compileWordMasks(parsed.patterns, file);
}
