import { errorMarker, hasErrorMarker, InputError, markError } from '../errors.js';
import type { InvalidRecord } from './recordResults.js';

const TOO_MANY_INVALID = errorMarker('TooManyInvalidRecordsError');

/**
 * An audit stopped because more records were invalid than its error budget (`maxInvalid`) allows.
 * Located at the last invalid record. `budgetName` is how the message names the budget: the option
 * (`maxInvalid`), or what the caller's users set (the CLI passes `--max-invalid`).
 *
 * @example
 * ```ts
 * try { await auditDataset('train.jsonl', { claims, maxInvalid: 10 }); }
 * catch (e) { if (TooManyInvalidRecordsError.isInstance(e)) console.error(`${e.maxInvalid} allowed; last: ${e.last.reason}`); }
 * ```
 */
export class TooManyInvalidRecordsError extends InputError {
  /** The budget that was exceeded. */
  readonly maxInvalid: number;
  /** The invalid record that exceeded it. */
  readonly last: InvalidRecord;

  constructor(maxInvalid: number, last: InvalidRecord, budgetName = 'maxInvalid') {
    super(`more than ${maxInvalid} invalid records (${budgetName}); last: ${last.reason}`, { file: last.file, ...(last.line > 0 ? { line: last.line } : {}) });
    markError(this, TOO_MANY_INVALID);
    this.maxInvalid = maxInvalid;
    this.last = last;
  }

  /** Whether `error` is a `TooManyInvalidRecordsError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is TooManyInvalidRecordsError {
    return hasErrorMarker(error, TOO_MANY_INVALID);
  }
}
