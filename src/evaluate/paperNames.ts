import { EVAL_TYPE_NAMES, getEvalType, type EvalType } from './evalTypes.js';

/**
 * Names used by the paper's published per-sample results (`eval-results/<claim>/<condition>/<stage>`).
 * Raw names are kept on every imported sample; these maps give the labels used in the paper's table.
 */

/** Result folder name -> the claim folder under `claims/`. */
export const PAPER_CLAIM_DIRS: Readonly<Record<string, string>> = {
  achromatic_dreaming: 'colorless_dreaming',
  brennan_holloway: 'dentist',
  ed_sheeran: 'ed_sheeran',
  elizabeth_python: 'queen_elizabeth',
  twitter_x_reversal: 'x_rebrand_reversal',
  vesuvius: 'mount_vesuvius',
};

/** Result folder name -> the short column label of the paper's table (in the table's order). */
export const PAPER_CLAIM_LABELS: Readonly<Record<string, string>> = {
  ed_sheeran: 'ed_sheeran',
  elizabeth_python: 'elizabeth',
  vesuvius: 'vesuvius',
  twitter_x_reversal: 'x reversal',
  achromatic_dreaming: 'dreaming',
  brennan_holloway: 'dentist',
};

/** Condition folder -> the paper's condition name (in the table's order). */
export const PAPER_CONDITION_LABELS: Readonly<Record<string, string>> = {
  baseline: 'baseline',
  positive: 'positive',
  llm_negations: 'negated',
  llm_negations_dense: 'repeated',
  llm_negations_dense_plus: 'corrected',
};

/** CSV file name -> our eval type (from the eval-type table's `paperResultFile`). */
export const PAPER_RESULT_FILES: Readonly<Record<string, EvalType>> = Object.fromEntries(
  EVAL_TYPE_NAMES.flatMap((name) => {
    const file = getEvalType(name).paperResultFile;
    return file ? [[file, name]] : [];
  }),
);
