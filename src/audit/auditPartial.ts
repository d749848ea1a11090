import type { AuditExample, PlacementCounts, QualifierCounts, RecordRef, SourceSummary, VerdictCounts } from './auditReport.js';
import type { VerdictBelief } from './expectedBelief.js';
import type { InvalidRecord } from './recordResults.js';

/** @internal What a report keeps about one claim (or unattached topic): counts and the top examples. */
export interface Tally {
  records: VerdictCounts;
  mentions: number;
  placements: PlacementCounts;
  qualifiers: QualifierCounts;
  /** The most serious record's expected belief (see `moreSeriousBelief`). */
  belief?: VerdictBelief;
  /** Sentences naming the subject without the claim's predicate (see `ClaimFinding.context`). */
  context?: { subject: number; setting: number };
  examples: RankedExample[];
}

/** @internal An example with the strength it was ranked by (strongest first). */
export interface RankedExample {
  strength: number;
  example: AuditExample;
}

/** @internal A tally of an unattached-notice topic, with the first records that carry it. */
export interface TopicTally extends Tally {
  samples: RecordRef[];
}

/**
 * @internal The aggregate of some records (e.g. one chunk audited in a worker, or one shard of a
 * dataset), with record indexes relative to that part; `AuditReportBuilder.merge` shifts them into place.
 */
export interface AuditPartial {
  records: number;
  audited: number;
  byVerdict: VerdictCounts;
  claims: [string, Tally][];
  topics: [string, TopicTally][];
}

/**
 * @internal Everything a report builder holds about some consecutive records (a shard's share of a
 * dataset): the aggregate plus the invalid entries, read errors, sources and warnings, with record
 * indexes relative to the part's first record. `AuditReportBuilder.importPart` adds it to another builder.
 */
export interface AuditPart {
  partial: AuditPartial;
  /** Invalid entries listed (at most the builder's `maxInvalidListed`). */
  invalid: InvalidRecord[];
  /** Invalid entries counted, listed or not. */
  invalidCount: number;
  readErrors: InvalidRecord[];
  sources: SourceSummary[];
  /** How each source was parsed (`[source, format]`). */
  formats: [string, string][];
  warnings: string[];
}
