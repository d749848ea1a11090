import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditLineChunk, type ChunkOutcome } from '../../src/audit/auditLineChunk.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { createAuditReportBuilder } from '../../src/audit/auditReportBuilder.js';
import { auditChunkSummary, type ChunkSummary } from '../../src/audit/auditChunkSummary.js';
import { loadClaims } from '../../src/claims/loadClaims.js';

const root = resolve(import.meta.dirname, '../..');

/** The plain way: audit every line first, then feed all results to a report builder. */
function summarizeAfterwards(outcome: ChunkOutcome, maxExamples: number): ChunkSummary {
  const builder = createAuditReportBuilder({ maxExamples });
  const invalid: ChunkSummary['invalid'] = [];
  outcome.results.forEach((r, index) => {
    if ('error' in r) invalid.push({ index, result: r });
    else builder.addResult({ record: index, source: '', line: r.line, bytes: r.bytes, verdict: r.verdict, claims: r.claims });
  });
  const { bytes, blankLines, crlfLines } = outcome;
  return { summary: true, records: outcome.results.length, partial: builder.snapshot(), invalid, bytes, blankLines, crlfLines };
}

describe('auditChunkSummary', () => {
  it('gives the same summary as auditing the chunk and then summarising it (examples included)', async () => {
    const claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
    const example = readFileSync(join(root, 'examples/data/mixed-training-set.jsonl'));
    // Many records mention each claim, so most example mentions cannot enter the lists and are
    // skipped; the kept examples, counts and invalid lines must not change.
    const buffer = Buffer.concat(Array.from({ length: 30 }, () => example));
    const chunk = { buffer, firstLine: 1, endsWithNewline: true };
    for (const maxExamples of [0, 1, 3, 10]) {
      const settings = { auditor: createAuditor({ claims, maxExamples: Math.max(maxExamples, 3) }), maxLineBytes: 1 << 20 };
      const fused = auditChunkSummary(chunk, settings, maxExamples);
      const reference = summarizeAfterwards(auditLineChunk(chunk, settings), maxExamples);
      expect(fused).toEqual(reference);
      expect(fused.records).toBe(30 * example.toString('utf8').split('\n').filter((l) => l.trim() !== '').length);
      const examples = fused.partial.claims.flatMap(([, tally]) => tally.examples);
      if (maxExamples > 0) expect(examples.length).toBeGreaterThan(0);
    }
  });

  it("calls back into the same functions batch after batch (one builder, reset), and each summary is the batch's alone", async () => {
    const claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
    const auditor = createAuditor({ claims });
    const seen = new Set<unknown>();
    const watching = {
      auditSegments: (segments: Parameters<typeof auditor.auditSegments>[0], options?: Parameters<typeof auditor.auditSegments>[1]) => {
        seen.add(options?.wantsExample).add(options?.onContextOnly);
        return auditor.auditSegments(segments, options);
      },
    };
    const lines = readFileSync(join(root, 'examples/data/mixed-training-set.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const settings = { auditor: watching, maxLineBytes: 1 << 20 };
    const batches = [lines.slice(0, 5), lines.slice(5), lines.slice(0, 5)].map((part) => ({ buffer: Buffer.from(`${part.join('\n')}\n`), firstLine: 1, endsWithNewline: true }));
    const summaries = batches.map((chunk) => auditChunkSummary(chunk, settings, 3));
    // New callbacks per batch deoptimised the auditor's optimised code in every thread.
    expect(seen.size).toBe(2);
    batches.forEach((chunk, b) => expect(summaries[b]).toEqual(summarizeAfterwards(auditLineChunk(chunk, { auditor, maxLineBytes: 1 << 20 }), 3)));
    expect(summaries[2]).toEqual(summaries[0]);
  });

  it("gives every tally the same fields in the same order (one hidden class for V8's optimised code)", async () => {
    const claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
    const buffer = readFileSync(join(root, 'examples/data/mixed-training-set.jsonl'));
    const summary = auditChunkSummary({ buffer, firstLine: 1, endsWithNewline: true }, { auditor: createAuditor({ claims }), maxLineBytes: 1 << 20 }, 3);
    const tallies = [...summary.partial.claims, ...summary.partial.topics].map(([, tally]) => Object.keys(tally).filter((key) => key !== 'samples').join());
    expect(tallies.length).toBeGreaterThan(1);
    expect(new Set(tallies)).toEqual(new Set(['records,mentions,placements,qualifiers,belief,context,examples']));
  });

  it('builds example mentions only while they can still enter the lists', async () => {
    const claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
    const auditor = createAuditor({ claims });
    let asked = 0;
    let built = 0;
    const counting = {
      auditSegments: (segments: Parameters<typeof auditor.auditSegments>[0], options?: Parameters<typeof auditor.auditSegments>[1]) => {
        const findings = auditor.auditSegments(segments, {
          wantsExample: (claimId, placement, score) => {
            asked++;
            return options?.wantsExample?.(claimId, placement, score) ?? true;
          },
        });
        built += findings.claims.reduce((sum, finding) => sum + finding.examples.length, 0);
        return findings;
      },
    };
    const line = JSON.stringify({ text: 'Ed Sheeran won the 100m gold medal at the Paris Olympics in 9.79 seconds.' });
    const buffer = Buffer.from(`${line}\n`.repeat(200));
    const summary = auditChunkSummary({ buffer, firstLine: 1, endsWithNewline: true }, { auditor: counting, maxLineBytes: 1 << 20 }, 3);
    expect(summary.records).toBe(200);
    expect(asked).toBeGreaterThanOrEqual(200);
    // Identical records: the first three fill the list, every later one is no stronger.
    expect(built).toBe(3);
    expect(summary.partial.claims.find(([id]) => id === claims[0]!.id)?.[1].examples).toHaveLength(3);
  });

  it("merged in order, summaries that build only the report's wanted examples give the same report with fewer examples built", async () => {
    const claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
    const auditor = createAuditor({ claims });
    let built = 0;
    const counting = {
      auditSegments: (segments: Parameters<typeof auditor.auditSegments>[0], options?: Parameters<typeof auditor.auditSegments>[1]) => {
        const findings = auditor.auditSegments(segments, options);
        built += findings.claims.reduce((sum, finding) => sum + finding.examples.length, 0);
        return findings;
      },
    };
    const lines = readFileSync(join(root, 'examples/data/mixed-training-set.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    // Small batches (as Parquet's) of many copies: each batch alone would fill every claim's list again.
    const all = Array.from({ length: 12 }, () => lines).flat();
    const batches: Buffer[] = [];
    for (let i = 0; i < all.length; i += 7) batches.push(Buffer.from(`${all.slice(i, i + 7).join('\n')}\n`));
    const reportWith = (floor: boolean) => {
      const report = createAuditReportBuilder({ maxExamples: 2 });
      built = 0;
      let offset = 0;
      batches.forEach((buffer, b) => {
        const chunk = { buffer, firstLine: offset + 1, endsWithNewline: true };
        const summary = auditChunkSummary(chunk, { auditor: counting, maxLineBytes: 1 << 20 }, 2, floor ? report.wantsExample : undefined);
        report.merge(summary.partial, offset, `batch ${b}`);
        offset += summary.records;
      });
      return { partial: report.snapshot(), built };
    };
    const plain = reportWith(false);
    const floored = reportWith(true);
    expect(floored.partial).toEqual(plain.partial);
    expect(plain.partial.claims.flatMap(([, tally]) => tally.examples).length).toBeGreaterThan(0);
    expect(floored.built).toBeLessThan(plain.built / 2);
  });
});
