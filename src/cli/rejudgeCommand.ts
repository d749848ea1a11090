import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import type { CliCommand } from './io.js';
import { intOption, listOption, parseArgs, stringOption, UsageError } from './args.js';
import { buildJudge, JUDGE_DEPTH_ARGS, JUDGE_DEPTH_USAGE, JUDGE_PANEL_USAGE, judgeDepthSettings } from './buildJudge.js';
import { CHAT_PROVIDER_NAMES } from './cliProviders.js';
import { cliJudges, JUDGE_SPEC_USAGE } from './cliJudges.js';
import { cliJudgeBatches, JUDGE_BATCH_ARGS, JUDGE_BATCH_USAGE } from './cliJudgeBatches.js';
import { claimFolders } from './evalCommand.js';
import { createProgressBar } from './progress.js';
import { readJudgedFile } from './readJudgedFile.js';
import { loadClaims } from '../claims/loadClaims.js';
import { PANEL_AGGREGATES } from '../evaluate/createJudgePanel.js';
import { formatBeliefSummary } from '../evaluate/formatBeliefSummary.js';
import { loadPaperJudges, unscoredRubricWarning } from '../evaluate/loadPaperJudges.js';
import type { JudgeRubricInput } from '../evaluate/judgeRubric.js';
import { PAPER_CLAIM_DIRS } from '../evaluate/paperNames.js';
import { ProviderUnusableError } from '../evaluate/ProviderUnusableError.js';
import { rejudgeSamples } from '../evaluate/rejudgeSamples.js';
import { EVAL_TYPE_NAMES, EVAL_TYPES, type EvalTypeDefinition } from '../evaluate/evalTypes.js';
import { SAMPLING_PRESET_NAMES } from '../evaluate/samplingPresets.js';
import { samplingPresetLines } from './samplingUsage.js';
import { summarizeBeliefRates } from '../evaluate/summarizeBeliefRates.js';
import { cache } from '../providers/cache/cache.js';
import { createDiskCache } from '../providers/cache/createDiskCache.js';
import { concurrencyLimit } from '../providers/chat/concurrencyLimit.js';
import { retry } from '../providers/chat/retry.js';
import { wrapChatModel } from '../providers/chat/wrapChatModel.js';

/** The eval types a judge scores, from the eval-type table. */
const JUDGED = EVAL_TYPE_NAMES.filter((t) => (EVAL_TYPES[t] as EvalTypeDefinition).scorer.usesJudge);

const usage = `Usage: negation-neglect rejudge <results> --judge-model <id> | --judge <p>:<id> --claims <dir> --out <rejudged.jsonl> [options]

Scores saved samples again with another judge, or a panel of judges, without asking the model under
test again: every answered sample of an eval type scored by a judge (${JUDGED.join(', ')}) gets the
new judge's verdict; exact-match samples and samples never answered are copied as they are. <results> is JSONL
records (negation-neglect eval --out) or the paper's per-sample CSV folder, so a new judge can be
measured against the paper's labels: negation-neglect agreement <results> <rejudged.jsonl>.

Options:
  --claims <dir>          Claim folders, for the claim statements the rubrics need (a claim folder
                          or a folder of them; the paper's result names are mapped to its claims/
                          folders). Repeatable.
${JUDGE_PANEL_USAGE}
${JUDGE_DEPTH_USAGE}
  --provider <p>          The --judge-model judges' provider: ${CHAT_PROVIDER_NAMES.join(', ')} (default openai;
                          any OpenAI-compatible server with --base-url).
  --base-url <url>        Their API base URL.
${JUDGE_SPEC_USAGE}
  --paper-judges          Use each claim folder's judges.yaml rubrics instead of ours.
${JUDGE_BATCH_USAGE}
  --sampling <preset>     Judge sampling (default paper: a reasoning judge, as the paper ran it):
${samplingPresetLines('judge')}
  --concurrency <n>       Parallel judge calls per judge (default 8).
  --retries <n>           Retries of a failed call (default 4).
  --cache-dir <dir>       Cache judge answers on disk: a rerun asks only for what is missing.
  --out <file>            Write the rejudged JSONL records here (required; overwritten).
  --format <fmt>          Summary on stdout: markdown (default) or json.

Exit codes: 0 done, 1 some rejudged samples failed or could not be parsed, 2 usage or input error
or a judge that refuses every call (401, 403, 404, no quota), 130 interrupted.
`;

/** `negation-neglect rejudge`: re-scores saved samples with another judge or a panel. */
export const command: CliCommand = {
  summary: 'Re-score saved samples with another judge or a judge panel (no new model calls)',
  usage,
  async run(argv, io) {
    const parsed = parseArgs(argv, {
      claims: { type: 'string', multiple: true },
      'judge-model': { type: 'string', multiple: true },
      judge: { type: 'string', multiple: true },
      judges: { type: 'string' },
      aggregate: { type: 'string' },
      'judge-sees-reasoning': { type: 'boolean' },
      ...JUDGE_DEPTH_ARGS,
      provider: { type: 'string' },
      'base-url': { type: 'string' },
      'paper-judges': { type: 'boolean' },
      ...JUDGE_BATCH_ARGS,
      sampling: { type: 'string' },
      concurrency: { type: 'string' },
      retries: { type: 'string' },
      'cache-dir': { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
    });
    if (parsed.positionals.length !== 1) throw new UsageError('Expected one results path');
    const judgeIds = listOption(parsed, 'judge-model');
    if (judgeIds.length === 0 && listOption(parsed, 'judge').length === 0 && !parsed.options['judges']) throw new UsageError('Expected `--judge-model`, `--judge` or `--judges`');
    const claimDirs = listOption(parsed, 'claims');
    if (claimDirs.length === 0) throw new UsageError('Expected `--claims` (the rubrics need each claim statement)');
    const outOption = stringOption(parsed, 'out');
    if (!outOption) throw new UsageError('Expected `--out <rejudged.jsonl>`');
    const provider = stringOption(parsed, 'provider') ?? 'openai';
    const baseURL = stringOption(parsed, 'base-url');
    const aggregate = stringOption(parsed, 'aggregate', PANEL_AGGREGATES) ?? 'majority';
    const sampling = stringOption(parsed, 'sampling', SAMPLING_PRESET_NAMES) ?? 'paper';
    const concurrency = intOption(parsed, 'concurrency') ?? 8;
    const retries = intOption(parsed, 'retries', 0) ?? 4;
    const judgeSettings = judgeDepthSettings(parsed);
    const format = stringOption(parsed, 'format', ['markdown', 'json'] as const) ?? 'markdown';
    const cacheDir = stringOption(parsed, 'cache-dir');
    const abs = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));

    const input = parsed.positionals[0]!;
    const records = await readJudgedFile(abs(input), input, io.signal, io.stderr);
    // Claim statements by claim id and by folder name (the paper's results name claims by folder).
    const statements = new Map<string, string>();
    let rubrics: Record<string, JudgeRubricInput> | undefined;
    const paperWarnings: string[] = [];
    for (const folder of (await Promise.all(claimDirs.map((d) => claimFolders(abs(d), d)))).flat()) {
      for (const claim of await loadClaims(folder)) {
        statements.set(claim.id, claim.statement);
        statements.set(basename(folder), claim.statement);
      }
      if (parsed.options['paper-judges']) {
        const paper = await loadPaperJudges(folder);
        rubrics = { ...rubrics, ...paper.rubrics };
        const unscored = unscoredRubricWarning(folder, paper.unscored);
        if (unscored) paperWarnings.push(unscored);
      }
    }
    const claimStatement = (id: string) => statements.get(id) ?? statements.get(PAPER_CLAIM_DIRS[id] ?? '');

    const middleware = () => [
      ...(cacheDir ? [cache({ store: createDiskCache({ dir: abs(cacheDir) }) })] : []),
      retry({ retries }),
      concurrencyLimit({ max: concurrency }),
    ];
    const judges = await cliJudges(parsed, { models: judgeIds, provider, providerFlag: 'provider', baseURL }, io, abs);
    const models = judges.map((j) => wrapChatModel({ model: j.chat.model(j.model), middleware: middleware() }));
    const judge = buildJudge({ models, aggregate, sampling, ...(rubrics ? { rubrics } : {}), ...(judgeSettings ? { settings: judgeSettings } : {}), showReasoning: parsed.options['judge-sees-reasoning'] === true });
    const out = abs(outOption);
    // One pass over every record: its batches are saved under `rejudge` (a panel's per judge).
    const batch = (await cliJudgeBatches(parsed, judges, out))('rejudge');
    const bar = createProgressBar({ stream: io.stderr, label: 'rejudge' });
    const result = await rejudgeSamples({
      records,
      judge,
      claimStatement,
      concurrency,
      ...(batch ? { batch } : {}),
      signal: io.signal,
      onProgress: (e) => bar.update(e.done, `judge ${e.done}/${e.total}`),
    }).catch((error: unknown) => {
      bar.finish('stopped');
      throw ProviderUnusableError.isInstance(error) ? error.withBaseURL(judges.find((j) => j.model === error.modelId)?.baseURL) : error;
    });
    bar.finish();
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, result.records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const summary = summarizeBeliefRates(result.records, { seed: 0 });
    const warnings = [...paperWarnings, ...result.warnings.map((w) => w.message)];
    for (const w of warnings) io.stderr.write(`warning: ${w}\n`);
    if (warnings.length > 0) summary.warnings = warnings;
    io.stdout.write(formatBeliefSummary(summary, format));
    io.stderr.write(`${result.rejudged} sample(s) rejudged, ${result.kept} kept as they were; written to ${outOption}\n`);
    if (result.failed > 0) io.stderr.write(`${result.failed} judge call(s) failed (recorded with \`error\`, left out of belief rates)\n`);
    if (result.unparsed > 0) io.stderr.write(`${result.unparsed} judge answer(s) could not be parsed (left out of belief rates)\n`);
    return result.failed > 0 || result.unparsed > 0 ? 1 : 0;
  },
};
