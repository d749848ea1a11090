import { createReadStream, createWriteStream } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { once } from 'node:events';
import { rename, rm, stat } from 'node:fs/promises';
import { loadClaims } from '../claims/loadClaims.js';
import { InputError, NegationNeglectError } from '../errors.js';
import { BUILTIN_STRATEGIES, strategyFromSettings } from '../strategies/builtinStrategies.js';
import { applyStrategyToRecord } from '../strategies/applyToRecord.js';
import { isUnknownShapeReason } from '../audit/recordSegments.js';
import { throwIfAborted } from '../util/abort.js';
import { readTextLines } from '../util/readTextLines.js';
import { decodeBytes } from '../audit/decodeBytes.js';
import { DecodeError } from '../audit/decodeError.js';
import { UsageError, listOption, parseArgs, stringOption } from './args.js';
import { createProgressBar } from './progress.js';
import type { CliCommand, CliIO } from './io.js';

const usage = `Usage: negation-neglect apply <strategy> <input.jsonl> --claims <file-or-dir> --out <file> [options]

Applies a negation-placement strategy to every record of a JSONL dataset and writes records of the
same shape (text, content, prompt+completion, or messages); other fields are kept. The input may be
gzip or zstd compressed (recognised by magic bytes), or - for standard input; the output is plain
JSONL, written only when the run finishes (never over the input).

Strategies: ${BUILTIN_STRATEGIES.map((s) => s.name).join(', ')} (see \`negation-neglect strategies\`)

Options:
  --claims <path>      claim file (YAML/JSON) or paper claim directory; repeatable
  --set key=value      a strategy option, e.g. --set kind=fiction --set position=both; repeatable
  --seed <n>           seed (same seed, same output). Default 0
  --out <file>         output JSONL file
  --mask-inserted      give the text the strategy added (its notices) no loss: \`mask\` spans (code
                       points) on the edited text (\`text\`/\`content\`, \`completion\`, or each message)
  --text-field <path>  field holding the text, for other record shapes (dotted: meta.text)
  --messages-field <path>
                       field holding chat messages ({role, content}), for other record shapes

Records are read as \`audit\` reads them (the same shapes, content given as a string or as an array of
content parts, \`system\` beside \`messages\`) and written in the shape they came in.
Invalid lines (malformed JSON or UTF-8, unknown record shapes) are reported as file:line and skipped;
so is the rest of a truncated compressed input. The exit code is then 2 (the output holds the valid records).
`;

/** `negation-neglect apply`: turns an existing dataset into any condition without code. */
export const command: CliCommand = {
  summary: 'apply a negation-placement strategy to a JSONL dataset',
  usage,
  async run(argv, io) {
    const parsed = parseArgs(argv, {
      claims: { type: 'string', multiple: true },
      set: { type: 'string', multiple: true },
      seed: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'mask-inserted': { type: 'boolean' },
      'text-field': { type: 'string' },
      'messages-field': { type: 'string' },
    });
    const textField = stringOption(parsed, 'text-field');
    const messagesField = stringOption(parsed, 'messages-field');
    if (textField !== undefined && messagesField !== undefined) throw new UsageError('Give `--text-field` or `--messages-field`, not both: a strategy rewrites one document or one chat');
    const fields = textField !== undefined ? { textField } : messagesField !== undefined ? { messagesField } : undefined;
    const maskInserted = parsed.options['mask-inserted'] === true;
    const [name, input, ...extra] = parsed.positionals;
    if (!name || !input) throw new UsageError('Expected a strategy name and an input file');
    if (extra.length > 0) throw new UsageError(`Unexpected argument \`${extra[0]}\``);
    const entry = BUILTIN_STRATEGIES.find((e) => e.name === name);
    if (!entry) throw new UsageError(`Unknown strategy \`${name}\`; expected one of ${BUILTIN_STRATEGIES.map((e) => `\`${e.name}\``).join(', ')}`);
    const out = stringOption(parsed, 'out');
    if (!out) throw new UsageError('Missing `--out <file>`');
    const settings: Record<string, string> = {};
    for (const pair of listOption(parsed, 'set')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new UsageError(`Expected \`--set key=value\`, got \`${pair}\``);
      settings[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const seed = stringOption(parsed, 'seed') ?? '0';
    const claimPaths = listOption(parsed, 'claims').map((p) => abs(io.cwd, p));
    if (entry.needsClaim && claimPaths.length === 0) throw new UsageError(`Strategy \`${name}\` needs \`--claims <file-or-dir>\``);

    let strategy;
    try {
      strategy = strategyFromSettings(name, settings);
    } catch (error) {
      if (NegationNeglectError.isInstance(error)) throw new UsageError(error.message);
      throw error;
    }
    const claims = claimPaths.length > 0 ? await loadClaims(claimPaths) : [];
    const inputPath = abs(io.cwd, input);
    const outPath = abs(io.cwd, out);
    if (input === '-' && !io.stdin) throw new UsageError('`-` (standard input) is not available here');

    if (input !== '-' && (await sameFile(inputPath, outPath))) {
      throw new UsageError(`\`--out\` must not be the input file (\`${input}\`): the input would be overwritten while it is read`);
    }
    const bytes = await openInput(input, inputPath, io);
    // Written beside the target and renamed at the end: an interrupted run leaves no half-written
    // file that looks like a finished dataset.
    const tmpPath = `${outPath}.${process.pid}.tmp`;
    const writer = createWriteStream(tmpPath, { encoding: 'utf8' });
    const counts = { records: 0, changed: 0, unchanged: 0, invalid: 0, warnings: 0 };
    const warningTypes = new Map<string, number>();
    const bar = createProgressBar({ stream: io.stderr, label: `apply ${name}`, format: (n) => `${n} records` });
    let unknownShapes = 0;
    const invalid = (lineNo: number | undefined, message: string) => {
      counts.invalid++;
      if (isUnknownShapeReason(message)) unknownShapes++;
      io.stderr.write(`${input}${lineNo === undefined ? '' : `:${lineNo}`}: ${message}\n`);
    };
    let finished = false;
    try {
      try {
        for await (const next of readTextLines(bytes)) {
          throwIfAborted(io.signal);
          const lineNo = next.line;
          if ('error' in next) {
            invalid(lineNo, next.error);
            continue;
          }
          const line = next.text;
          if (line.trim() === '') continue;
          let record: unknown;
          try {
            record = JSON.parse(line);
          } catch (error) {
            invalid(lineNo, `malformed JSON: ${(error as Error).message}`); // the audit's wording
            continue;
          }
          try {
            const applied = await applyStrategyToRecord(strategy, record, {
              claims,
              seed,
              id: `${lineNo}`,
              signal: io.signal,
              ...(fields ? { fields } : {}),
              ...(maskInserted ? { maskInserted } : {}),
            });
            counts.records++;
            if (applied.result.changes.length > 0) counts.changed++;
            else counts.unchanged++;
            for (const w of applied.result.warnings) {
              counts.warnings++;
              warningTypes.set(w.type, (warningTypes.get(w.type) ?? 0) + 1);
            }
            if (!writer.write(`${JSON.stringify(applied.record)}\n`)) await once(writer, 'drain');
            bar.update(counts.records);
          } catch (error) {
            if (InputError.isInstance(error)) {
              // Worded as the audit's invalid records: the field, then the reason.
              invalid(lineNo, `${error.field ? `${error.field}: ` : ''}${error.reason}`);
              continue;
            }
            throw error;
          }
        }
      } catch (error) {
        // A truncated or damaged compressed input: what was read before the fault is kept (exit 2).
        if (!DecodeError.isInstance(error)) throw error;
        invalid(undefined, error.reason);
      }
      finished = true;
    } finally {
      writer.end();
      await once(writer, 'finish');
      if (finished) await rename(tmpPath, outPath);
      else await rm(tmpPath, { force: true });
    }
    if (io.stderr.isTTY) io.stderr.write('\r\x1b[2K'); // clear the progress line (its total is unknown)
    if (unknownShapes > 0) {
      io.stderr.write(`apply: ${unknownShapes} record(s) of an unknown shape were skipped: name the field that holds their text with --text-field PATH (dotted: meta.text) or their chat messages with --messages-field PATH\n`);
    }
    const warningSummary = [...warningTypes].map(([t, n]) => `${n} ${t}`).join(', ');
    io.stderr.write(
      `apply ${strategy.name} (placement ${strategy.placement}${strategy.qualifier ? `, ${strategy.qualifier}` : ''}): ` +
        `${counts.records} records written to ${out} (${counts.changed} changed, ${counts.unchanged} unchanged), ` +
        `${counts.invalid} invalid line(s) skipped${counts.warnings > 0 ? `; warnings: ${warningSummary}` : ''}\n`,
    );
    return counts.invalid > 0 ? 2 : 0;
  },
};

/** Plain bytes of the input (a file or `-`), decompressed when gzip or zstd (magic bytes). */
async function openInput(input: string, inputPath: string, io: CliIO): Promise<AsyncIterable<Uint8Array>> {
  if (input === '-') {
    const stdin = io.stdin!;
    return (await decodeBytes(toBytes(stdin), { file: '<stdin>', signal: io.signal })).bytes;
  }
  const info = await stat(inputPath).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(error.code === 'ENOENT' ? 'file not found' : `cannot read: ${error.message}`, { file: input });
  });
  if (!info.isFile()) throw new InputError('expected a JSONL file, got a directory', { file: input });
  const stream = createReadStream(inputPath);
  await once(stream, 'open').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read: ${error.message}`, { file: input });
  });
  return (await decodeBytes(stream, { file: input, signal: io.signal })).bytes;
}

async function* toBytes(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/** Whether two paths name the same existing file (links and `./` spellings included). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

function abs(cwd: string, p: string): string {
  return isAbsolute(p) ? p : resolve(cwd, p);
}
