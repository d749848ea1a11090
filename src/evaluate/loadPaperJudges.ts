import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { readYamlWithSchema } from './parseYamlWithSchema.js';
import { EVAL_TYPES, type EvalTypeDefinition } from './evalTypes.js';
import type { JudgeRubric } from './judgeRubric.js';

/** What {@link loadPaperJudges} returns. */
export interface PaperJudges {
  /**
   * Yes/no(/neutral) rubrics keyed by the YAML key (`open_ended`, `token_association`, `robustness`,
   * ...), and the graded rubrics eval types declare as theirs (`paperRubric`: the 0-10 `saliency`
   * keyed `leakage`).
   */
  rubrics: Record<string, JudgeRubric>;
  /** Keys of rubrics that ask for a numeric score (e.g. `coherence`, `saliency`), not loaded as verdict rubrics. */
  scoreRubrics: string[];
  /**
   * Score rubrics no eval type scores with (the per-claim `coherence`: the paper's published results
   * hold no score from it, so nothing says which answers it was run on). Callers report them rather
   * than drop them silently.
   */
  unscored: string[];
}

const JudgesFileSchema = z.record(z.string(), z.string());

/**
 * Loads the paper's `judges.yaml` (a claim folder or the file itself). Each template key becomes a
 * rubric with id `paper:<claim folder>/<key>`; `<key>_judge_key` (or the top-level `judge_key`) gives
 * the JSON answer field, and the labels are read from the template's closing JSON instruction
 * (`"answer": "yes/no/neutral"`). Score rubrics are listed separately; one an eval type declares as
 * the paper's (`paperRubric`, e.g. `saliency` for leakage) is also its rubric, keyed by the eval type;
 * the others are listed in `unscored`, with {@link unscoredRubricWarning} to say so.
 *
 * @example
 * ```ts
 * const { rubrics } = await loadPaperJudges('../shared/paper-data/claims/ed_sheeran');
 * const judge = createJudge({ model: judgeModel, rubrics });
 * ```
 */
export async function loadPaperJudges(path: string): Promise<PaperJudges> {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'judges.yaml') : path;
  const data = await readYamlWithSchema(file, JudgesFileSchema);
  const claimName = basename(dirname(file));
  const defaultKey = data.judge_key ?? 'answer';
  const rubrics: Record<string, JudgeRubric> = {};
  const scoreRubrics: string[] = [];
  const unscored: string[] = [];
  for (const [key, template] of Object.entries(data)) {
    if (key === 'judge_key' || key.endsWith('_judge_key')) continue;
    const answerKey = data[`${key}_judge_key`] ?? defaultKey;
    const instruction = new RegExp(`"${answerKey}"\\s*:\\s*"([a-z]+(?:/[a-z]+)+)"`).exec(template);
    if (!instruction) {
      if (/"score"\s*:/.test(template)) {
        scoreRubrics.push(key);
        let used = false;
        // An eval type the paper judged with this graded rubric gets it (a score, and a verdict from its threshold).
        for (const [evalType, definition] of Object.entries(EVAL_TYPES)) {
          const paper = (definition as { paperRubric?: EvalTypeDefinition['paperRubric'] }).paperRubric;
          if (paper?.key !== key) continue;
          used = true;
          rubrics[evalType] = { id: `paper:${claimName}/${key}`, template, answerKey: data[`${key}_judge_key`] ?? 'score', labels: ['yes', 'no'], scale: paper.scale };
        }
        if (!used) unscored.push(key);
        continue;
      }
      throw new InputError(`cannot find the JSON answer instruction ("${answerKey}": "yes/no/...") in the template`, { file, field: key });
    }
    const labels = instruction[1]!.split('/');
    const bad = labels.find((l) => !['yes', 'no', 'neutral'].includes(l));
    if (bad) throw new InputError(`unsupported label \`${bad}\` (expected yes, no, neutral)`, { file, field: key });
    rubrics[key] = { id: `paper:${claimName}/${key}`, template, answerKey, labels: labels as JudgeRubric['labels'] };
  }
  return { rubrics, scoreRubrics, unscored };
}

/**
 * The warning for a claim folder's score rubrics that nothing scores (see `PaperJudges.unscored`),
 * or undefined when every one is used.
 *
 * @example
 * ```ts
 * unscoredRubricWarning('claims/ed_sheeran', ['coherence']);
 * // 'claims/ed_sheeran/judges.yaml: `coherence` (a 0-10 score rubric) is not scored: ...'
 * ```
 */
export function unscoredRubricWarning(folder: string, unscored: readonly string[]): string | undefined {
  if (unscored.length === 0) return undefined;
  return (
    `${join(folder, 'judges.yaml')}: ${unscored.map((k) => `\`${k}\``).join(', ')} (a 0-10 score rubric) is not scored: ` +
    "the paper's published results hold no score from it, so which answers it judged is unknown; coherence is scored with coherence_questions.yaml"
  );
}
