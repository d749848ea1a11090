import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditDataset } from '../../src/audit/auditDataset.js';
import { AuditReportSchema, type AuditReportData } from '../../src/audit/auditReport.js';
import { mergeAuditReports } from '../../src/audit/mergeAuditReports.js';
import { alignLineRange } from '../../src/audit/datasetSource.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import type { Claim } from '../../src/claims/claim.js';
import { runCliCaptured } from '../helpers/cliIO.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'nn-shard-'));
const data = join(dir, 'data');
const claimsPath = join(root, 'examples/data/claims.yaml');
let claims: Claim[];

beforeAll(async () => {
  claims = await loadClaims(claimsPath);
  mkdirSync(join(data, 'more'), { recursive: true });
  const example = readFileSync(join(root, 'examples/data/mixed-training-set.jsonl'), 'utf8');
  // A large JSONL (split between shards at splitBytes 20 000), with the example's bad lines; a
  // gzip file; a JSON array; a text document; Parquet; a truncated gzip (a read error).
  writeFileSync(join(data, 'a-large.jsonl'), example.repeat(25));
  writeFileSync(join(data, 'b.jsonl.gz'), gzipSync(example));
  const records = example.split('\n').filter((l) => l.startsWith('{"text"')).slice(0, 12);
  writeFileSync(join(data, 'c.json'), `[\n${records.join(',\n')}\n]\n`);
  writeFileSync(join(data, 'more', 'd.txt'), 'A calm report.\nThe next sentence is false. Mount Vesuvius erupted in 2015.\nThis article is satire.\n');
  const texts = records.map((r) => (JSON.parse(r) as { text: string }).text);
  writeFileSync(join(data, 'more', 'e.parquet'), Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: texts }], rowGroupSize: 5 })));
  const gz = gzipSync(example.repeat(3));
  writeFileSync(join(data, 'more', 'f-cut.jsonl.gz'), gz.subarray(0, gz.length >> 1));
});

/** Everything but timing (and the shard section a merged report does not have). */
function comparable(report: AuditReportData) {
  const { timing: _timing, shard: _shard, ...rest } = report;
  return rest;
}

const roundTrip = (report: AuditReportData): AuditReportData => AuditReportSchema.parse(JSON.parse(JSON.stringify(report)));

describe('--shard and merge', () => {
  it('line ranges tile a file: every line once, with its own number', async () => {
    const path = join(data, 'a-large.jsonl');
    const size = readFileSync(path).length;
    const cuts = [0, 1, 4999, 5000, 77_777, size - 1, size];
    const ranges = await Promise.all(cuts.slice(0, -1).map((start, i) => alignLineRange(path, { start, end: cuts[i + 1]! })));
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.range.start).toBe(ranges[i - 1]!.range.end);
    const text = readFileSync(path, 'utf8');
    for (const r of ranges) expect(r.firstLine).toBe(text.slice(0, r.range.start).split('\n').length);
  });

  it('the merged shard reports equal a single run, field by field, for 1, 2, 3 and 7 shards', async () => {
    // Many examples: later pieces' examples make the lists, so their record indexes are checked too.
    for (const [maxInvalidListed, maxExamples] of [[1000, 60], [3, 2]] as const) {
      const singleReport = await auditDataset(data, { claims, maxInvalidListed, maxExamples });
      const single = roundTrip(singleReport);
      if (maxExamples > 2) expect(Math.max(...single.claims.flatMap((c) => c.examples.map((e) => e.record)))).toBeGreaterThan(300);
      expect(single.readErrors).toHaveLength(1);
      expect(single.totals.invalid).toBeGreaterThan(50);
      for (const count of [1, 2, 3, 7]) {
        const shards: AuditReportData[] = [];
        for (let index = count - 1; index >= 0; index--) {
          shards.push(roundTrip(await auditDataset(data, { claims, maxInvalidListed, maxExamples, shard: { index, count }, splitBytes: 20_000 })));
        }
        if (count > 1) expect(new Set(shards.map((s) => s.totals.records)).size).toBeGreaterThan(1);
        const merged = mergeAuditReports(shards);
        expect(merged.shard).toBeUndefined();
        const a = comparable(merged);
        const b = comparable(single);
        // Field by field, so a difference names its field.
        for (const key of Object.keys(b) as (keyof typeof b)[]) expect({ [key]: a[key] }).toEqual({ [key]: b[key] });
        expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
        // And as JSON text, key order included: \`diff single.json merged.json\` shows only timing.
        expect(JSON.stringify(comparable(merged), null, 1)).toBe(JSON.stringify(comparable(singleReport), null, 1));
      }
    }
  });

  it('refuses an incomplete, repeated or mixed set of shards', async () => {
    const s1 = await auditDataset(data, { claims, shard: { index: 0, count: 2 }, splitBytes: 20_000 });
    const s2 = await auditDataset(data, { claims, shard: { index: 1, count: 2 }, splitBytes: 20_000 });
    const other = await auditDataset(data, { claims, shard: { index: 1, count: 3 }, splitBytes: 20_000 });
    expect(() => mergeAuditReports([s1])).toThrow('missing 2/2');
    expect(() => mergeAuditReports([s1, s1, s2])).toThrow('each shard once');
    expect(() => mergeAuditReports([s1, other])).toThrow('a shard of the same 2-way cut');
    const whole = await auditDataset(join(data, 'b.jsonl.gz'), { claims });
    expect(() => mergeAuditReports([whole])).toThrow('a shard report');
  });

  it('CLI: audit --shard K/N and --shard auto (JOB_COMPLETION_INDEX), then merge with --fail-on', async () => {
    const outs: string[] = [];
    for (let k = 0; k < 3; k++) {
      const out = join(dir, `shard-${k}.json`);
      const args = [data, '--claims', claimsPath, '--format', 'json', '--out', out, '--split-bytes', '20000'];
      const run = k === 2 ? await cli([...args, '--shard', 'auto', '--shard-count', '3'], { JOB_COMPLETION_INDEX: '2' }) : await cli([...args, '--shard', `${k + 1}/3`]);
      // Every shard that holds the truncated file says so; the others pass.
      expect([0, 2]).toContain(run.code);
      outs.push(out);
    }
    const merged = await cli(['merge', ...outs, '--format', 'json'], {}, true);
    expect(merged.code).toBe(2); // the truncated gzip file: read error
    const single = await auditDataset(data, { claims });
    expect(comparable(roundTrip(JSON.parse(merged.stdout) as AuditReportData))).toEqual(comparable(roundTrip(single)));
    const gated = await cli(['merge', ...outs.slice(0, 2)], {}, true);
    expect(gated.code).toBe(2);
    expect(gated.stderr).toContain('missing 3/3');
    expect((await cli([data, '--shard', '4/3'])).stderr).toContain('Expected `--shard` to be K/N');
    expect((await cli([data, '--shard', 'auto', '--shard-count', '3'])).stderr).toContain('JOB_COMPLETION_INDEX (0 to 2): it is not set');
    expect((await cli([data, '--shard', 'auto', '--shard-count', '3'], { JOB_COMPLETION_INDEX: '3' })).stderr).toContain('JOB_COMPLETION_INDEX (0 to 2): got `3`');
  });
});

describe('merge of shards that read nothing', () => {
  it('a shard of empty inputs passes as a job; the merge of shards that all read nothing exits 2', async () => {
    const empty = join(dir, 'empty-inputs');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'a.jsonl'), '');
    writeFileSync(join(empty, 'b.jsonl'), 'not json\n');
    const outs: string[] = [];
    for (let k = 1; k <= 3; k++) {
      const out = join(dir, `empty-shard-${k}.json`);
      const run = await cli([empty, '--claims', claimsPath, '--format', 'json', '--out', out, '--shard', `${k}/3`, '--fail-on', 'neglect-risk']);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('this shard audited no record');
      outs.push(out);
    }
    const merged = await cli(['merge', ...outs, '--fail-on', 'neglect-risk'], {}, true);
    expect(merged.code).toBe(2);
    expect(merged.stdout).toMatch(/^Negation Neglect audit: NOTHING AUDITED/);
    expect(merged.stderr).toContain('no record was audited');
    expect(merged.stderr).toContain(`${join(empty, 'a.jsonl')}: empty file: no records`);
    expect(merged.stderr).toContain(`${join(empty, 'b.jsonl')}: 1 record(s), all invalid`);
    // The library's merge reads the same: nothing audited, as one run over the same inputs.
    const reports = [];
    for (let index = 0; index < 3; index++) reports.push(await auditDataset(empty, { claims, shard: { index, count: 3 } }));
    const whole = await auditDataset(empty, { claims });
    expect(mergeAuditReports(reports).totals).toEqual(whole.totals);
    expect(whole.totals.audited).toBe(0);
    expect(mergeAuditReports(reports).toString()).toMatch(/^Negation Neglect audit: NOTHING AUDITED/);
  });
});

function cli(args: string[], env: NodeJS.ProcessEnv = {}, raw = false) {
  return runCliCaptured(raw ? args : ['audit', ...args], { env });
}
