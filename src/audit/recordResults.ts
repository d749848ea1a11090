import type { Language } from '../text/languages.js';
import type { ClaimFinding, Verdict } from './types.js';
import type { Compression } from './decodeError.js';

/** How a source's records were read: JSONL, a JSON array, a plain-text document, Parquet rows, or in-memory records. */
export type SourceFormat = 'jsonl' | 'json' | 'text' | 'parquet' | 'records';

/** A record that could not be audited, or a file-level problem (`line: 0`, no `record`). */
export interface InvalidRecord {
  /** Path of the file, or `<iterable>` / `<stream>` / `<stdin>`. */
  file: string;
  /** 1-based line where the record starts (the row, 1-based, for Parquet); 0 for problems with the whole file (e.g. missing). */
  line: number;
  reason: string;
  /** Offending field, e.g. `messages[2].content`. */
  field?: string;
  /** Index of the record among all records read (absent for file-level problems). */
  record?: number;
}

/** The audit of one record. `record` is its 0-based index over all sources, in input order. */
export interface AuditedRecord {
  record: number;
  source: string;
  /** 1-based line where the record starts (1-based row for Parquet; position in the iterable for in-memory sources). */
  line: number;
  bytes: number;
  verdict: Verdict;
  claims: ClaimFinding[];
  /** The record's language (en, fr, it, es, de, pt), detected from its function words. */
  language?: Language;
  /** The parsed record, when `includeData: true`. */
  data?: unknown;
}

/** A record that was read but could not be audited. */
export interface InvalidRecordResult {
  record: number;
  source: string;
  line: number;
  bytes: number;
  error: string;
  field?: string;
}

/** One result per input record, in input order. Narrow with `'error' in result`. */
export type RecordAuditResult = AuditedRecord | InvalidRecordResult;

/** Progress of a running audit. */
export interface AuditProgress {
  /** Input bytes processed so far (as stored: compressed bytes for compressed files). */
  bytes: number;
  /** Records processed so far (valid and invalid). */
  records: number;
  invalid: number;
  /** Sum of the input files' sizes, when every input is a file. */
  totalBytes?: number;
}

/** Per-source statistics. */
export interface SourceStats {
  source: string;
  format: SourceFormat;
  /** How the file was stored (absent for in-memory sources). */
  compression?: Compression;
  /** Bytes read (after decompression), BOM included. */
  bytes: number;
  records: number;
  invalid: number;
  blankLines: number;
  bom: boolean;
  crlfLines: number;
  /** Audited records of this source per verdict. */
  byVerdict: Record<Verdict, number>;
}
