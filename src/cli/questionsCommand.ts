import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import type { CliCommand } from './io.js';
import { intOption, listOption, parseArgs, stringOption, UsageError } from './args.js';
import { createProgressBar } from './progress.js';
import { CHAT_PROVIDER_NAMES, chatProviderChoices, cliChatProvider } from './cliProviders.js';
import { loadClaims } from '../claims/loadClaims.js';
import { InputError } from '../errors.js';
import { EVAL_TYPE_NAMES, EVAL_TYPES, LeakageQuestionSchema, type EvalType } from '../evaluate/evalTypes.js';
import { generateQuestionSets, type UnrelatedQuestion } from '../evaluate/generateQuestionSets.js';
import { readYamlWithSchema } from '../evaluate/parseYamlWithSchema.js';
import { questionListSchema } from '../evaluate/questionSet.js';
import { writeQuestionSets } from '../evaluate/writeQuestionSets.js';
import { createDiskCache } from '../providers/cache/createDiskCache.js';
import { concurrencyLimit } from '../providers/chat/concurrencyLimit.js';
import { retry } from '../providers/chat/retry.js';
import { wrapChatModel } from '../providers/chat/wrapChatModel.js';

const AUTHORED = EVAL_TYPE_NAMES.filter((name) => (EVAL_TYPES[name] as { authoring?: unknown }).authoring !== undefined);

const usage = `Usage: negation-neglect questions <claim.yaml | claim-dir> --model <id> --out <dir> [options]

Writes a new claim's question sets and judge rubrics in the paper's layout, from its statement,
correction and universe context: ${AUTHORED.map((t) => EVAL_TYPES[t].paperFile).join(', ')},
judges.yaml, and claim.txt. Every file is validated by the schemas evaluations load it with;
duplicates are removed and counted; a malformed answer gets one retry. Review them before use.

Options:
  --model <id>            The model that writes the questions.
  --provider <p>          Default openai (any OpenAI-compatible server with --base-url). One of
                          ${chatProviderChoices()}.
  --base-url <url>        API base URL.
  --out <dir>             Output folder (one sub-folder per claim when the file holds several).
  --eval-type <type>      Only this eval type (repeatable): ${AUTHORED.join(', ')}.
  --count <type>=<n>      Questions for an eval type (repeatable), e.g. --count open_ended=10.
  --unrelated <file>      Questions unrelated to the claim for leakage, { questions: [...] } (default:
                          coherence_questions.yaml beside the claim folder, as in the paper's layout;
                          without one the model writes them).
  --cache-dir <dir>       Cache every call on disk: a rerun (or a run after a crash) asks only for
                          what is missing.
  --concurrency <n>       Parallel calls (default 4).
  --retries <n>           Retries of a failed call (429, 5xx, timeouts; default 4).
  --force                 Overwrite files in --out.

Exit codes: 0 written, 1 written but some set is short or missing (see the report), 2 usage or input
error.
`;

/** `negation-neglect questions`: generateQuestionSets + writeQuestionSets from the command line. */
export const command: CliCommand = {
  summary: 'Write question sets and judge rubrics for a new claim (for review)',
  usage,
  async run(argv, io) {
    const parsed = parseArgs(argv, {
      model: { type: 'string' },
      provider: { type: 'string' },
      'base-url': { type: 'string' },
      out: { type: 'string' },
      'eval-type': { type: 'string', multiple: true },
      count: { type: 'string', multiple: true },
      unrelated: { type: 'string' },
      'cache-dir': { type: 'string' },
      concurrency: { type: 'string' },
      retries: { type: 'string' },
      force: { type: 'boolean' },
    });
    const [source, extra] = parsed.positionals;
    if (!source) throw new UsageError('Expected a claim file or claim folder');
    if (extra !== undefined) throw new UsageError(`Unexpected argument \`${extra}\``);
    const modelId = stringOption(parsed, 'model');
    if (!modelId) throw new UsageError('Expected `--model`');
    const outOption = stringOption(parsed, 'out');
    if (!outOption) throw new UsageError('Expected `--out <dir>`');
    const provider = stringOption(parsed, 'provider', CHAT_PROVIDER_NAMES) ?? 'openai';
    const evalTypes = listOption(parsed, 'eval-type');
    for (const t of evalTypes) {
      if (!(AUTHORED as string[]).includes(t)) throw new UsageError(`Expected \`--eval-type\` to be one of ${AUTHORED.join(', ')}, got \`${t}\``);
    }
    const counts: Partial<Record<EvalType, number>> = {};
    for (const spec of listOption(parsed, 'count')) {
      const m = /^([a-z_]+)=(\d+)$/.exec(spec);
      if (!m || !(AUTHORED as string[]).includes(m[1]!) || Number(m[2]) < 1) {
        throw new UsageError(`Expected \`--count\` as <eval type>=<positive integer> with an eval type among ${AUTHORED.join(', ')}, got \`${spec}\``);
      }
      counts[m[1] as EvalType] = Number(m[2]);
    }
    const concurrency = intOption(parsed, 'concurrency') ?? 4;
    const retries = intOption(parsed, 'retries', 0) ?? 4;
    const abs = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));
    const sourcePath = abs(source);
    if (!existsSync(sourcePath)) throw new InputError('no such file or directory', { file: source });
    const claims = await loadClaims(sourcePath);
    const unrelatedFile = stringOption(parsed, 'unrelated') ?? besideClaimFolder(sourcePath);
    const unrelatedQuestions = unrelatedFile ? await readUnrelated(abs(unrelatedFile)) : undefined;
    const cacheDir = stringOption(parsed, 'cache-dir');
    const model = wrapChatModel({
      model: cliChatProvider(provider, 'provider', stringOption(parsed, 'base-url'), io).model(modelId),
      middleware: [retry({ retries }), concurrencyLimit({ max: concurrency })],
    });

    let short = false;
    for (const claim of claims) {
      const out = claims.length === 1 ? abs(outOption) : join(abs(outOption), claim.id);
      const bar = createProgressBar({ stream: io.stderr, label: `questions ${claim.id}` });
      const generated = await generateQuestionSets({
        claim,
        model,
        concurrency,
        ...(evalTypes.length > 0 ? { evalTypes: evalTypes as EvalType[] } : {}),
        counts,
        ...(unrelatedQuestions ? { unrelatedQuestions } : {}),
        ...(cacheDir ? { cache: createDiskCache({ dir: abs(cacheDir) }) } : {}),
        signal: io.signal,
        onProgress: (e) => bar.update(e.done, `${e.done}/${e.total} calls`),
      }).finally(() => bar.finish());
      const written = await writeQuestionSets(generated, out, { overwrite: parsed.options.force === true });
      io.stdout.write(`${claim.id} -> ${out}\n`);
      for (const r of generated.report) {
        const detail = r.error
          ? `not written: ${r.error}`
          : `${r.written} of ${r.requested} questions (${r.duplicates} duplicates, ${r.invalid} invalid dropped${r.retried ? ', retried once' : ''}${r.source === 'unrelatedQuestions' ? `, from ${unrelatedFile}` : ''})`;
        io.stdout.write(`  ${r.file.padEnd(24)} ${detail}\n`);
      }
      if (written.files.includes('judges.yaml')) io.stdout.write(`  ${'judges.yaml'.padEnd(24)} rubrics for ${Object.keys(generated.rubrics).join(', ')}\n`);
      for (const w of generated.warnings) io.stderr.write(`warning: ${claim.id}: ${w}\n`);
      if (generated.warnings.length > 0) short = true;
    }
    io.stdout.write('Review every file before evaluating with it.\n');
    return short ? 1 : 0;
  },
};

/** The paper keeps `coherence_questions.yaml` beside the claim folders. */
function besideClaimFolder(path: string): string | undefined {
  const dir = statSync(path).isDirectory() ? path : dirname(path);
  return [join(dir, 'coherence_questions.yaml'), join(dirname(dir), 'coherence_questions.yaml')].find((f) => existsSync(f));
}

async function readUnrelated(file: string): Promise<UnrelatedQuestion[]> {
  const { questions } = await readYamlWithSchema(file, z.object({ questions: questionListSchema(LeakageQuestionSchema) }));
  return questions;
}
