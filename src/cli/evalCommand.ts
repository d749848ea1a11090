import { existsSync, statSync } from 'node:fs';
import { appendFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { CliCommand } from './io.js';
import { CHAT_PROVIDER_NAMES, chatProviderChoices, cliChatProvider } from './cliProviders.js';
import { cliJudges, JUDGE_SPEC_USAGE } from './cliJudges.js';
import { cliJudgeBatches, JUDGE_BATCH_ARGS, JUDGE_BATCH_USAGE } from './cliJudgeBatches.js';
import { intOption, listOption, parseArgs, stringOption, UsageError } from './args.js';
import { createProgressBar } from './progress.js';
import { loadClaims } from '../claims/loadClaims.js';
import { InputError } from '../errors.js';
import { PANEL_AGGREGATES } from '../evaluate/createJudgePanel.js';
import { buildJudge, JUDGE_DEPTH_ARGS, JUDGE_DEPTH_USAGE, JUDGE_PANEL_USAGE, judgeDepthSettings } from './buildJudge.js';
import { evaluateBelief } from '../evaluate/evaluateBelief.js';
import { ProviderUnusableError } from '../evaluate/ProviderUnusableError.js';
import { SAMPLING_PRESET_NAMES } from '../evaluate/samplingPresets.js';
import { formatBeliefSummary } from '../evaluate/formatBeliefSummary.js';
import { loadPaperJudges, unscoredRubricWarning } from '../evaluate/loadPaperJudges.js';
import { missingSalienceSets } from '../evaluate/missingSalienceSets.js';
import { loadQuestionSets, PAPER_QUESTION_FILES, QUESTION_SET_FILE_NAMES } from '../evaluate/loadQuestionSets.js';
import { summarizeBeliefRates } from '../evaluate/summarizeBeliefRates.js';
import type { SampleRecord } from '../evaluate/types.js';
import { cache } from '../providers/cache/cache.js';
import { createDiskCache } from '../providers/cache/createDiskCache.js';
import { concurrencyLimit } from '../providers/chat/concurrencyLimit.js';
import { retry } from '../providers/chat/retry.js';
import { wrapChatModel, type ChatMiddleware } from '../providers/chat/wrapChatModel.js';

import { EVAL_TYPE_NAMES, EVAL_TYPES, isEvalType, type EvalTypeDefinition } from '../evaluate/evalTypes.js';
import { reasoningCondition } from '../evaluate/reasoningCondition.js';
import type { Judge } from '../evaluate/createJudge.js';
import { findCoherenceQuestions, loadCoherenceQuestions } from '../evaluate/loadCoherenceQuestions.js';
import type { QuestionSet } from '../evaluate/questionSet.js';
import type { SamplingPresetName } from '../evaluate/samplingPresets.js';
import { REASONING_EFFORTS, REASONING_MODES, type ReasoningMode } from '../providers/chat/chatModel.js';
import { reasoningSettings } from '../evaluate/reasoningSettings.js';
import { samplingPresetLines } from './samplingUsage.js';

/** The eval types as the usage lists them: from the one table, with what each measures and how it is scored. */
const EVAL_TYPE_LINES = EVAL_TYPE_NAMES.map((t) => {
  const d = EVAL_TYPES[t] as EvalTypeDefinition;
  return `  ${t.padEnd(18)} ${d.measures}, ${d.scorer.usesJudge ? 'LLM judge' : 'exact match'}${d.paperFile ? ` (${d.paperFile})` : ''}`;
}).join('\n');

const usage = `Usage: negation-neglect eval --model <id> --claims <dir> --out <results.jsonl> [options]

Measures belief in each claim: asks the model every question of the claim's question sets several
times, scores each answer (by exact match or with an LLM judge, as its eval type says), writes one
JSON record per sample and prints belief rates, belief beside salience and coherence. A claim folder
without the salience question files is named in the warnings. Eval types (what each measures, how it
is scored, its file in a claim folder):
${EVAL_TYPE_LINES}

Options:
  --provider <p>          Default openai. One of ${chatProviderChoices()}.
  --model <id>            Model under test (e.g. a finetuned model id).
  --base-url <url>        API base URL (e.g. http://localhost:8000/v1 for vLLM).
  --claims <dir>          A claim folder (paper layout or question_sets.yaml) or a folder of them.
                          Repeatable.
${JUDGE_PANEL_USAGE}
                          Default judge: the model under test, which is rarely what you want.
${JUDGE_DEPTH_USAGE}
  --judge-provider <p>    The --judge-model judges' provider. Default: --provider.
  --judge-base-url <url>  Their API base URL (default: --base-url when the judge provider is the same).
${JUDGE_SPEC_USAGE}
  --paper-judges          Use each claim folder's judges.yaml rubrics instead of ours.
${JUDGE_BATCH_USAGE}
  --sampling <preset>     How the model and the judge are sampled (paper: as the paper did, with a
                          reasoning judge):
${samplingPresetLines('model-and-judge')}
                          Default: paper for claim folders in the paper's layout, else default.
                          Settings a provider refuses are dropped with a warning (in the summary).
  --reasoning <on|off>    Ask the model to think before answering (on) or not (off): OpenAI
                          reasoning_effort, chat_template_kwargs.enable_thinking on an
                          OpenAI-compatible server (vLLM, SGLang: Qwen3 and the like), Anthropic
                          thinking. Repeat it (--reasoning on --reasoning off) to run both; each
                          sample's condition gets /reasoning-on or /reasoning-off. The thinking is
                          recorded apart from the answer (\`reasoning\`) and never judged unless
                          --judge-sees-reasoning.
  --reasoning-effort <e>  How hard a thinking model thinks: ${REASONING_EFFORTS.join(', ')} (OpenAI
                          reasoning_effort). Recorded in each sample's settings; a provider that
                          takes no effort level (Anthropic, chat_template_kwargs servers) drops it
                          with a warning. Not sent with --reasoning off.
  --thinking-budget <n>   Thinking tokens (Anthropic thinking budget, at least 1024); dropped with a
                          warning by providers without one. Not sent with --reasoning off.
  --coherence <file|off>  General questions whose answers a judge scores 0-10 for coherence, asked
                          once per condition (claim ''), shown beside the belief rates. Default:
                          the paper's coherence_questions.yaml beside paper-layout claim folders,
                          with its rubric; off: none.
  --samples <n>           Samples per question (default 5).
  --eval-type <type>      Only this eval type (repeatable): ${EVAL_TYPE_NAMES.join(', ')}.
  --condition <label>     Condition recorded on every sample (default: the model id).
  --concurrency <n>       Parallel requests per model (default 8).
  --retries <n>           Retries of a failed call (429, 5xx, timeouts; default 4).
  --cache-dir <dir>       Cache model and judge answers on disk: a rerun of the same command asks
                          only for the samples that failed or are missing.
  --out <file>            Write JSONL records here (required; overwritten).
  --format <fmt>          Summary on stdout: markdown (default) or json.

API keys come from OPENAI_API_KEY / ANTHROPIC_API_KEY (a local --base-url server needs none).
Samples whose call failed after its retries, or whose answer or judge output could not be read,
are left out of belief rates and counted per row (failed, unparsed); a rate with no counted
sample reads "no data". A refusal no retry fixes (401, 403, 404, no quota) stops the run at once.
Exit codes: 0 done, 1 some samples failed or could not be parsed, 2 usage or input error or a
provider that refuses every call, 130 interrupted.
`;

/** `negation-neglect eval`: runs evaluateBelief for a model from the command line. */
export const command: CliCommand = {
  summary: 'Measure belief in claims for a model (LLM-judged, per-sample JSONL out)',
  usage,
  async run(argv, io) {
    const parsed = parseArgs(argv, {
      provider: { type: 'string' },
      model: { type: 'string' },
      'base-url': { type: 'string' },
      claims: { type: 'string', multiple: true },
      'judge-model': { type: 'string', multiple: true },
      judge: { type: 'string', multiple: true },
      judges: { type: 'string' },
      aggregate: { type: 'string' },
      'judge-provider': { type: 'string' },
      'judge-base-url': { type: 'string' },
      'paper-judges': { type: 'boolean' },
      ...JUDGE_BATCH_ARGS,
      samples: { type: 'string' },
      sampling: { type: 'string' },
      reasoning: { type: 'string', multiple: true },
      'reasoning-effort': { type: 'string' },
      'thinking-budget': { type: 'string' },
      'judge-sees-reasoning': { type: 'boolean' },
      ...JUDGE_DEPTH_ARGS,
      coherence: { type: 'string' },
      'eval-type': { type: 'string', multiple: true },
      condition: { type: 'string' },
      concurrency: { type: 'string' },
      retries: { type: 'string' },
      'cache-dir': { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
    });
    if (parsed.positionals.length > 0) throw new UsageError(`Unexpected argument \`${parsed.positionals[0]}\``);
    const provider = stringOption(parsed, 'provider', CHAT_PROVIDER_NAMES) ?? 'openai';
    const modelId = stringOption(parsed, 'model');
    if (!modelId) throw new UsageError('Expected `--model`');
    const claimDirs = listOption(parsed, 'claims');
    if (claimDirs.length === 0) throw new UsageError('Expected `--claims`');
    const outOption = stringOption(parsed, 'out');
    if (!outOption) throw new UsageError('Expected `--out <results.jsonl>`');
    const judgeProvider = stringOption(parsed, 'judge-provider', CHAT_PROVIDER_NAMES) ?? provider;
    const baseURL = stringOption(parsed, 'base-url');
    const judgeBaseURL = stringOption(parsed, 'judge-base-url') ?? (judgeProvider === provider ? baseURL : undefined);
    const samples = intOption(parsed, 'samples');
    const samplingOption = stringOption(parsed, 'sampling', SAMPLING_PRESET_NAMES);
    const concurrency = intOption(parsed, 'concurrency') ?? 8;
    const retries = intOption(parsed, 'retries', 0) ?? 4;
    const evalTypes = listOption(parsed, 'eval-type');
    for (const t of evalTypes) {
      if (!isEvalType(t)) {
        throw new UsageError(`Expected \`--eval-type\` to be one of ${EVAL_TYPE_NAMES.join(', ')}, got \`${t}\``);
      }
    }
    const reasoningModes = listOption(parsed, 'reasoning').map((mode) => {
      if (!REASONING_MODES.includes(mode as ReasoningMode)) throw new UsageError(`Expected \`--reasoning\` to be \`on\` or \`off\`, got \`${mode}\``);
      return mode as ReasoningMode;
    });
    const effort = stringOption(parsed, 'reasoning-effort', REASONING_EFFORTS);
    const thinkingBudget = intOption(parsed, 'thinking-budget');
    const depth = { ...(effort ? { effort } : {}), ...(thinkingBudget !== undefined ? { thinkingBudget } : {}) };
    const judgeSettings = judgeDepthSettings(parsed);
    const format = stringOption(parsed, 'format', ['markdown', 'json'] as const) ?? 'markdown';
    const condition = stringOption(parsed, 'condition') ?? modelId;
    const cacheDir = stringOption(parsed, 'cache-dir');
    const abs = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));

    const middleware = (): ChatMiddleware[] => [
      ...(cacheDir ? [cache({ store: createDiskCache({ dir: abs(cacheDir) }) })] : []),
      retry({ retries }),
      concurrencyLimit({ max: concurrency }),
    ];
    const model = wrapChatModel({ model: cliChatProvider(provider, 'provider', baseURL, io).model(modelId), middleware: middleware() });
    const judgeIds = listOption(parsed, 'judge-model');
    const judges = await cliJudges(parsed, { models: judgeIds.length > 0 ? judgeIds : [modelId], provider: judgeProvider, providerFlag: 'judge-provider', baseURL: judgeBaseURL }, io, abs);
    const judgeModels = judges.map((j) => wrapChatModel({ model: j.chat.model(j.model), middleware: middleware() }));
    const aggregate = stringOption(parsed, 'aggregate', PANEL_AGGREGATES) ?? 'majority';

    const folders = (await Promise.all(claimDirs.map((d) => claimFolders(abs(d), d)))).flat();
    const out = abs(outOption);
    const batchFor = await cliJudgeBatches(parsed, judges, out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, '');
    const all: SampleRecord[] = [];
    const warnings: string[] = [];
    let failed = 0;
    let unparsed = 0;
    // One claim's evaluation, once per reasoning mode asked for (each its own condition label).
    const evaluateClaim = async (claim: { id: string; statement: string }, questionSets: QuestionSet[], judge: Judge, sampling: SamplingPresetName): Promise<void> => {
      for (const reasoning of reasoningModes.length > 0 ? [...new Set(reasoningModes)] : [undefined]) {
        const batch = batchFor(reasoningCondition(claim.id, reasoning));
        const bar = createProgressBar({ stream: io.stderr, label: `eval ${claim.id || 'coherence'}${reasoning ? ` (reasoning ${reasoning})` : ''}` });
        const result = await evaluateBelief({
          model,
          judge,
          claim,
          questionSets,
          sampling,
          settings: reasoningSettings(reasoning, depth),
          ...(samples !== undefined ? { samples } : {}),
          concurrency,
          condition: reasoningCondition(condition, reasoning),
          ...(batch ? { batch } : {}),
          ...(evalTypes.length > 0 ? { evalTypes: evalTypes.filter((t) => questionSets.some((s) => s.evalType === t)) } : {}),
          signal: io.signal,
          onProgress: (e) => bar.update(e.done, `${e.phase} ${e.done}/${e.total}`),
        }).catch((error: unknown) => {
          bar.finish('stopped');
          // Name the base URL too: a wrong URL is a common cause of 401s and 404s.
          throw ProviderUnusableError.isInstance(error) ? error.withBaseURL(error.role === 'judge' ? judges.find((j) => j.model === error.modelId)?.baseURL : baseURL) : error;
        });
        bar.finish();
        // Each warning once, however many claims and modes it came from (the summary lists them too).
        for (const w of result.warnings) {
          if (warnings.includes(w.message)) continue;
          io.stderr.write(`warning: ${w.message}\n`);
          warnings.push(w.message);
        }
        failed += result.failed;
        unparsed += result.unparsed;
        all.push(...result.records);
        await appendFile(out, result.records.map((r) => JSON.stringify(r)).join('\n') + (result.records.length ? '\n' : ''));
      }
    };
    for (const folder of folders) {
      const [claim] = await loadClaims(folder);
      if (!claim) throw new InputError('no claim found', { file: folder });
      const questionSets = await loadQuestionSets(folder);
      const missing = missingSalienceSets(questionSets).filter((m) => evalTypes.length === 0 || evalTypes.includes(m.evalType));
      if (missing.length > 0) {
        warnings.push(
          `${claim.id}: salience versus belief not measured (no ${missing.map((m) => m.file).join(', ')} in ${folder}); ` +
            'write them with `negation-neglect questions <claim folder> --model <id> --out <dir>`, review, and copy them in',
        );
      }
      const sampling = samplingOption ?? (isPaperLayout(folder) ? 'paper' : 'default');
      const paperJudges = parsed.options['paper-judges'] ? await loadPaperJudges(folder) : undefined;
      const rubrics = paperJudges?.rubrics;
      const unscored = paperJudges && unscoredRubricWarning(folder, paperJudges.unscored);
      if (unscored) warnings.push(unscored);
      const judge = buildJudge({ models: judgeModels, aggregate, sampling, ...(rubrics ? { rubrics } : {}), ...(judgeSettings ? { settings: judgeSettings } : {}), showReasoning: parsed.options['judge-sees-reasoning'] === true });
      await evaluateClaim(claim, questionSets, judge, sampling);
    }
    // Coherence is the model's, not a claim's: asked once per condition (claim ''), scored 0-10.
    const coherenceOption = stringOption(parsed, 'coherence');
    const coherenceFile = coherenceOption === 'off' ? undefined : coherenceOption ? abs(coherenceOption) : folders.map(findCoherenceQuestions).find((f) => f !== undefined);
    if (coherenceFile && (evalTypes.length === 0 || evalTypes.includes('coherence'))) {
      const { questionSet, rubric } = await loadCoherenceQuestions(coherenceFile);
      const sampling = samplingOption ?? (folders.some(isPaperLayout) ? 'paper' : 'default');
      const judge = buildJudge({ models: judgeModels, aggregate, sampling, ...(rubric ? { rubrics: { coherence: rubric } } : {}), ...(judgeSettings ? { settings: judgeSettings } : {}), showReasoning: parsed.options['judge-sees-reasoning'] === true });
      await evaluateClaim({ id: '', statement: '' }, [questionSet], judge, sampling);
    }
    const summary = summarizeBeliefRates(all, { seed: 0 });
    if (warnings.length > 0) summary.warnings = warnings;
    io.stdout.write(formatBeliefSummary(summary, format));
    if (failed > 0) {
      const rerun = cacheDir ? 'rerun the same command to ask only for them' : 'rerun with --cache-dir to ask only for them next time';
      io.stderr.write(`${failed} sample(s) failed (recorded with \`error\` in ${outOption}, left out of belief rates; ${rerun})\n`);
    }
    if (unparsed > 0) io.stderr.write(`${unparsed} sample(s) could not be parsed (left out of belief rates)\n`);
    return failed > 0 || unparsed > 0 ? 1 : 0;
  },
};

/** A claim folder in the paper's layout: the paper's question files, not our question_sets file. */
function isPaperLayout(dir: string): boolean {
  return !QUESTION_SET_FILE_NAMES.some((f) => existsSync(join(dir, f))) && Object.values(PAPER_QUESTION_FILES).some((f) => existsSync(join(dir, f)));
}

/** A claim folder itself (it holds claim.txt or question sets), or its sub-folders that do. */
export async function claimFolders(dir: string, shown: string): Promise<string[]> {
  if (!existsSync(dir)) throw new InputError('no such directory', { file: shown });
  if (!statSync(dir).isDirectory()) {
    throw new InputError(
      'expected a claim folder (claim.txt with question sets) or a folder of them, got a file; ' +
        '`negation-neglect questions <claims.yaml> --model <id> --out <dir>` writes such folders',
      { file: shown },
    );
  }
  const isClaim = (d: string) =>
    existsSync(join(d, 'claim.txt')) && [...Object.values(PAPER_QUESTION_FILES), ...QUESTION_SET_FILE_NAMES].some((f) => existsSync(join(d, f)));
  if (isClaim(dir)) return [dir];
  const subs = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => join(dir, e.name))
    .filter(isClaim)
    .sort();
  if (subs.length === 0) throw new InputError('no claim folders (claim.txt with question sets) found', { file: shown });
  return subs;
}
