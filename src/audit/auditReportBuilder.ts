import type { Claim } from '../claims/claim.js';
import type { AuditedRecord, InvalidRecord, RecordAuditResult, SourceStats } from './recordResults.js';
import type { AuditPart, AuditPartial, RankedExample, Tally, TopicTally } from './auditPartial.js';
import type {
  AuditExample,
  AuditReportData,
  ClaimAudit,
  PlacementCounts,
  QualifierCounts,
  UnattachedNoticeGroup,
  VerdictCounts,
} from './auditReport.js';
import { expectedBelief, moreSeriousBelief, type ExpectedBelief, type VerdictBelief } from './expectedBelief.js';
import { explainAuditVerdict } from './explainAuditVerdict.js';
import type { Mention, Placement, Verdict } from './types.js';
import { VERDICT_SEVERITY, countVerdict, verdictRank } from './vocabulary.js';

/** `moreSeriousBelief(current, { verdict, belief })` would pick the new pair (without building it). */
function isMoreSerious(verdict: Verdict, belief: ExpectedBelief, current: VerdictBelief): boolean {
  const byVerdict = verdictRank(verdict) - verdictRank(current.verdict);
  return byVerdict > 0 || (byVerdict === 0 && belief.value > current.belief.value);
}

/** Settings of {@link createAuditReportBuilder}. */
export interface AuditReportBuilderOptions {
  claims?: readonly Claim[];
  /** Examples kept per claim and per unattached topic (default 3). */
  maxExamples?: number;
  /** Invalid entries listed in the report (all are counted; default 1000). */
  maxInvalidListed?: number;
}

/** What {@link expectedBelief} gives a claim a record does not mention (a shared, frozen object). */
const NOT_MENTIONED_BELIEF = expectedBelief({ verdict: 'none', placements: { local: 0, adjacent: 0, framing: 0, unqualified: 0 }, qualifiers: {} });

const zeroVerdicts = (): VerdictCounts => ({ 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0 });
const zeroPlacements = (): PlacementCounts => ({ local: 0, adjacent: 0, framing: 0, unqualified: 0 });
// Every field from the start, `belief` and `context` too: added later, one tally at a time, they
// changed the tallies' hidden class under optimised code (addCounts, addResult, auditSegments's
// callbacks: `--trace-deopt` "code dependencies"), which each thread then compiled again.
const newTally = (): Tally => ({ records: zeroVerdicts(), mentions: 0, placements: zeroPlacements(), qualifiers: {}, belief: undefined, context: undefined, examples: [] });

// Examples that show the risk come first: a non-local qualifier is what the report warns about.
const PLACEMENT_STRENGTH: Record<Placement, number> = { adjacent: 3, framing: 3, unqualified: 2, local: 1 };
/** `PLACEMENT_STRENGTH[placement]` by comparisons: asked twice per mention (see `verdictRank` for why). */
function placementStrength(placement: Placement): number {
  return placement === 'unqualified' ? 2 : placement === 'local' ? 1 : placement === 'adjacent' || placement === 'framing' ? 3 : PLACEMENT_STRENGTH[placement];
}

function moreSerious(a: Verdict, b: Verdict): Verdict {
  return VERDICT_SEVERITY.indexOf(a) <= VERDICT_SEVERITY.indexOf(b) ? a : b;
}

/**
 * Aggregates per-record results into an {@link AuditReportData} (Inspect-style: records are scored
 * one by one, aggregation is separate). Memory is bounded: only counts and the top examples are kept.
 * `auditDataset()` uses it; use it yourself to aggregate a filtered `auditRecords()` stream.
 *
 * @example
 * ```ts
 * const builder = createAuditReportBuilder({ claims });
 * const startedAt = new Date();
 * for await (const r of auditRecords('train.jsonl', { claims })) if (r.source.endsWith('.jsonl')) builder.addResult(r);
 * const report = toAuditReport(builder.finish({ startedAt, finishedAt: new Date(), workers: 1 }));
 * ```
 */
export function createAuditReportBuilder(options: AuditReportBuilderOptions = {}) {
  const maxExamples = options.maxExamples ?? 3;
  const maxInvalidListed = options.maxInvalidListed ?? 1000;
  const statements = new Map<string, string>();
  for (const claim of options.claims ?? []) statements.set(claim.id, claim.statement);
  const claimTallies = new Map<string, Tally>();
  /** An empty tally for every claim given up front (claims met later get theirs when first seen). */
  const tallyGivenClaims = () => {
    claimTallies.clear();
    for (const claim of options.claims ?? []) claimTallies.set(claim.id, newTally());
  };
  tallyGivenClaims();
  const topics = new Map<string, TopicTally>();
  /** The tally of a claim or of a notice's topic, created when first met. */
  const claimTally = (claimId: string): Tally => {
    let tally = claimTallies.get(claimId);
    if (!tally) claimTallies.set(claimId, (tally = newTally()));
    return tally;
  };
  const topicTally = (topic: string): TopicTally => {
    let tally = topics.get(topic);
    if (!tally) topics.set(topic, (tally = { ...newTally(), samples: [] }));
    return tally;
  };
  const byVerdict = zeroVerdicts();
  const sources: SourceStats[] = [];
  const formats = new Map<string, string>();
  const invalid: InvalidRecord[] = [];
  const readErrors: InvalidRecord[] = [];
  const warnings: string[] = [];
  let invalidCount = 0;
  let records = 0;
  let audited = 0;

  /** Offers a record's mention as an example; built only when it can make the list (hot path). */
  const offerExample = (tally: Tally, result: AuditedRecord, m: Mention) => {
    const list = tally.examples;
    const strength = placementStrength(m.placement) + m.score;
    // The list is sorted strongest first: a mention no stronger than its weakest entry cannot get in
    // (nor replace an entry of the same record, which is at least as strong as the weakest).
    if (maxExamples === 0 || (list.length >= maxExamples && list[list.length - 1]!.strength >= strength)) return;
    keepExample(tally, toExample(result, m));
  };

  const keepExample = (tally: Tally, example: AuditExample) => {
    const strength = placementStrength(example.placement) + example.score;
    const list = tally.examples;
    // One example per record keeps the list informative.
    const same = list.findIndex((r) => r.example.record === example.record);
    if (same !== -1) {
      if (list[same]!.strength >= strength) return;
      list.splice(same, 1);
    }
    if (list.length >= maxExamples && list[list.length - 1]!.strength >= strength) return;
    // After the entries at least as strong (as a stable sort would put it); `sort` copies the list.
    let at = list.length;
    while (at > 0 && list[at - 1]!.strength < strength) at--;
    list.splice(at, 0, { strength, example });
    if (list.length > maxExamples) list.pop();
  };

  const toExample = (r: AuditedRecord, m: Mention): AuditExample => ({
    record: r.record,
    source: r.source,
    line: formats.get(r.source) === 'text' ? r.line + m.line - 1 : r.line,
    segment: m.segment,
    role: m.role,
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    placement: m.placement,
    qualifier: m.qualifier,
    cue: m.cue ? m.cue.text : null,
    score: m.score,
  });

  const addContext = (tally: Tally, context: { subject: number; setting: number }) => {
    tally.context ??= { subject: 0, setting: 0 };
    tally.context.subject += context.subject;
    tally.context.setting += context.setting;
  };

  const addCounts = (tally: Tally, finding: AuditedRecord['claims'][number]) => {
    countVerdict(tally.records, finding.verdict);
    tally.mentions += finding.mentions;
    // Compared before building the pair: most findings are not more serious than the tally's.
    const current = tally.belief;
    if (current === undefined || isMoreSerious(finding.verdict, finding.expectedBelief, current)) {
      tally.belief = { verdict: finding.verdict, belief: finding.expectedBelief };
    }
    if (finding.context !== undefined) addContext(tally, finding.context);
    // Field by field, no key arrays: this runs for every record with a finding.
    const into = tally.placements;
    const from = finding.placements;
    into.local += from.local;
    into.adjacent += from.adjacent;
    into.framing += from.framing;
    into.unqualified += from.unqualified;
    const qualifiers = finding.qualifiers as QualifierCounts;
    for (const kind in qualifiers) {
      const n = qualifiers[kind as keyof QualifierCounts];
      if (n !== undefined) tally.qualifiers[kind as keyof QualifierCounts] = (tally.qualifiers[kind as keyof QualifierCounts] ?? 0) + n;
    }
  };

  const mergeTally = (into: Tally, from: Tally, shift: (e: AuditExample) => AuditExample) => {
    for (const v of Object.keys(into.records) as (keyof VerdictCounts)[]) into.records[v] += from.records[v];
    into.mentions += from.mentions;
    if (from.belief !== undefined) into.belief = moreSeriousBelief(into.belief, from.belief);
    if (from.context !== undefined) addContext(into, from.context);
    for (const p of Object.keys(into.placements) as Placement[]) into.placements[p] += from.placements[p];
    for (const [kind, n] of Object.entries(from.qualifiers) as [keyof QualifierCounts, number][]) {
      into.qualifiers[kind] = (into.qualifiers[kind] ?? 0) + n;
    }
    // Same top-k rule as record by record, so merging chunk tops in order gives the same examples.
    for (const r of from.examples) keepExample(into, shift(r.example));
  };

  /** Adds a partial aggregate; `source` replaces the sources of its examples and samples when given. */
  const mergePartial = (partial: AuditPartial, shift: (e: AuditExample) => AuditExample, recordOffset: number, source?: string) => {
    records += partial.records;
    audited += partial.audited;
    for (const v of Object.keys(byVerdict) as (keyof VerdictCounts)[]) byVerdict[v] += partial.byVerdict[v];
    for (const [claimId, tally] of partial.claims) {
      mergeTally(claimTally(claimId), tally, shift);
    }
    for (const [topic, tally] of partial.topics) {
      const into = topicTally(topic);
      mergeTally(into, tally, shift);
      for (const s of tally.samples) {
        if (into.samples.length < maxExamples) into.samples.push({ record: s.record + recordOffset, source: source ?? s.source, line: s.line });
      }
    }
  };

  return {
    /**
     * @internal Whether an example of `claimId` with this placement and score could still enter
     * its list (the auditor skips building the others; see `AuditSegmentsOptions.wantsExample`).
     */
    wantsExample(claimId: string, placement: Placement, score: number): boolean {
      const list = claimTallies.get(claimId)?.examples;
      if (maxExamples === 0) return false;
      return list === undefined || list.length < maxExamples || list[list.length - 1]!.strength < placementStrength(placement) + score;
    },
    /**
     * @internal Counts a record that names claim `claimId` only in context sentences, exactly as
     * {@link addResult} counts that record's context-only finding (see `AuditSegmentsOptions.onContextOnly`).
     */
    countContext(claimId: string, subject: number, setting: number): void {
      const tally = claimTally(claimId);
      tally.records.none++;
      if (tally.belief === undefined) tally.belief = { verdict: 'none', belief: NOT_MENTIONED_BELIEF };
      tally.context ??= { subject: 0, setting: 0 };
      tally.context.subject += subject;
      tally.context.setting += setting;
    },
    /**
     * @internal Forgets every record, source, warning and invalid entry added, keeping the claims it
     * was created with, as a new builder would. For a builder reused batch after batch
     * (`auditChunkSummary`): its methods stay the same functions, so the auditor's optimised code that
     * calls `wantsExample` and `countContext` is not deoptimised by each batch's new closures. A
     * {@link snapshot} taken before keeps its values.
     */
    reset() {
      tallyGivenClaims();
      topics.clear();
      for (const v of Object.keys(byVerdict) as (keyof VerdictCounts)[]) byVerdict[v] = 0;
      sources.length = 0;
      formats.clear();
      invalid.length = 0;
      readErrors.length = 0;
      warnings.length = 0;
      invalidCount = 0;
      records = 0;
      audited = 0;
    },
    /** @internal Everything aggregated so far, as plain data (see {@link AuditPartial}). */
    snapshot(): AuditPartial {
      return { records, audited, byVerdict: { ...byVerdict }, claims: [...claimTallies], topics: [...topics] };
    },
    /** @internal Adds a partial aggregate whose record indexes start at `recordOffset` in `source`. */
    merge(partial: AuditPartial, recordOffset: number, source: string) {
      mergePartial(partial, (e) => ({ ...e, record: e.record + recordOffset, source }), recordOffset, source);
    },
    /** Remembers how a source is parsed (text files report sentence lines). */
    sourceFormat(source: string, format: string) {
      formats.set(source, format);
    },
    /**
     * @internal Everything this builder holds, as plain data that {@link importPart} adds to another
     * builder (a shard's share of a dataset, merged later by `mergeAuditReports`).
     */
    exportPart(): AuditPart {
      return {
        partial: this.snapshot(),
        invalid: invalid.map((e) => ({ ...e })),
        invalidCount,
        readErrors: readErrors.map((e) => ({ ...e })),
        sources: sources.map((x) => ({ ...x, byVerdict: { ...x.byVerdict } })),
        formats: [...formats],
        warnings: [...warnings],
      };
    },
    /**
     * @internal Adds a part exported by another builder whose record indexes start at `recordOffset`
     * here. Parts added in input order give exactly what one builder fed every record would: the
     * example lists keep the same top-k rule, and statistics of consecutive shares of one file are summed.
     */
    importPart(part: AuditPart, recordOffset: number) {
      for (const [source, format] of part.formats) formats.set(source, format);
      const shift = (e: AuditExample): AuditExample => ({ ...e, record: e.record + recordOffset });
      mergePartial(part.partial, shift, recordOffset);
      for (const entry of part.invalid) {
        if (invalid.length < maxInvalidListed) invalid.push(entry.record === undefined ? { ...entry } : { ...entry, record: entry.record + recordOffset });
      }
      invalidCount += part.invalidCount;
      for (const entry of part.readErrors) readErrors.push({ ...entry });
      for (const stats of part.sources) {
        const last = sources[sources.length - 1];
        if (last && last.source === stats.source) {
          last.bytes += stats.bytes;
          last.records += stats.records;
          last.invalid += stats.invalid;
          last.blankLines += stats.blankLines;
          last.crlfLines += stats.crlfLines;
          for (const v of Object.keys(last.byVerdict) as Verdict[]) last.byVerdict[v] += stats.byVerdict[v];
        } else sources.push({ ...stats, byVerdict: { ...stats.byVerdict } });
      }
      for (const w of part.warnings) if (!warnings.includes(w)) warnings.push(w);
    },
    addResult(result: RecordAuditResult) {
      records++;
      if ('error' in result) {
        this.addInvalid({
          file: result.source,
          line: result.line,
          reason: result.error,
          ...(result.field !== undefined ? { field: result.field } : {}),
          record: result.record,
        });
        return;
      }
      audited++;
      countVerdict(byVerdict, result.verdict);
      for (const finding of result.claims) {
        if (finding.claimId === null) {
          const tally = topicTally(finding.topic ?? 'unspecified notice');
          addCounts(tally, finding);
          if (tally.samples.length < maxExamples) tally.samples.push({ record: result.record, source: result.source, line: result.line });
          for (const m of finding.examples) offerExample(tally, result, m);
          continue;
        }
        const tally = claimTally(finding.claimId);
        addCounts(tally, finding);
        for (const m of finding.examples) offerExample(tally, result, m);
      }
    },
    addInvalid(entry: InvalidRecord) {
      invalidCount++;
      if (invalid.length < maxInvalidListed) invalid.push(inSchemaOrder(entry));
    },
    /** A source that could not be read to its end (also counted and listed as invalid through `addInvalid`). */
    addReadError(entry: InvalidRecord) {
      readErrors.push(inSchemaOrder(entry));
    },
    addSource(stats: SourceStats) {
      sources.push(sourceInSchemaOrder(stats));
    },
    addWarning(message: string) {
      if (!warnings.includes(message)) warnings.push(message);
    },
    finish(timing: { startedAt: Date; finishedAt: Date; workers: number }): AuditReportData {
      const claims: ClaimAudit[] = [];
      for (const [claimId, tally] of claimTallies) {
        // Records that never mention the claim count as `none` for it.
        const mentioned = tally.records['neglect-risk'] + tally.records.asserts + tally.records['negated-locally'] + tally.records.none;
        tally.records.none += audited - mentioned;
        let verdict: Verdict = 'none';
        for (const v of VERDICT_SEVERITY) if (v !== 'none' && tally.records[v] > 0) verdict = moreSerious(verdict, v);
        const statement = statements.get(claimId);
        claims.push({
          claimId,
          ...(statement !== undefined ? { statement } : {}),
          verdict,
          records: tally.records,
          mentions: tally.mentions,
          placements: tally.placements,
          qualifiers: tally.qualifiers,
          expectedBelief: tally.belief?.belief ?? expectedBelief({ verdict, placements: tally.placements, qualifiers: tally.qualifiers }),
          ...(tally.context !== undefined ? { context: tally.context } : {}),
          explanation: explainAuditVerdict({ verdict, records: tally.records, placements: tally.placements, qualifiers: tally.qualifiers }),
          examples: tally.examples.map((r) => r.example),
        });
      }
      claims.sort((a, b) => VERDICT_SEVERITY.indexOf(a.verdict) - VERDICT_SEVERITY.indexOf(b.verdict) || b.mentions - a.mentions);
      const unattached: UnattachedNoticeGroup[] = [...topics]
        .map(([topic, tally]) => ({
          topic,
          records: tally.records['neglect-risk'] + tally.records.asserts + tally.records['negated-locally'] + tally.records.none,
          placements: tally.placements,
          qualifiers: tally.qualifiers,
          expectedBelief: tally.belief?.belief ?? expectedBelief({ verdict: 'neglect-risk', placements: tally.placements, qualifiers: tally.qualifiers }),
          explanation: explainAuditVerdict({
            verdict: 'neglect-risk',
            records: tally.records,
            placements: tally.placements,
            qualifiers: tally.qualifiers,
            unattachedTopic: topic,
          }),
          examples: tally.examples.map((r) => r.example),
          sampleRecords: tally.samples,
        }))
        .sort((a, b) => b.records - a.records);
      let verdict: Verdict = 'none';
      for (const v of VERDICT_SEVERITY) if (byVerdict[v] > 0) verdict = moreSerious(verdict, v);
      const bytes = sources.reduce((s, x) => s + x.bytes, 0);
      const durationMs = Math.max(0, timing.finishedAt.getTime() - timing.startedAt.getTime());
      return {
        schemaVersion: 1,
        verdict,
        totals: {
          records,
          audited,
          bytes,
          invalid: invalidCount,
          blankLines: sources.reduce((s, x) => s + x.blankLines, 0),
          byVerdict,
        },
        sources,
        claims,
        unattached,
        invalid,
        invalidOmitted: invalidCount - invalid.length,
        readErrors,
        warnings,
        timing: {
          startedAt: timing.startedAt.toISOString(),
          finishedAt: timing.finishedAt.toISOString(),
          durationMs,
          megabytesPerSecond: durationMs > 0 ? Math.round((bytes / 1e6 / (durationMs / 1000)) * 100) / 100 : 0,
          workers: timing.workers,
        },
      };
    },
  };
}

// Keys in the order of the report's schema, which is the order a report read back from JSON (and
// so a merged one) has: a single run's JSON and a merged run's JSON then differ only in timing.
function inSchemaOrder(e: InvalidRecord): InvalidRecord {
  return { file: e.file, line: e.line, reason: e.reason, ...(e.field !== undefined ? { field: e.field } : {}), ...(e.record !== undefined ? { record: e.record } : {}) };
}
function sourceInSchemaOrder(x: SourceStats): SourceStats {
  return {
    source: x.source,
    format: x.format,
    ...(x.compression !== undefined ? { compression: x.compression } : {}),
    bytes: x.bytes,
    records: x.records,
    invalid: x.invalid,
    blankLines: x.blankLines,
    bom: x.bom,
    crlfLines: x.crlfLines,
    byVerdict: { ...x.byVerdict },
  };
}

/** The aggregator returned by {@link createAuditReportBuilder}. */
export type AuditReportBuilder = ReturnType<typeof createAuditReportBuilder>;
