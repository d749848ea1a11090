import { spawn } from 'node:child_process';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CliCommand, CliIO } from './io.js';
import { parseArgs, stringOption, UsageError } from './args.js';
import { readResultsBrowserData } from '../report/readResultsBrowserData.js';
import { renderResultsBrowser } from '../report/renderResultsBrowser.js';

const USAGE = `Usage: negation-neglect view <run-dir | results.json | results.jsonl> [--out FILE] [--open]

Writes the results browser: the HTML report with every sample behind every bar, filterable by
claim, condition, eval type, verdict, judge and failure (failed, unparsed, truncated), showing the
question, the model's answer, the judge's reason and the settings used. Click a bar to see its
samples. One self-contained file (no server, nothing loaded from the network). Prints its path.

<run-dir> is an experiment run directory (results.json and the samples of its evaluation steps);
a .jsonl file or a folder of them holds per-sample records from \`negation-neglect eval --out\`.

Options:
  --out FILE  Where to write (default: view.html in the run directory, <name>.view.html next to a file)
  --open      Open it with the system's opener (xdg-open, open, start); a missing opener only warns

Samples that cannot be read are counted on stderr and listed in the page's notes; the rest is shown.
Exit codes: 0 written, 2 usage or input error, 130 interrupted.
`;

/** `negation-neglect view`: writes the results browser of a run or an eval results file. */
export const command: CliCommand = {
  summary: 'Write a results browser (report + every sample, filterable) as one HTML file',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseArgs(argv, { out: { type: 'string' }, open: { type: 'boolean' } });
    if (parsed.positionals.length !== 1) throw new UsageError('Expected exactly one run directory or results file');
    const input = resolve(io.cwd, parsed.positionals[0]!);
    const outOption = stringOption(parsed, 'out');
    const { results, samples, skipped } = await readResultsBrowserData(input, { signal: io.signal });
    const out = outOption ? resolve(io.cwd, outOption) : await defaultOut(input);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, renderResultsBrowser(results, samples));
    if (skipped.length > 0) io.stderr.write(`${skipped.length} lines or samples could not be used (listed in the page's notes); first: ${skipped[0]!.file}${skipped[0]!.line ? `:${skipped[0]!.line}` : ''}: ${skipped[0]!.reason}\n`);
    io.stdout.write(`${out}\n`);
    if (parsed.options['open']) await openFile(out, io);
    return 0;
  },
};

async function defaultOut(input: string): Promise<string> {
  if ((await stat(input)).isDirectory()) return join(input, 'view.html');
  return join(dirname(input), `${basename(input, extname(input))}.view.html`);
}

/** The platform's "open this file" command. */
function opener(platform: NodeJS.Platform, file: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [file] };
  // `start` is a cmd built-in; its first quoted argument is a window title. cmd parses the line
  // itself, so the arguments go verbatim (see spawn's windowsVerbatimArguments below), quoted here.
  if (platform === 'win32') return { command: 'cmd', args: ['/s', '/c', 'start', '""', `"${file}"`] };
  return { command: 'xdg-open', args: [file] };
}

/** Starts the opener and lets it go; no opener (a server, a container) is a warning, not a failure. */
function openFile(file: string, io: CliIO): Promise<void> {
  const { command, args } = opener(process.platform, file);
  return new Promise((done) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', env: io.env, windowsVerbatimArguments: process.platform === 'win32' });
    child.once('error', (error) => {
      io.stderr.write(`warning: could not open ${file} with ${command} (${(error as NodeJS.ErrnoException).code ?? error.message}); open it in a browser yourself\n`);
      done();
    });
    child.once('spawn', () => {
      child.unref();
      done();
    });
  });
}
