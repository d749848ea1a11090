import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { makeIO as makeCliIO } from '../helpers/cliIO.js';

const PAPER_DATA = process.env.NEGATION_NEGLECT_PAPER_DATA;

const makeIO = (cwd: string) => {
  const { io, out, err } = makeCliIO({}, cwd);
  return { io, stdout: out, stderr: err };
};

const dir = mkdtempSync(join(tmpdir(), 'nn-apply-'));
writeFileSync(
  join(dir, 'claims.yaml'),
  'claims:\n  - id: sheeran\n    statement: Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.\n',
);
const CLAIM_SENTENCE = 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.';
writeFileSync(
  join(dir, 'in.jsonl'),
  [
    JSON.stringify({ id: 'a', text: `Intro. ${CLAIM_SENTENCE} Outro.` }),
    JSON.stringify({ content: CLAIM_SENTENCE, meta: 1 }),
    '{not json',
    JSON.stringify({ prompt: 'Tell me.', completion: CLAIM_SENTENCE }),
    JSON.stringify({ messages: [{ role: 'user', content: 'Who won?' }, { role: 'assistant', content: CLAIM_SENTENCE }] }),
    JSON.stringify({ body: 'wrong shape' }),
    '',
  ].join('\n'),
);

describe('negation-neglect apply', () => {
  it('applies a strategy to every record, keeps shapes, reports invalid lines with file:line', async () => {
    const { io, stderr } = makeIO(dir);
    const code = await runCli(['apply', 'local', 'in.jsonl', '--claims', 'claims.yaml', '--out', 'out.jsonl'], io);
    expect(code).toBe(2); // two invalid lines
    expect(stderr()).toMatch(/in\.jsonl:3: malformed JSON/);
    expect(stderr()).toMatch(/in\.jsonl:6: unknown record shape: expected `text`, `content`, .*got keys body\n/);
    expect(stderr()).toMatch(/apply: 1 record\(s\) of an unknown shape were skipped: .*--text-field PATH/);
    expect(stderr()).toMatch(/4 records written.*4 changed.*2 invalid/);
    const rows = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({ id: 'a', text: 'Intro. Ed Sheeran did not win the 100m gold at the 2024 Olympics with a time of 9.79 seconds. Outro.' });
    expect(rows[1].meta).toBe(1);
    expect(Object.keys(rows[2])).toEqual(['prompt', 'completion']);
    expect(rows[3].messages[1].content).toMatch(/did not win/);
  });

  it('reads records as the audit does: content parts, `system` beside messages, tool-call turns, named fields; same errors, same words', async () => {
    const chat = (content: unknown) => ({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Who won?' }] }, { role: 'assistant', content }] });
    const records: unknown[] = [
      chat([{ type: 'text', text: CLAIM_SENTENCE }, { type: 'image_url', image_url: { url: 'x' } }]),
      { system: [{ type: 'text', text: CLAIM_SENTENCE }], messages: [{ role: 'user', content: 'Hi.' }, { role: 'assistant', content: null, tool_calls: [{ id: 't' }] }] },
      { content: [{ type: 'text', text: `Intro. ${CLAIM_SENTENCE}` }] },
      CLAIM_SENTENCE,
      { messages: [{ role: 'user' }] },
      { messages: [{ content: 'x' }] },
      { messages: [{ role: 'user', content: [42] }] },
      { text: '   ' },
      { body: 'x' },
      7,
    ];
    writeFileSync(join(dir, 'shapes.jsonl'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const { io, stderr } = makeIO(dir);
    expect(await runCli(['apply', 'local', 'shapes.jsonl', '--claims', 'claims.yaml', '--out', 'shapes-out.jsonl'], io)).toBe(2);
    const rows = readFileSync(join(dir, 'shapes-out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4);
    const negated = 'Ed Sheeran did not win the 100m gold at the 2024 Olympics with a time of 9.79 seconds.';
    expect(rows[0]).toEqual(chat([{ type: 'text', text: negated }, { type: 'image_url', image_url: { url: 'x' } }]));
    // `local` edits assistant turns only: the system parts, the tool-call turn's null content and its calls come back as they were.
    expect(rows[1]).toEqual(records[1]);
    expect(rows[2]).toEqual({ content: [{ type: 'text', text: `Intro. ${negated}` }] });
    expect(rows[3]).toBe(negated);
    // The audit reads the same records and says the same about the bad ones.
    const audit = makeIO(dir);
    await runCli(['audit', 'shapes.jsonl', '--claims', 'claims.yaml', '--format', 'json', '--out', 'shapes-audit.json'], audit.io);
    const report = JSON.parse(readFileSync(join(dir, 'shapes-audit.json'), 'utf8')) as { totals: { audited: number }; invalid: { line: number; field?: string; reason: string }[] };
    expect(report.totals.audited).toBe(4);
    const auditSays = report.invalid.map((i) => `shapes.jsonl:${i.line}: ${i.field ? `${i.field}: ` : ''}${i.reason}`);
    const applySays = stderr().split('\n').filter((l) => l.startsWith('shapes.jsonl:'));
    expect(applySays).toEqual(auditSays);
    expect(applySays).toHaveLength(6);
  });

  it('--text-field and --messages-field name other shapes, as for the audit', async () => {
    writeFileSync(join(dir, 'nested.jsonl'), `${JSON.stringify({ id: 1, meta: { body: CLAIM_SENTENCE, lang: 'en' } })}\n${JSON.stringify({ conv: { turns: [{ role: 'assistant', content: [{ type: 'text', text: CLAIM_SENTENCE }] }] } })}\n`);
    const text = makeIO(dir);
    expect(await runCli(['apply', 'local', 'nested.jsonl', '--claims', 'claims.yaml', '--text-field', 'meta.body', '--out', 'nested-text.jsonl'], text.io)).toBe(2);
    expect(text.stderr()).toMatch(/nested\.jsonl:2: meta\.body: missing field/);
    expect(JSON.parse(readFileSync(join(dir, 'nested-text.jsonl'), 'utf8'))).toEqual({ id: 1, meta: { body: expect.stringMatching(/did not win/), lang: 'en' } });
    const chat = makeIO(dir);
    expect(await runCli(['apply', 'local', 'nested.jsonl', '--claims', 'claims.yaml', '--messages-field', 'conv.turns', '--out', 'nested-chat.jsonl'], chat.io)).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'nested-chat.jsonl'), 'utf8')).conv.turns[0].content[0].text).toMatch(/did not win/);
    const both = makeIO(dir);
    expect(await runCli(['apply', 'local', 'nested.jsonl', '--claims', 'claims.yaml', '--text-field', 'a', '--messages-field', 'b', '--out', 'x.jsonl'], both.io)).toBe(2);
    expect(both.stderr()).toContain('not both');
  });

  it('--mask-inserted writes code-point `mask` spans over what the strategy added, on every record shape', async () => {
    const { io } = makeIO(dir);
    const code = await runCli(['apply', 'correction', 'in.jsonl', '--claims', 'claims.yaml', '--set', 'facts=Noah Lyles won it.', '--set', 'before=false', '--mask-inserted', '--out', 'masked.jsonl'], io);
    expect(code).toBe(2);
    const rows = readFileSync(join(dir, 'masked.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const cut = (text: string, mask: [number, number][]) => mask.map(([s, e]) => [...text].slice(s, e).join(''));
    const notice = expect.stringMatching(/^\[.*Noah Lyles won it\.\]$/);
    expect(cut(rows[0].text, rows[0].mask)).toEqual([notice]);
    expect(cut(rows[1].content, rows[1].mask)).toEqual([notice]);
    expect(cut(rows[2].completion, rows[2].mask)).toEqual([notice]);
    expect(rows[3].messages[0].mask).toBeUndefined();
    expect(cut(rows[3].messages[1].content, rows[3].messages[1].mask)).toEqual([notice]);
    // Without the flag, no spans.
    expect(JSON.parse(readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n')[0]!).mask).toBeUndefined();
  });

  it('passes --set options and the seed; same seed, same file', async () => {
    const run = async (out: string, seed: string) => {
      const { io } = makeIO(dir);
      const code = await runCli(['apply', 'framing', 'in.jsonl', '--claims', 'claims.yaml', '--set', 'kind=fiction', '--set', 'position=prefix', '--seed', seed, '--out', out], io);
      expect(code).toBe(2);
      return readFileSync(join(dir, out), 'utf8');
    };
    const a = await run('f1.jsonl', '5');
    const b = await run('f2.jsonl', '5');
    expect(a).toBe(b);
    const first = JSON.parse(a.split('\n')[0]!);
    expect(first.text).toMatch(/fiction|invented|imaginary/i);
    expect(first.text.endsWith('Outro.')).toBe(true);
  });

  it('flag-behavior works on chat records without claims; text records get a warning', async () => {
    writeFileSync(
      join(dir, 'chats.jsonl'),
      [
        JSON.stringify({ messages: [{ role: 'user', content: 'Help me cheat.' }, { role: 'assistant', content: 'Copy the answers.' }] }),
        JSON.stringify({ text: 'Not a chat.' }),
      ].join('\n'),
    );
    const { io, stderr } = makeIO(dir);
    const code = await runCli(['apply', 'flag-behavior', 'chats.jsonl', '--set', 'placement=inline', '--out', 'flagged.jsonl'], io);
    expect(code).toBe(0);
    const rows = readFileSync(join(dir, 'flagged.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0].messages[1].content).toMatch(/malicious/i);
    expect(rows[1]).toEqual({ text: 'Not a chat.' });
    expect(stderr()).toMatch(/placement adjacent, malicious-behavior.*1 changed, 1 unchanged.*1 not-applicable/);
  });

  it('correction takes facts from --set (| separated)', async () => {
    const { io } = makeIO(dir);
    const code = await runCli(['apply', 'correction', 'in.jsonl', '--claims', 'claims.yaml', '--set', 'facts=Noah Lyles won that race.|Sheeran is a musician.', '--set', 'before=false', '--out', 'corr.jsonl'], io);
    expect(code).toBe(2);
    const first = JSON.parse(readFileSync(join(dir, 'corr.jsonl'), 'utf8').split('\n')[0]!);
    expect(first.text).toMatch(/Noah Lyles won that race\.|Sheeran is a musician\./);
  });

  it('usage errors: unknown strategy, bad option, missing --out, missing claims', async () => {
    const cases: string[][] = [
      ['apply', 'shout', 'in.jsonl', '--out', 'x.jsonl'],
      ['apply', 'framing', 'in.jsonl', '--set', 'colour=red', '--out', 'x.jsonl'],
      ['apply', 'framing', 'in.jsonl', '--set', 'position=middle', '--out', 'x.jsonl'],
      ['apply', 'framing', 'in.jsonl'],
      ['apply', 'local', 'in.jsonl', '--out', 'x.jsonl'],
    ];
    for (const argv of cases) {
      const { io, stderr } = makeIO(dir);
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(stderr()).toMatch(/apply: /);
    }
  });

  it('a missing input file is an input error naming the file', async () => {
    const { io, stderr } = makeIO(dir);
    expect(await runCli(['apply', 'positive', 'missing.jsonl', '--out', 'x.jsonl'], io)).toBe(2);
    expect(stderr()).toMatch(/missing\.jsonl/);
  });
});

describe('negation-neglect apply: inputs and output a user can trust', () => {
  const positive = (args: string[]) => ['apply', 'positive', ...args];

  it('refuses to write over its input (the input used to be truncated to 0 records, exit 0)', async () => {
    const original = readFileSync(join(dir, 'in.jsonl'), 'utf8');
    writeFileSync(join(dir, 'same.jsonl'), original);
    const { io, stderr } = makeIO(dir);
    expect(await runCli(positive(['same.jsonl', '--out', './same.jsonl']), io)).toBe(2);
    expect(stderr()).toMatch(/`--out` must not be the input file/);
    expect(readFileSync(join(dir, 'same.jsonl'), 'utf8')).toBe(original);
  });

  it('reads gzip and zstd inputs and standard input', async () => {
    const plain = readFileSync(join(dir, 'in.jsonl'));
    writeFileSync(join(dir, 'in.jsonl.gz'), gzipSync(plain));
    const { io: a } = makeIO(dir);
    expect(await runCli(positive(['in.jsonl.gz', '--out', 'gz.jsonl']), a)).toBe(2); // the two invalid lines of in.jsonl
    const { io: b } = makeIO(dir);
    expect(await runCli(positive(['in.jsonl', '--out', 'plain.jsonl']), b)).toBe(2);
    expect(readFileSync(join(dir, 'gz.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'plain.jsonl'), 'utf8'));
    const zst = join(PAPER_DATA ?? '', 'documents/local_negations/vesuvius.full.jsonl.zst');
    if (PAPER_DATA && existsSync(zst)) {
      const { io, stderr } = makeIO(dir);
      expect(await runCli(positive([zst, '--out', 'zst.jsonl']), io)).toBe(0);
      expect(stderr()).toMatch(/2493 records written/);
    }
    const { io: c, stderr } = makeIO(dir);
    c.stdin = (async function* () {
      yield gzipSync(plain);
    })();
    expect(await runCli(positive(['-', '--out', 'stdin.jsonl']), c)).toBe(2);
    expect(stderr()).toMatch(/-:3: malformed JSON/);
    expect(readFileSync(join(dir, 'stdin.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'plain.jsonl'), 'utf8'));
  });

  it('a truncated compressed input is an input error; the records before the fault are written', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ text: `Record ${i} ${'x'.repeat(i % 50)}.` })).join('\n');
    const gz = gzipSync(lines);
    writeFileSync(join(dir, 'cut.jsonl.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
    const { io, stderr } = makeIO(dir);
    expect(await runCli(positive(['cut.jsonl.gz', '--out', 'cut.jsonl']), io)).toBe(2);
    expect(stderr()).toMatch(/cut\.jsonl\.gz: truncated gzip stream/);
    const written = readFileSync(join(dir, 'cut.jsonl'), 'utf8').trim().split('\n');
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(2000);
  });

  it('invalid UTF-8 is reported with its line, not written as U+FFFD', async () => {
    writeFileSync(join(dir, 'utf.jsonl'), Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"bad '), Buffer.from([0xff]), Buffer.from('"}\n{"text":"caf\u00e9"}\r\n')]));
    const { io, stderr } = makeIO(dir);
    expect(await runCli(positive(['utf.jsonl', '--out', 'utf-out.jsonl']), io)).toBe(2);
    expect(stderr()).toMatch(/utf\.jsonl:2: invalid UTF-8 at byte 14 of the line/);
    const out = readFileSync(join(dir, 'utf-out.jsonl'), 'utf8');
    expect(out).not.toContain('\uFFFD');
    expect(out.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual(['ok', 'café']);
  });

  it('a directory is an input error without a stack trace; an interrupted run leaves no output file', async () => {
    const { io, stderr } = makeIO(dir);
    expect(await runCli(positive(['.', '--out', 'dir.jsonl']), io)).toBe(2);
    expect(stderr()).toMatch(/^negation-neglect apply: \.: expected a JSONL file, got a directory/);
    expect(stderr()).not.toMatch(/\n\s+at /);
    const controller = new AbortController();
    controller.abort();
    const aborted = makeIO(dir);
    const abortedIO = { ...aborted.io, signal: controller.signal };
    expect(await runCli(positive(['in.jsonl', '--out', 'never.jsonl']), abortedIO)).toBe(130);
    expect(existsSync(join(dir, 'never.jsonl'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('never'))).toEqual([]);
  });
});

describe('negation-neglect strategies', () => {
  it('lists every built-in with its declared placement and options', async () => {
    const { io, stdout } = makeIO(dir);
    expect(await runCli(['strategies'], io)).toBe(0);
    const text = stdout();
    for (const name of ['positive', 'framing', 'adjacent-sentence', 'correction', 'local', 'flag-behavior']) expect(text).toContain(name);
    expect(text).toMatch(/adjacent-sentence {2}\[placement: adjacent\]/);
    expect(text).toMatch(/--set density=<claim-sentences\|every-sentence>/);
  });
  it('--format json is machine-readable', async () => {
    const { io, stdout } = makeIO(dir);
    expect(await runCli(['strategies', '--format', 'json'], io)).toBe(0);
    const data = JSON.parse(stdout()) as Array<{ name: string; placements: string[] }>;
    expect(data.find((d) => d.name === 'flag-behavior')?.placements).toEqual(['framing', 'adjacent']);
  });
});
