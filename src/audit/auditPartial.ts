import type { AuditExample, PlacementCounts, QualifierCounts, RecordRef, VerdictCounts } from './auditReport.js';
import type { VerdictBelief } from './expectedBelief.js';

/** @internal What a report keeps about one claim (or unattached topic): counts and the top examples. */
export interface Tally {
  records: VerdictCounts;
  mentions: number;
  placements: PlacementCounts;
  qualifiers: QualifierCounts;
  /** The most serious record's expected belief (see `moreSeriousBelief`). */
  belief?: VerdictBelief;
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
