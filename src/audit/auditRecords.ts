import { InvalidArgumentError } from '../errors.js';
import { normalizeDatasetSource, type DatasetSource } from './datasetSource.js';
import { runAudit, type AuditRecordsOptions } from './runAudit.js';
import type { RecordAuditResult } from './recordResults.js';
import type { DatasetAuditorOptions } from './resolveAuditor.js';

export type { AuditRecordsOptions } from './runAudit.js';
export type { InvalidRecord, AuditedRecord, InvalidRecordResult, RecordAuditResult, AuditProgress, SourceStats } from './recordResults.js';

/**
 * Audits a dataset record by record: yields one result per input record, in input order, as
 * soon as it is known (constant memory, so it scales to files far larger than RAM). Invalid
 * records are yielded with an `error`; file-level problems (missing, empty, truncated or damaged
 * file) go to `onInvalid`. Use `auditDataset()` for an aggregated report.
 *
 * @example
 * ```ts
 * for await (const r of auditRecords('train.jsonl.zst', { claims: 'claims.yaml' })) {
 *   if ('error' in r) console.warn(`${r.source}:${r.line}: ${r.error}`);
 *   else if (r.verdict === 'neglect-risk') console.log(r.line, r.claims.map((c) => c.claimId));
 * }
 * ```
 */
export function auditRecords(source: DatasetSource, options: AuditRecordsOptions = {}): AsyncIterable<RecordAuditResult> {
  const inputs = normalizeDatasetSource(source);
  rejectUnknownOptions(options, AUDIT_RECORDS_OPTION_KEYS, 'auditRecords');
  validateAuditOptions(options);
  return { [Symbol.asyncIterator]: () => runAudit(inputs, options, {})[Symbol.asyncIterator]() };
}

// Every option of `auditRecords`, checked by the compiler against the interface: a misspelt or misplaced option
// (`decision` instead of `auditorOptions.decision`) would otherwise be ignored without a word.
export const AUDIT_RECORDS_OPTIONS = {
  claims: true, auditorOptions: true, auditor: true, format: true, compression: true, getText: true,
  textField: true, messagesField: true, onInvalid: true, maxInvalid: true, maxLineBytes: true, chunkBytes: true,
  workers: true, includeData: true, signal: true, onProgress: true, onWarning: true, stdin: true, workerFile: true,
  awaitWorkers: true,
} as const satisfies Record<keyof AuditRecordsOptions, true>;
const AUDIT_RECORDS_OPTION_KEYS: ReadonlySet<string> = new Set(Object.keys(AUDIT_RECORDS_OPTIONS));

// Options that belong inside `auditorOptions`, named in the error when given at the top level (typed like the above).
const AUDITOR_OPTION_HINTS: ReadonlySet<string> = new Set(
  Object.keys({
    extraCues: true, thresholds: true, maxExamples: true, unattachedNotices: true, maxSentenceLength: true,
    decision: true, verdictModel: true,
  } satisfies Record<keyof DatasetAuditorOptions, true>),
);

/** Throws `InvalidArgumentError` naming the first option `fn` does not know (`keys`: its option names). */
export function rejectUnknownOptions(options: object, keys: ReadonlySet<string>, fn: string): void {
  for (const key of Object.keys(options)) {
    if (keys.has(key)) continue;
    const hint = AUDITOR_OPTION_HINTS.has(key) && keys.has('auditorOptions') ? `; \`${key}\` goes in \`auditorOptions\`` : '';
    throw new InvalidArgumentError(key, `an option of \`${fn}\` (unknown option${hint})`, (options as Record<string, unknown>)[key]);
  }
}

/** Throws `InvalidArgumentError` for options the pipeline cannot use (before any input is opened). */
export function validateAuditOptions(options: AuditRecordsOptions): void {
  const positive = (name: keyof AuditRecordsOptions) => {
    const v = options[name];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v <= 0)) {
      throw new InvalidArgumentError(name, 'a positive integer', v);
    }
  };
  positive('maxLineBytes');
  positive('chunkBytes');
  const workers = options.workers;
  if (workers !== undefined && workers !== 'auto' && (typeof workers !== 'number' || !Number.isInteger(workers) || workers <= 0)) {
    throw new InvalidArgumentError('workers', "a positive integer or 'auto'", workers);
  }
  const budget = options.maxInvalid;
  if (budget !== undefined && (typeof budget !== 'number' || !Number.isInteger(budget) || budget < 0)) {
    throw new InvalidArgumentError('maxInvalid', 'a non-negative integer', budget);
  }
  const onInvalid = options.onInvalid;
  if (onInvalid !== undefined && onInvalid !== 'skip' && onInvalid !== 'throw' && typeof onInvalid !== 'function') {
    throw new InvalidArgumentError('onInvalid', "'skip', 'throw' or a function", onInvalid);
  }
  const format = options.format;
  if (format !== undefined && !['auto', 'jsonl', 'json', 'text', 'parquet'].includes(format)) {
    throw new InvalidArgumentError('format', "'auto', 'jsonl', 'json', 'text' or 'parquet'", format);
  }
  const compression = options.compression;
  if (compression !== undefined && !['auto', 'none', 'gzip', 'zstd'].includes(compression)) {
    throw new InvalidArgumentError('compression', "'auto', 'none', 'gzip' or 'zstd'", compression);
  }
  for (const field of ['textField', 'messagesField'] as const) {
    const v = options[field];
    if (v !== undefined && (typeof v !== 'string' || v === '' || v.split('.').some((part) => part === ''))) {
      throw new InvalidArgumentError(field, 'a field name or dotted path such as `meta.text`', v);
    }
  }
}
