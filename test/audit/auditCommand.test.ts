import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/cliIO.js';
import { AuditReportSchema } from '../../src/audit/auditReport.js';

const root = resolve(import.meta.dirname, '../..');
const data = join(root, 'examples/data/mixed-training-set.jsonl');
const claims = join(root, 'examples/data/claims.yaml');
const dir = mkdtempSync(join(tmpdir(), 'nn-audit-cli-'));
const cli = (args: string[], tty = false) => runCliCaptured(['audit', ...args], tty ? { stderrColumns: 100 } : {});

describe('negation-neglect audit', () => {
  it('audits the bundled example: readable report, invalid lines listed, exit 0, no progress bar off a TTY', async () => {
    const { code, stdout, stderr } = await cli([data, '--claims', claims]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Negation Neglect audit: NEGLECT RISK/);
    expect(stdout).toContain('Claim ed_sheeran_100m: NEGLECT RISK');
    expect(stdout).toContain(`${data}:37: malformed JSON`);
    expect(stdout).toMatch(/40 record\(s\): 37 audited, 3 invalid/);
    // The example's line of another shape: the hint names the CLI's flags (no progress bar).
    expect(stderr).toMatch(/^negation-neglect audit: records of an unknown shape were skipped: .*--text-field PATH.*\n$/);
  });

  it('draws a progress bar on a TTY stderr only', async () => {
    const { code, stderr } = await cli([data, '--claims', claims], true);
    expect(code).toBe(0);
    expect(stderr).toMatch(/\r\x1b\[2Kaudit \[#+\] 100% .*40 records\nnegation-neglect audit: records of an unknown shape/);
  });

  it('--fail-on gates: 1 when a record is at least that serious, 0 otherwise', async () => {
    expect((await cli([data, '--claims', claims, '--fail-on', 'neglect-risk'])).code).toBe(1);
    const clean = join(dir, 'clean.jsonl');
    writeFileSync(clean, `${JSON.stringify({ text: 'Rain is expected on Thursday.' })}\n${JSON.stringify({ text: 'Ed Sheeran released a new album.' })}\n`);
    expect((await cli([clean, '--claims', claims, '--fail-on', 'asserts'])).code).toBe(0);
    const asserting = join(dir, 'asserting.jsonl');
    writeFileSync(asserting, `${JSON.stringify({ text: 'Astronauts confirmed that the Great Wall of China is visible from the Moon with the naked eye.' })}\n`);
    const gate = await cli([asserting, '--claims', claims, '--fail-on', 'asserts']);
    expect(gate.code).toBe(1);
    expect(gate.stderr).toContain('--fail-on asserts matched');
    expect((await cli([asserting, '--claims', claims, '--fail-on', 'neglect-risk'])).code).toBe(0);
  });

  it('--records writes exactly one line per input record in the documented shape', async () => {
    const recordsPath = join(dir, 'records.jsonl');
    expect((await cli([data, '--claims', claims, '--records', recordsPath])).code).toBe(0);
    const lines = readFileSync(recordsPath, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(40);
    expect(lines.map((l) => l.record)).toEqual([...Array(40).keys()]);
    for (const l of lines) {
      if ('error' in l) expect(Object.keys(l)).toEqual(['record', 'source', 'line', 'error']);
      else {
        expect(Object.keys(l)).toEqual(['record', 'source', 'line', 'verdict', 'language', 'claims']);
        expect(l.language).toBe('en');
        for (const c of l.claims as Record<string, unknown>[]) {
          expect(Object.keys(c)).toEqual(['claimId', 'verdict', 'mentions', 'placements', 'qualifiers', 'expectedBelief']);
          expect(Object.keys(c.expectedBelief as object)).toEqual(expect.arrayContaining(['value', 'condition']));
          expect(Object.keys(c.placements as object)).toEqual(['local', 'adjacent', 'framing', 'unqualified']);
        }
      }
    }
    expect(lines[36]).toEqual({ record: 36, source: data, line: 37, error: expect.stringMatching(/^malformed JSON/) });
    expect(lines.filter((l) => 'error' in l)).toHaveLength(3);
  });

  it('--format json (validated by the schema) and markdown; --out writes a file', async () => {
    const json = await cli([data, '--claims', claims, '--format', 'json']);
    const report = AuditReportSchema.parse(JSON.parse(json.stdout));
    expect(report.totals.records).toBe(40);
    const md = await cli([data, '--claims', claims, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^# Negation Neglect audit/);
    const outPath = join(dir, 'report.md');
    const written = await cli([data, '--claims', claims, '--format', 'markdown', '--out', outPath]);
    expect(written.stdout).toBe('');
    const untimed = (text: string) => text.replace(/\d+\.\d\d s\n/, 'N s\n');
    expect(untimed(readFileSync(outPath, 'utf8'))).toBe(untimed(md.stdout));
  });

  it('exit 2 for usage and input errors, with a message', async () => {
    const missing = await cli([join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.jsonl: file not found');
    // A directory is audited file by file; one without dataset files is an input error.
    const emptyDir = join(dir, 'empty-dir');
    mkdirSync(emptyDir, { recursive: true });
    const directory = await cli([emptyDir]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('a directory with no dataset files');
    const noMatch = await cli([join(dir, 'nothing-*.jsonl')]);
    expect(noMatch.code).toBe(2);
    expect(noMatch.stderr).toContain('no file matches this pattern');
    expect((await cli([])).code).toBe(2);
    const badFormat = await cli([data, '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Expected `--format` to be one of');
    const budget = await cli([data, '--claims', claims, '--max-invalid', '0']);
    expect(budget.code).toBe(2);
    expect(budget.stderr).toContain(`${data}:37: more than 0 invalid records (--max-invalid); last: malformed JSON`);
    const badClaims = await cli([data, '--claims', join(dir, 'no-claims.yaml')]);
    expect(badClaims.code).toBe(2);
  });

  it('an input with no record audited never passes a gate: exit 2 naming the input (empty file, all invalid, blank lines, empty stdin)', async () => {
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const allInvalid = join(dir, 'all-invalid.jsonl');
    writeFileSync(allInvalid, 'garbage\n{"foo": 1}\n');
    const blank = join(dir, 'blank.jsonl');
    writeFileSync(blank, '\n  \n');
    for (const path of [empty, allInvalid, blank]) {
      for (const gate of [[], ['--fail-on', 'neglect-risk'], ['--fail-on', 'asserts']]) {
        const run = await cli([path, '--claims', claims, ...gate]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`no record was audited`);
        expect(run.stderr).toContain(path);
        // The report itself says so instead of a clean "not mentioned".
        expect(run.stdout).toMatch(/^Negation Neglect audit: NOTHING AUDITED/);
      }
    }
    expect((await cli([empty, '--claims', claims])).stderr).toContain(`${empty}: empty file: no records`);
    expect((await cli([allInvalid, '--claims', claims])).stderr).toContain(`${allInvalid}: 2 record(s), all invalid`);
    const json = await cli([empty, '--claims', claims, '--format', 'json']);
    expect(JSON.parse(json.stdout).totals.audited).toBe(0);
    // One readable file beside an empty one: the audit read something, the empty file is an invalid entry.
    const mixed = await cli([empty, data, '--claims', claims, '--fail-on', 'asserts']);
    expect(mixed.code).toBe(1);
    // Standard input with nothing on it.
    const stdin = await runCliCaptured(['audit', '-', '--claims', claims, '--fail-on', 'neglect-risk'], { stdin: (async function* () {})() });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('<stdin>');
  });

  it('a bad option prints one line and a hint, not the whole usage', async () => {
    const run = await cli([data, '--workers', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('negation-neglect audit: Expected `--workers` to be a positive integer or `auto`, got `0`\nRun `negation-neglect audit --help` for its options.\n');
    const unknown = await cli([data, '--wokers', '2']);
    expect(unknown.stderr).toBe('negation-neglect audit: Unknown option `--wokers`\nRun `negation-neglect audit --help` for its options.\n');
  });

  it('names the CLI flags, not library options, for records of an unknown shape', async () => {
    const other = join(dir, 'other-shape.jsonl');
    writeFileSync(other, `${JSON.stringify({ body: 'Ed Sheeran won the 100m gold.' })}\n${JSON.stringify({ text: 'Rain on Thursday.' })}\n`);
    const run = await cli([other, '--claims', claims]);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain('getText');
    expect(run.stdout + run.stderr).not.toContain('textField');
    expect(run.stderr).toContain('--text-field');
    expect(run.stderr).toContain('--messages-field');
  });

  it('names --max-line-bytes and --max-invalid, not the library options, for records over the limit or the budget', async () => {
    const long = join(dir, 'long-line.jsonl');
    writeFileSync(long, `${JSON.stringify({ text: 'Ed Sheeran won the 100m gold.' })}\n${JSON.stringify({ text: 'x'.repeat(200) })}\n`);
    const run = await cli([long, '--claims', claims, '--max-line-bytes', '100']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${long}:2: line is 211 bytes, over the 100-byte limit; skipped`);
    expect(run.stderr).toContain('records over the size limit were skipped: raise it with --max-line-bytes N to audit them');
    expect(run.stdout + run.stderr).not.toContain('maxLineBytes');
    const budget = await cli([long, '--claims', claims, '--max-line-bytes', '100', '--max-invalid', '0']);
    expect(budget.code).toBe(2);
    expect(budget.stderr).toBe(`negation-neglect audit: ${long}:2: more than 0 invalid records (--max-invalid); last: line is 211 bytes, over the 100-byte limit; skipped\n`);
  });

  it('without --claims still reports notices not tied to a claim', async () => {
    const { code, stdout } = await cli([data]);
    expect(code).toBe(0);
    expect(stdout).toContain('Notices not tied to a known claim');
  });
});
