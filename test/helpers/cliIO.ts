import { PassThrough } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';

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
