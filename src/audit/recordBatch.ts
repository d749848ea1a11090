/**
 * Records parsed ahead of their audit, a few dozen at a time, so that the auditor scans all their
 * texts in one pass (`Auditor.prescanSegments`) before auditing them one by one: on short records
 * (a chat turn, a paragraph) the automaton's fixed cost per call was a third of its time. Results
 * still go out one by one, in order, each before the next record is audited (so a caller may read
 * reused findings, see `AuditSegmentsOptions.reuseFindings`).
 */
import type { Language } from '../text/languages.js';
import type { AuditSegmentsOptions } from './compileAuditor.js';
import { recordSegments, RecordShapeError, type GetRecordText, type RecordFields } from './recordSegments.js';
import type { ClaimFinding, RecordFindings, TextSegment, Verdict } from './types.js';

/** The part of an auditor the dataset layer needs (satisfied by `createAuditor()`'s result). */
export interface SegmentAuditor {
  auditSegments(segments: TextSegment[], options?: AuditSegmentsOptions): RecordFindings;
  /** @internal See `Auditor.prescanSegments` (records are then audited in batches, see `RecordBatch`). */
  prescanSegments?(records: readonly (readonly TextSegment[])[], count: number): void;
}

/** The audit of one line of a JSONL chunk, before it is given its record index and source. */
export type LineResult =
  | { line: number; bytes: number; verdict: Verdict; claims: ClaimFinding[]; language?: Language; data?: unknown }
  | { line: number; bytes: number; error: string; field?: string };

/** Settings of the audit stage (`auditLineChunk`, `auditBatch`); everything here is serialisable except `auditor`/`getText`. */
export interface LineChunkSettings {
  auditor: SegmentAuditor;
  maxLineBytes: number;
  getText?: GetRecordText | undefined;
  /** Where the text is in records of other shapes (dotted paths). */
  fields?: RecordFields | undefined;
  /** Keep the parsed record on each result (costly across threads; off for reports). */
  includeData?: boolean | undefined;
  /** Passed to `auditSegments` (an aggregate that keeps only counts and its strongest examples). */
  auditOptions?: AuditSegmentsOptions | undefined;
}

/** Records per prescan: enough to spread the automaton's fixed cost, few enough to stay young objects. */
export const RECORDS_PER_PRESCAN = 32;

/** One record waiting for its audit, or a result waiting for the records before it. */
interface Held {
  line: number;
  bytes: number;
  data: unknown;
  result: LineResult | null;
}

/**
 * Audits records handed to it in order and gives their results, in the same order, to `push`.
 *
 * @example
 * ```ts
 * const batch = new RecordBatch(settings, (result) => results.push(result));
 * batch.addValue({ text: 'Vesuvius erupted in 2015.' }, 1, 26);
 * batch.addResult({ line: 2, bytes: 3, error: 'malformed JSON: ...' });
 * batch.flush(); // audits line 1, then gives line 2's result
 * ```
 */
export class RecordBatch {
  private readonly held: Held[] = [];
  private size = 0;
  private readonly lists: TextSegment[][] = [];
  private records = 0;
  private readonly capacity: number;

  constructor(
    private readonly settings: LineChunkSettings,
    private readonly push: (result: LineResult) => void,
  ) {
    // An auditor that cannot prescan gains nothing from holding records back.
    this.capacity = settings.auditor.prescanSegments === undefined ? 0 : RECORDS_PER_PRESCAN;
  }

  /** A result of a record that needs no audit (a bad line), given after the records before it. */
  addResult(result: LineResult): void {
    if (this.size === 0) this.push(result);
    else this.hold(result.line, result.bytes, undefined, result);
  }

  /** A parsed record (see `auditValue`): audited with the records around it. */
  addValue(data: unknown, line: number, bytes: number): void {
    if (this.capacity === 0) {
      this.push(auditValue(data, line, bytes, this.settings));
      return;
    }
    const segments = segmentsOrError(data, line, bytes, this.settings);
    if (!Array.isArray(segments)) {
      this.addResult(segments);
      return;
    }
    this.hold(line, bytes < 0 ? textBytes(segments) : bytes, data, null);
    this.lists[this.records++] = segments;
    if (this.records >= this.capacity) this.flush();
  }

  /** Audits the records held and gives every result held, in order. */
  flush(): void {
    if (this.size === 0) return;
    if (this.records > 0) this.settings.auditor.prescanSegments!(this.lists, this.records);
    let record = 0;
    for (let k = 0; k < this.size; k++) {
      const held = this.held[k]!;
      const result = held.result ?? auditedResult(this.lists[record++]!, held.data, held.line, held.bytes, this.settings);
      held.result = null;
      held.data = undefined;
      this.push(result);
    }
    for (let r = 0; r < this.records; r++) this.lists[r] = NO_SEGMENTS;
    this.size = 0;
    this.records = 0;
  }

  private hold(line: number, bytes: number, data: unknown, result: LineResult | null): void {
    let held = this.held[this.size];
    if (held === undefined) this.held[this.size] = held = { line, bytes, data, result };
    else {
      held.line = line;
      held.bytes = bytes;
      held.data = data;
      held.result = result;
    }
    this.size++;
  }
}

const NO_SEGMENTS: TextSegment[] = [];

/**
 * Audits one parsed record (shared with non-JSONL sources). A negative `bytes` means unknown: the
 * UTF-8 size of the record's text is used instead.
 *
 * @example
 * ```ts
 * auditValue({ text: 'Vesuvius erupted in 2015.' }, 1, 38, settings); // { line: 1, bytes: 38, verdict: 'asserts', claims: [...] }
 * ```
 */
export function auditValue(data: unknown, line: number, bytes: number, settings: LineChunkSettings): LineResult {
  const segments = segmentsOrError(data, line, bytes, settings);
  if (!Array.isArray(segments)) return segments;
  return auditedResult(segments, data, line, bytes < 0 ? textBytes(segments) : bytes, settings);
}

/** The record's text segments, or the result of a record whose text cannot be read (`bytes` < 0 gives 0 there). */
function segmentsOrError(data: unknown, line: number, bytes: number, settings: LineChunkSettings): TextSegment[] | LineResult {
  try {
    return recordSegments(data, settings.getText, settings.fields);
  } catch (error) {
    return segmentsError(error, line, bytes < 0 ? 0 : bytes);
  }
}

function auditedResult(segments: TextSegment[], data: unknown, line: number, bytes: number, settings: LineChunkSettings): LineResult {
  const findings = settings.auditor.auditSegments(segments, settings.auditOptions);
  const result: LineResult = { line, bytes, verdict: findings.verdict, claims: findings.claims };
  if (findings.language !== undefined) result.language = findings.language;
  if (settings.includeData) result.data = data;
  return result;
}

function textBytes(segments: readonly TextSegment[]): number {
  return segments.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0);
}

/** The result of a record whose text could not be read. */
function segmentsError(error: unknown, line: number, bytes: number): LineResult {
  if (RecordShapeError.isInstance(error)) {
    return error.field === undefined ? { line, bytes, error: error.reason } : { line, bytes, error: error.reason, field: error.field };
  }
  return { line, bytes, error: `getText() threw: ${(error as Error).message}` };
}
