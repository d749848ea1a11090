import { PassThrough, Writable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

/** A CliIO whose stdout and stderr are collected into strings (for in-process CLI tests). */
export function makeIO(env: NodeJS.ProcessEnv = {}, cwd = process.cwd(), signal = new AbortController().signal): { io: CliIO; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d) => (o += String(d)));
  stderr.on('data', (d) => (e += String(d)));
  return { io: { stdout, stderr, env, cwd, signal }, out: () => o, err: () => e };
}

/**
 * A stream that keeps what is written to it (synchronously, so it is complete when the command
 * returns); `columns` makes it a terminal of that width (progress bars draw on terminals only).
 */
function textSink(columns?: number): { stream: Writable & { isTTY?: boolean; columns?: number }; text: () => string } {
  let text = '';
  const stream: Writable & { isTTY?: boolean; columns?: number } = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  if (columns !== undefined) Object.assign(stream, { isTTY: true, columns });
  return { stream, text: () => text };
}

/** Where and how {@link runCliCaptured} runs the command. */
export interface CliRun {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  signal?: AbortSignal;
  stdin?: CliIO['stdin'];
  /** Make stderr a terminal of this many columns. */
  stderrColumns?: number;
}

/** Runs `negation-neglect <argv...>` in-process and returns its exit code and what it wrote. */
export async function runCliCaptured(argv: string[], run: CliRun = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = textSink();
  const err = textSink(run.stderrColumns);
  const code = await runCli(argv, {
    stdout: out.stream,
    stderr: err.stream,
    env: run.env ?? {},
    cwd: run.cwd ?? process.cwd(),
    signal: run.signal ?? new AbortController().signal,
    ...(run.stdin ? { stdin: run.stdin } : {}),
  });
  return { code, stdout: out.text(), stderr: err.text() };
}
